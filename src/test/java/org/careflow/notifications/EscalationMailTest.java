package org.careflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.careflow.support.London.at;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Escalations by mail, through a real SMTP server (GreenMail): an overdue step mails its team's
 * managers once, however often the queue is sent; a head of service is mailed when it reaches them;
 * a worker who chose a digest gets the day's digest instead; a mail the server refused is sent once
 * it is back, and still once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"careflow.mail.enabled=true", "spring.mail.host=localhost", "spring.mail.port=3025",
        "careflow.mail.send-every=1h", "careflow.mail.digest-cron=-", "careflow.mail.base-url=https://careflow.example.gov.uk"})
@DirtiesContext
class EscalationMailTest extends ProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withConfiguration(GreenMailConfiguration.aConfig())
            .withPerMethodLifecycle(true);

    @Autowired
    MailSending sending;
    @Autowired
    DailyDigest digest;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOverdueStepMailsEachOfItsTeamsManagersOnceWithNoMoreOfTheCaseThanItsInitials() throws Exception {
        String caseReference = overdueReferral("north", "Jamie Robert Smith");

        sending.sendWhatIsDue();
        sending.sendWhatIsDue();
        clock.setAndFire(at("2026-12-09T09:00"));
        sending.sendWhatIsDue();

        List<MimeMessage> toManager = about(caseReference, to("tm.north@careflow.invalid"));
        assertThat(toManager).hasSize(1);
        MimeMessage mail = toManager.get(0);
        Task oversight = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_RecordOversight").singleResult();
        assertThat(mail.getSubject()).isEqualTo("Overdue: Referral decision — " + caseReference);
        assertThat(GreenMailUtil.getBody(mail)).contains("Case: " + caseReference, "Child: J.R.S.", "Deadline: Tue 08/12/2026",
                        "Late by: 1 working day", "https://careflow.example.gov.uk/camunda/app/tasklist/default/#/?task=" + oversight.getId())
                .doesNotContain("Jamie", "Smith");
        // nobody outside the team's managers
        assertThat(about(caseReference, Arrays.asList(smtp.getReceivedMessages()))).allSatisfy(message -> assertThat(
                Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)).containsOnly("tm.north@careflow.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from CF_MAIL where SUBJECT_KEY_ = ? and SENT_AT_ is not null", Integer.class,
                oversight.getId())).isOne();
    }

    @Test
    void anEscalationThatReachesHeadsOfServiceMailsThem() throws Exception {
        String caseReference = overdueReferral("south", "Ash Lee");
        // no oversight recorded a working day after the deadline: heads of service review it
        clock.setAndFire(at("2026-12-10T00:00:01"));
        sending.sendWhatIsDue();

        assertThat(about(caseReference, to("hos@careflow.invalid"))).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .isEqualTo("Escalated to heads of service: Referral decision — " + caseReference));
        assertThat(about(caseReference, to("tm.south@careflow.invalid"))).hasSize(1);
    }

    @Test
    void aWorkerWhoChoseADigestGetsTheDaysStepsInOneMailAndAManagerWhoChoseOneNoMailPerEscalation() throws Exception {
        for (String user : List.of("sw.north", "tm.north")) {
            ResponseEntity<Map> chosen = http.withBasicAuth(user, "demo").exchange("/api/me/notifications", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("preference", "digest")), Map.class);
            assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(chosen.getBody()).containsEntry("preference", "digest");
        }
        ResponseEntity<String> refused = http.withBasicAuth("sw.north", "demo").exchange("/api/me/notifications", HttpMethod.PUT,
                new HttpEntity<>(Map.of("preference", "hourly")), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"field\":\"preference\"");
        assertThat(http.getForEntity("/api/me/notifications", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        String caseReference = overdueReferral("north", "Kit Jones");
        sending.sendWhatIsDue();
        assertThat(about(caseReference, to("tm.north@careflow.invalid"))).isEmpty();

        assertThat(digest.write()).isEqualTo(2);
        assertThat(digest.write()).isZero();
        sending.sendWhatIsDue();

        MimeMessage worker = to("sw.north@careflow.invalid").stream().findFirst().orElseThrow();
        assertThat(worker.getSubject()).isEqualTo("CareFlow: your steps for Wed 09/12/2026");
        assertThat(GreenMailUtil.getBody(worker)).contains("Overdue:", "case " + caseReference + " (K.J.), due Tue 08/12/2026")
                .doesNotContain("Kit");
        // the manager's digest has the escalation waiting for them
        assertThat(GreenMailUtil.getBody(to("tm.north@careflow.invalid").get(0))).contains("Record oversight");
        for (String user : List.of("sw.north", "tm.north")) {
            http.withBasicAuth(user, "demo").exchange("/api/me/notifications", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("preference", "each")), Map.class);
        }
    }

    @Test
    void aMailTheServerRefusedIsSentOnceItIsBackAndStillOnce() throws Exception {
        smtp.stop();
        String caseReference = overdueReferral("north", "Robin Hart");
        sending.sendWhatIsDue();
        assertThat(jdbc.queryForObject("select max(ATTEMPTS_) from CF_MAIL where SENT_AT_ is null and SUBJECT_ like ?", Integer.class,
                "%" + caseReference)).isOne();

        smtp.start();
        // tried again after the first wait (1 minute by default)
        clock.set(at("2026-12-09T00:02:00"));
        sending.sendWhatIsDue();
        sending.sendWhatIsDue();

        assertThat(about(caseReference, to("tm.north@careflow.invalid"))).hasSize(1);
    }

    /** A referral received on Mon 7 Dec 2026, its decision due Tue 8 Dec, escalated when the 8th has ended. */
    private String overdueReferral(String team, String childName) {
        clock.set(at("2026-12-07T10:00"));
        String caseReference = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference,
                withVariables("team", team, "referralReceivedAt", "2026-12-07T09:00:00Z", "childName", childName));
        clock.setAndFire(at("2026-12-09T00:00:01"));
        return caseReference;
    }

    /** The mails about the case: its reference is in each escalation's subject. */
    private static List<MimeMessage> about(String caseReference, List<MimeMessage> mails) {
        return mails.stream().filter(mail -> {
            try {
                return mail.getSubject().contains(caseReference);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
