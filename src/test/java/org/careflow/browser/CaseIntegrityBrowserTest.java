package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.support.London;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A case stays workable after a manager changes its dates, and heads of service see what waits for them. */
@BrowserTest
class CaseIntegrityBrowserTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    WorkingDayCalendar calendar;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aManagerReschedulesAConferenceAndTheSocialWorkerCompletesTheVisitInTasklist(Browser browser) {
        LocalDate today = LocalDate.now(London.ZONE);
        String caseReference = "CF-UI-" + UUID.randomUUID().toString().substring(0, 8);
        String plan = engine.getRuntimeService().startProcessInstanceByKey("childProtectionPlan", caseReference,
                Variables.putValue("team", "north").putValue("initialConferenceOn", today.minusDays(4).toString())).getId();
        ResponseEntity<Map> rescheduled = http.withBasicAuth("tm.north", "demo").exchange(
                "/api/cases/" + caseReference + "/dates/initialConferenceOn", HttpMethod.PUT,
                new HttpEntity<>(Map.of("date", today.minusDays(3).toString(), "reason", "Held a day later than recorded")),
                Map.class);
        assertThat(rescheduled.getStatusCode()).as("%s", rescheduled.getBody()).isEqualTo(HttpStatus.OK);

        String visit = "Visit the child · " + caseReference;
        Tasklist tasklist = Tasklist.open(browser).logIn("sw.north").showFilter("My team's tasks");
        // The date last: its calendar, once open, would take the click meant for the list of places.
        CamundaForm form = tasklist.claim(visit)
                .select("visitLocation", "Home")
                .choose("childSeen", "Yes")
                .choose("seenAlone", "Yes")
                .type("childViews", "Happy at school, misses her brother")
                .type("visitObservations", "Home warm and tidy")
                .date("visitedOn", today);
        browser.screenshot("integrity-1-visit-after-rescheduling");
        form.complete();
        // The visit done, the next one opens under the same name, due from today's
        browser.waitUntil(driver -> engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(plan)
                .taskDefinitionKey("Task_VisitChild").finished().count() == 1);
        browser.screenshot("integrity-2-next-visit-open");

        assertThat(engine.getRuntimeService().getVariable(plan, "initialConferenceOn")).isEqualTo(today.minusDays(3).toString());
        assertThat(engine.getRuntimeService().getVariable(plan, "lastVisitOn")).isEqualTo(today.toString());
    }

    @Test
    void aHeadOfServiceFindsTheEscalationWaitingForThemInDueSoon(Browser browser) {
        LocalDate today = LocalDate.now(London.ZONE);
        String review = reviewEscalatedToday(today);

        ClockUtil.setCurrentTime(London.at(calendar.addWorkingDays(today, 1) + "T10:00"));
        Tasklist tasklist = Tasklist.open(browser).logIn("hos").showFilter("Due soon");

        assertThat(tasklist.taskNames()).contains(review);
        browser.screenshot("integrity-3-head-of-service-due-soon");
    }

    @Test
    void aHeadOfServiceFindsTheEscalationWaitingForThemInOverdueOnceItsTimeHasPassed(Browser browser) {
        LocalDate today = LocalDate.now(London.ZONE);
        String review = reviewEscalatedToday(today);

        ClockUtil.setCurrentTime(London.at(calendar.addWorkingDays(today, 3) + "T10:00"));
        Tasklist tasklist = Tasklist.open(browser).logIn("hos").showFilter("Overdue");

        assertThat(tasklist.taskNames()).contains(review);
        browser.screenshot("integrity-4-head-of-service-overdue");

        tasklist.claim(review).type("headOfServiceDecision", "Duty team to decide today; I will check at 4pm");
        browser.screenshotTo(Path.of("docs", "screenshots", "head-of-service-review-escalation.png"));
        assertThat(browser.visibleText())
                .as("the step is the task's name, which the form points to, not a field of its own")
                .contains(review, "The step this task is named after is still overdue")
                .doesNotContain("Overdue step");
    }

    /** A referral moved in two weeks after it was received: it reaches a head of service today. */
    private String reviewEscalatedToday(LocalDate today) {
        Cases cases = new Cases(engine);
        String caseReference = cases.referral("north", today.minusDays(14).toString());
        cases.escalateWhatIsOverdue();
        return "Review escalation: Referral decision overdue · " + caseReference;
    }
}
