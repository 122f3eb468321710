package org.careflow.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.modelling.Models.bpmn;
import static org.careflow.modelling.Models.change;
import static org.careflow.modelling.Models.withForms;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.modelling.Models;
import org.careflow.steps.StepsInForce;
import org.careflow.support.Plans;
import org.careflow.support.TheLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Running cases stay on their version until a process owner migrates them; then they move with
 * their deadlines right for the new version and the timescales in force. What cannot move by equal
 * activity ids is reported, and the case stays where it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Deploys new versions, and the REST API finds its engine in Camunda's static registry: a context of its own.
@DirtiesContext
class CaseMigrationHttpTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StepsInForce steps;

    String processOwner;

    @BeforeEach
    void processOwner() {
        processOwner = Models.newProcessOwner(engine.getIdentityService());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRunningPlanMovesToTheNewVersionWithItsVisitDueOnTheNewStandard() {
        ClockUtil.setCurrentTime(at("2026-12-22T17:00"));
        ProcessInstance plan = Plans.start(engine, "2026-12-14");
        Plans.visit(engine, plan, "2026-12-22");
        String version1 = Plans.definitionOf(engine, plan);
        Date coreGroupDue = Plans.taskDue(engine, plan, "Task_HoldCoreGroup");
        Date reviewDue = Plans.taskDue(engine, plan, "Task_HoldReviewConference");
        // 10 working days from Tue 22 Dec 2026, over Christmas
        assertThat(Plans.taskDue(engine, plan, "Task_VisitChild")).isEqualTo(endOf("2027-01-08"));

        Map<String, String> version2 = withForms("childProtectionPlan.bpmn",
                change(bpmn("childProtectionPlan"), "name=\"Visit the child\"", "name=\"Visit and see the child\""));
        version2.put("timescales.dmn", Models.fortnightlyVisits());
        assertThat(deploy(version2).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(Plans.definitionOf(engine, plan)).as("a new version is for new cases").isEqualTo(version1);
        assertThat(Plans.taskDue(engine, plan, "Task_VisitChild")).isEqualTo(endOf("2027-01-08"));

        assertThat(migrate("sw.north", "childProtectionPlan", false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Plans.definitionOf(engine, plan)).isEqualTo(version1);

        ResponseEntity<JsonNode> dryRun = migrate(processOwner, "childProtectionPlan", true);

        assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dryRun.getBody().path("dryRun").asBoolean()).isTrue();
        JsonNode from = dryRun.getBody().path("from").get(0);
        assertThat(texts(from.path("mappedActivities")))
                .contains("Task_VisitChild", "Timer_VisitOverdue", "Task_HoldCoreGroup", "SubProcess_ChildProtectionPlan");
        assertThat(texts(from.path("unmappedActivities"))).isEmpty();
        assertThat(from.path("migrated").get(0).path("processInstanceId").asText()).isEqualTo(plan.getId());
        assertThat(from.path("migrated").get(0).path("caseReference").asText()).isEqualTo(plan.getBusinessKey());
        assertThat(Plans.definitionOf(engine, plan)).as("a dry run changes nothing").isEqualTo(version1);
        assertThat(Plans.taskDue(engine, plan, "Task_VisitChild")).isEqualTo(endOf("2027-01-08"));
        assertThat(commentsOf(plan)).isEmpty();

        ResponseEntity<JsonNode> migration = migrate(processOwner, "childProtectionPlan", false);

        assertThat(migration.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(migration.getBody().path("from").get(0).path("notMigrated")).isEmpty();
        assertThat(Plans.definitionOf(engine, plan)).isNotEqualTo(version1).isEqualTo(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey("childProtectionPlan").latestVersion().singleResult().getId());
        // the 2-week standard from the visit on Tue 22 Dec 2026: Tue 5 Jan 2027; its escalation at midnight after
        assertThat(Plans.taskDue(engine, plan, "Task_VisitChild")).isEqualTo(endOf("2027-01-05"));
        assertThat(Plans.timerDue(engine, plan, "Timer_VisitOverdue")).isEqualTo(startOf("2027-01-06"));
        assertThat(Plans.taskDue(engine, plan, "Task_HoldCoreGroup")).isEqualTo(coreGroupDue);
        assertThat(Plans.taskDue(engine, plan, "Task_HoldReviewConference")).isEqualTo(reviewDue);
        assertThat(commentsOf(plan)).singleElement().asString()
                .contains("version " + version(version1), processOwner);
        assertThat(new TheLedger(engine, jdbc, steps).agreesWithTheEngineFor(plan.getBusinessKey())).isPositive();
    }

    @Test
    void aCaseWaitingAtAStepTheNewVersionLacksIsReportedAndStaysOnItsVersion() {
        ClockUtil.setCurrentTime(at("2026-12-22T17:00"));
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey("referral", "CF-" + UUID.randomUUID(),
                Variables.putValue("team", "north").putValue("referralReceivedAt", "2026-12-22T09:00:00Z"));
        String version = Plans.definitionOf(engine, referral);
        Date due = Plans.taskDue(engine, referral, "Task_DecideOnReferral");
        assertThat(deploy(withForms("referral.bpmn", change(bpmn("referral"), "Task_DecideOnReferral", "Task_DecideReferral")))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> migration = migrate(processOwner, "referral", false);

        assertThat(migration.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode from = migration.getBody().path("from").get(0);
        assertThat(texts(from.path("unmappedActivities"))).contains("Task_DecideOnReferral");
        assertThat(from.path("migrated")).isEmpty();
        JsonNode stays = from.path("notMigrated").get(0);
        assertThat(stays.path("processInstanceId").asText()).isEqualTo(referral.getId());
        assertThat(texts(stays.path("reasons"))).anySatisfy(reason -> assertThat(reason).contains("Task_DecideOnReferral"));
        assertThat(Plans.definitionOf(engine, referral)).isEqualTo(version);
        assertThat(Plans.taskDue(engine, referral, "Task_DecideOnReferral")).isEqualTo(due);
    }

    @Test
    void anUnknownProcessIsNotFound() {
        assertThat(migrate(processOwner, "noSuchProcess", true).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    ResponseEntity<JsonNode> deploy(Map<String, String> files) {
        return http.withBasicAuth(processOwner, Models.PASSWORD).postForEntity("/engine-rest/deployment/create",
                Models.modelerDeployment("careflow " + UUID.randomUUID(), files), JsonNode.class);
    }

    ResponseEntity<JsonNode> migrate(String user, String key, boolean dryRun) {
        return http.withBasicAuth(user, Models.PASSWORD).postForEntity(
                "/api/process-definitions/{key}/migration?dryRun={dryRun}", null, JsonNode.class, key, dryRun);
    }

    List<String> commentsOf(ProcessInstance instance) {
        return engine.getTaskService().getProcessInstanceComments(instance.getId()).stream().map(Comment::getFullMessage).toList();
    }

    int version(String processDefinitionId) {
        return engine.getRepositoryService().getProcessDefinition(processDefinitionId).getVersion();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
