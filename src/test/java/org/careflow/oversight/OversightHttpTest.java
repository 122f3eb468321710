package org.careflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** The oversight API: each manager sees their own teams' overdue and due-soon steps, heads of service all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// The REST API finds its engine in Camunda's static registry: a context of its own for this class.
@DirtiesContext
class OversightHttpTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    EngineClock clock;
    String northCase;
    String southCase;

    @BeforeEach
    void twoReferralsPastTheirDeadline() {
        clock = new EngineClock(engine.getManagementService());
        clock.set(at("2026-12-24T17:00"));
        northCase = start("north", "2026-12-24T16:00:00Z");
        southCase = start("south", "2026-12-24T16:00:00Z");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aManagerSeesTheOverdueStepsOfTheirTeamOnlyWithTheEscalation() {
        clock.setAndFire(at("2027-01-04T10:00"));

        Map<String, Object> row = rowOf(steps("tm.north", ""), northCase);

        assertThat(row).containsEntry("team", "north").containsEntry("step", "Decide on referral")
                .containsEntry("taskDefinitionKey", "Task_DecideOnReferral").containsEntry("worker", "unallocated")
                .containsEntry("deadline", "2026-12-29").containsEntry("status", "overdue")
                // Wed 30, Thu 31 Dec, Mon 4 Jan (1 Jan a bank holiday)
                .containsEntry("workingDays", 3);
        assertThat(escalationOf(row)).containsEntry("state", "with-head-of-service");
        assertThat(caseReferences(steps("tm.north", ""))).doesNotContain(southCase);
        assertThat(caseReferences(steps("tm.south", ""))).contains(southCase).doesNotContain(northCase);
    }

    @Test
    void theOversightRecordedShowsWithTheStep() {
        clock.setAndFire(at("2026-12-30T10:00"));
        String oversight = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(northCase)
                .taskDefinitionKey("Task_RecordOversight").singleResult().getId();
        engine.getTaskService().complete(oversight, Variables.putValue("delayReason", "Worker off sick")
                .putValue("nextAction", "Duty worker decides").putValue("newTargetDate", "2026-12-30"));

        assertThat(escalationOf(rowOf(steps("tm.north", ""), northCase)))
                .containsEntry("state", "oversight-recorded").containsEntry("delayReason", "Worker off sick")
                .containsEntry("nextAction", "Duty worker decides").containsEntry("newTargetDate", "2026-12-30");
    }

    @Test
    void aMissedTargetDateShowsWithTheStepUntilTheManagersSetANewOne() {
        clock.setAndFire(at("2026-12-30T10:00"));
        completeOversight(northCase, "Worker off sick", "Duty worker decides", "2026-12-31");
        clock.setAndFire(at("2026-12-31T23:59"));
        assertThat(escalationOf(rowOf(steps("tm.north", ""), northCase))).containsEntry("state", "oversight-recorded")
                .containsEntry("targetsMissed", 0);

        // Thu 31 Dec has ended with the decision still not made
        clock.setAndFire(at("2027-01-01T00:00:01"));

        assertThat(escalationOf(rowOf(steps("tm.north", ""), northCase)))
                .containsEntry("state", "target-missed").containsEntry("newTargetDate", "2026-12-31")
                .containsEntry("delayReason", "Worker off sick").containsEntry("targetsMissed", 1);

        clock.set(at("2027-01-04T10:00"));
        completeOversight(northCase, "Duty worker also off", "Team manager decides today", "2027-01-04");

        assertThat(escalationOf(rowOf(steps("tm.north", ""), northCase)))
                .containsEntry("state", "oversight-recorded").containsEntry("newTargetDate", "2027-01-04")
                .containsEntry("delayReason", "Duty worker also off").containsEntry("targetsMissed", 1);
    }

    void completeOversight(String caseReference, String delayReason, String nextAction, String newTargetDate) {
        String oversight = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
                .taskDefinitionKey("Task_RecordOversight").singleResult().getId();
        engine.getTaskService().complete(oversight, Variables.putValue("delayReason", delayReason)
                .putValue("nextAction", nextAction).putValue("newTargetDate", newTargetDate));
    }

    @Test
    void oversightRecordedForOneStepOfAPlanShowsOnThatStepAlone() {
        String plan = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", plan,
                Variables.putValue("team", "north").putValue("initialConferenceOn", "2026-12-18"));
        // Core group due Wed 6 Jan 2027, visit (10 working days) also Wed 6 Jan: both escalate on Thu 7 Jan
        clock.setAndFire(at("2027-01-07T10:00"));
        String visitOversight = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan)
                .taskDefinitionKey("Task_RecordOversight").list().stream()
                .filter(task -> task.getName().startsWith("Record oversight: Visit the child")).findFirst().orElseThrow().getId();
        engine.getTaskService().complete(visitOversight, Variables.putValue("delayReason", "Family away")
                .putValue("nextAction", "Visit on return").putValue("newTargetDate", "2027-01-11"));

        List<Map<String, Object>> rows = steps("tm.north", "?limit=1000").stream()
                .filter(row -> plan.equals(row.get("caseReference"))).toList();

        assertThat(escalationOf(rows.stream().filter(row -> "Task_VisitChild".equals(row.get("taskDefinitionKey")))
                .findFirst().orElseThrow())).containsEntry("state", "oversight-recorded").containsEntry("delayReason", "Family away");
        assertThat(escalationOf(rows.stream().filter(row -> "Task_HoldCoreGroup".equals(row.get("taskDefinitionKey")))
                .findFirst().orElseThrow())).containsEntry("state", "awaiting-oversight").containsEntry("delayReason", null);
    }

    @Test
    void aStepInItsReminderWindowIsDueSoon() {
        clock.set(at("2026-12-29T09:00"));

        assertThat(rowOf(steps("tm.north", ""), northCase)).containsEntry("status", "due-soon").containsEntry("workingDays", 0);
    }

    @Test
    void headsOfServiceSeeEveryTeamAndFilterByTeamWorkerAndStep() {
        clock.setAndFire(at("2026-12-30T10:00"));

        assertThat(caseReferences(steps("hos", ""))).contains(northCase, southCase);
        assertThat(caseReferences(steps("hos", "?team=south"))).contains(southCase).doesNotContain(northCase);
        assertThat(caseReferences(steps("hos", "?step=Task_VisitChild"))).isEmpty();
        assertThat(caseReferences(steps("hos", "?worker=unallocated&step=Task_DecideOnReferral"))).contains(northCase, southCase);
        assertThat(get("tm.north", "/api/oversight/steps?team=south").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryCountsTheWindowByTeamAndStepAndOffersPickersByName() {
        String alex = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", alex, Variables.putValue("team", "north")
                .putValue("referralReceivedAt", "2026-12-24T16:00:00Z").putValue("childName", "Alex"));
        clock.setAndFire(at("2026-12-30T10:00"));

        Map<String, Object> answer = get("hos", "/api/oversight/steps?limit=1").getBody();
        Map<String, Object> summary = (Map<String, Object>) answer.get("summary");
        List<Map<String, Object>> byTeam = (List<Map<String, Object>>) summary.get("byTeam");
        List<Map<String, Object>> byStep = (List<Map<String, Object>>) summary.get("byStep");
        long overdue = ((Number) summary.get("overdue")).longValue();
        long dueSoon = ((Number) summary.get("dueSoon")).longValue();

        // one page of one row, but the counts are of every step in the window, and add up to the total
        assertThat(((List<?>) answer.get("steps"))).hasSize(1);
        assertThat(overdue + dueSoon).isEqualTo(((Number) answer.get("total")).longValue()).isGreaterThanOrEqualTo(3);
        assertThat(byTeam.stream().mapToLong(count -> ((Number) count.get("overdue")).longValue()).sum()).isEqualTo(overdue);
        assertThat(byStep.stream().mapToLong(count -> ((Number) count.get("overdue")).longValue()).sum()).isEqualTo(overdue);
        assertThat(byTeam).anySatisfy(count -> assertThat(count).containsEntry("id", "north").containsEntry("name", "North team"));
        assertThat(byStep).anySatisfy(count -> assertThat(count).containsEntry("id", "Task_DecideOnReferral")
                .containsEntry("name", "Decide on referral"));
        Map<String, Object> choices = (Map<String, Object>) summary.get("choices");
        assertThat((List<Map<String, Object>>) choices.get("teams")).extracting(choice -> choice.get("name"))
                .contains("North team", "South team");
        assertThat((List<Map<String, Object>>) choices.get("workers")).first()
                .isEqualTo(Map.of("id", "unallocated", "name", "Unallocated"));
        // a team picked narrows the counts, never the picker of teams
        Map<String, Object> south = (Map<String, Object>) get("hos", "/api/oversight/steps?team=south").getBody().get("summary");
        assertThat((List<Map<String, Object>>) south.get("byTeam")).extracting(count -> count.get("id")).containsOnly("south");
        assertThat(((Map<String, Object>) south.get("choices")).get("teams")).isEqualTo(choices.get("teams"));
        assertThat(rowOf(steps("tm.north", "?limit=1000"), alex)).containsEntry("childName", "Alex");
    }

    @Test
    void practitionersHaveNoOversightAndNobodyWithoutCredentials() {
        assertThat(get("sw.north", "/api/oversight/steps").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("sw.north", "/api/oversight/caseloads").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/oversight/steps", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders page = new HttpHeaders();
        page.set("X-CareFlow-Request", "oversight");
        ResponseEntity<String> fromPage = http.exchange("/api/oversight/steps", HttpMethod.GET, new HttpEntity<>(page), String.class);
        assertThat(fromPage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fromPage.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).as("no browser login prompt").isFalse();
    }

    @Test
    void caseloadsCountAWorkersOpenCasesAgainstTheLimit() {
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(northCase).singleResult().getId();
        engine.getTaskService().claim(task, "sw.north");

        Map<String, Object> swNorth = caseloadOf("tm.north", "sw.north");

        assertThat(swNorth).containsEntry("team", "north").containsEntry("limit", 15).containsEntry("overLimit", false);
        assertThat((List<Map<String, Object>>) swNorth.get("cases")).extracting(c -> c.get("caseReference")).contains(northCase);
    }

    @Test
    void aReallocationCountsInTheNewWorkersCaseload() {
        String newWorker = northWorker();

        assertThat(post("tm.north", "/api/cases/" + northCase + "/allocation", Map.of("worker", newWorker, "reason", "Sam is on leave"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat((List<Map<String, Object>>) caseloadOf("tm.north", newWorker).get("cases"))
                .containsExactly(Map.of("caseReference", northCase, "allocationsInLast12Months", 1));
    }

    @Test
    void aStepWaitingForItsManagerShowsToo() {
        String decide = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(northCase).singleResult().getId();
        engine.getTaskService().complete(decide, Variables.putValue("decision", "assessment")
                .putValue("decisionReasons", "Needs assessment").putValue("referrerInformed", "yes"));
        clock.set(at("2026-12-30T10:00"));

        assertThat(rowOf(steps("tm.north", ""), northCase))
                .containsEntry("taskDefinitionKey", "Task_AgreeReferralDecision").containsEntry("status", "overdue");
    }

    @Test
    void theWebAppsLoginServesTheOversightPageAndAChangeNeedsItsHeader() {
        HttpHeaders session = loginToTasklist("tm.north");

        assertThat(http.exchange("/api/oversight/steps", HttpMethod.GET, new HttpEntity<>(session), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        session.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<Map<String, String>> change = new HttpEntity<>(Map.of("worker", "sw.north", "reason", "Allocate"), session);
        assertThat(http.exchange("/api/cases/" + northCase + "/allocation", HttpMethod.POST, change, String.class)
                .getStatusCode()).as("a cross-site form cannot add the header").isEqualTo(HttpStatus.FORBIDDEN);
        session.set("X-CareFlow-Request", "oversight");
        assertThat(http.exchange("/api/cases/" + northCase + "/allocation", HttpMethod.POST,
                new HttpEntity<>(Map.of("worker", "sw.north", "reason", "Allocate"), session), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/oversight/", String.class).getBody()).contains("overdue-steps");
    }

    HttpHeaders loginToTasklist(String user) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .split(";")[0].substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
        headers.set("X-XSRF-TOKEN", xsrf);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", "demo");
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> after = login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        HttpHeaders session = new HttpHeaders();
        session.set(HttpHeaders.COOKIE, String.join("; ", (after.isEmpty() ? cookies : after).stream().map(c -> c.split(";")[0]).toList()));
        return session;
    }

    String start(String team, String receivedAt) {
        String caseReference = "CF-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey("referral", caseReference,
                Variables.putValue("team", team).putValue("referralReceivedAt", receivedAt));
        return caseReference;
    }

    String northWorker() {
        User user = engine.getIdentityService().newUser("sw.north." + UUID.randomUUID().toString().substring(0, 8));
        user.setPassword("demo");
        engine.getIdentityService().saveUser(user);
        engine.getIdentityService().createMembership(user.getId(), "north");
        return user.getId();
    }

    @Test
    void stepsComeAPageAtATimeEarliestDeadlineFirstWithTheirTotal() {
        start("north", "2026-12-21T10:00:00Z");
        start("north", "2026-12-22T10:00:00Z");
        start("north", "2026-12-23T10:00:00Z");
        clock.setAndFire(at("2027-01-04T10:00"));
        List<Map<String, Object>> all = steps("tm.north", "?limit=1000");

        ResponseEntity<Map> first = get("tm.north", "/api/oversight/steps?limit=2");
        ResponseEntity<Map> second = get("tm.north", "/api/oversight/steps?limit=2&offset=2");

        assertThat(((Number) first.getBody().get("total")).longValue()).isEqualTo(all.size()).isGreaterThanOrEqualTo(4);
        List<Map<String, Object>> rows = new ArrayList<>((List<Map<String, Object>>) first.getBody().get("steps"));
        assertThat(rows).hasSize(2);
        rows.addAll((List<Map<String, Object>>) second.getBody().get("steps"));
        assertThat(rows).extracting(row -> (String) row.get("deadline")).isSorted();
        assertThat(rows).extracting(row -> row.get("taskId")).doesNotHaveDuplicates()
                .containsExactlyElementsOf(all.subList(0, 4).stream().map(row -> row.get("taskId")).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.get("processDefinitionKey")).isNotEqualTo("escalation"));
    }

    @Test
    void aPageOutsideTheLimitsIsRefused() {
        for (String query : List.of("?limit=0", "?limit=1001", "?offset=-1", "?limit=many")) {
            assertThat(get("tm.north", "/api/oversight/steps" + query).getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }

    ResponseEntity<Map> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }

    ResponseEntity<Map> post(String user, String path, Object body) {
        return http.withBasicAuth(user, "demo").postForEntity(path, body, Map.class);
    }

    List<Map<String, Object>> steps(String user, String query) {
        ResponseEntity<Map> response = get(user, "/api/oversight/steps" + query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) response.getBody().get("steps");
    }

    static List<Object> caseReferences(List<Map<String, Object>> steps) {
        return steps.stream().map(step -> step.get("caseReference")).toList();
    }

    static Map<String, Object> rowOf(List<Map<String, Object>> steps, String caseReference) {
        return steps.stream().filter(step -> caseReference.equals(step.get("caseReference"))).findFirst().orElseThrow();
    }

    static Map<String, Object> escalationOf(Map<String, Object> row) {
        return (Map<String, Object>) row.get("escalation");
    }

    Map<String, Object> caseloadOf(String manager, String worker) {
        List<Map<String, Object>> loads = (List<Map<String, Object>>) get(manager, "/api/oversight/caseloads").getBody().get("caseloads");
        return loads.stream().filter(load -> worker.equals(load.get("worker"))).findFirst().orElseThrow();
    }
}
