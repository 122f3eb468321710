package org.careflow.modelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.modelling.Models.change;
import static org.careflow.modelling.Models.modelerDeployment;
import static org.careflow.support.London.at;
import static org.careflow.support.London.endOf;
import static org.careflow.support.London.startOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.escalation.EscalationFacts;
import org.careflow.escalation.EscalationProcess;
import org.careflow.escalation.Escalations;
import org.careflow.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * docs/developers.md's checklist, followed as a process owner would: a transfer-in conference within 15
 * working days of the notification of the transfer, added with one timescale rule, one declaration on
 * its task and a form, deployed from Modeler. Its due date, reminder, timer and escalation follow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AddAStatutoryStepHttpTest {

    @Autowired
    private Escalations escalations;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    private EngineClock clock;

    @AfterEach
    void resetClock() {
        if (clock != null) {
            clock.reset();
        }
    }

    @Test
    void aTransferInConferenceAddedByTheChecklistIsDueEscalatedAndRemindedFromItsOneDeclaration() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("timescales.dmn", withTransferInConference(Models.timescales()));
        files.put("transferIn.bpmn", read("checklist/transferIn.bpmn"));
        files.put("hold-transfer-in-conference.form", read("checklist/hold-transfer-in-conference.form"));

        ResponseEntity<JsonNode> deployed = http.withBasicAuth("demo", Models.PASSWORD).postForEntity(
                "/engine-rest/deployment/create", modelerDeployment("transfer-in " + UUID.randomUUID(), files), JsonNode.class);
        assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);

        // notified Mon 21 Dec 2026: 15 working days over Christmas, the Boxing Day substitute and New Year
        clock = new EngineClock(engine.getManagementService());
        clock.set(at("2026-12-21T10:00"));
        ProcessInstance transfer = engine.getRuntimeService().startProcessInstanceByKey("transferIn", "CF-" + UUID.randomUUID(),
                Variables.putValue("team", "north").putValue("transferNotifiedOn", "2026-12-21"));

        Task conference = engine.getTaskService().createTaskQuery().processInstanceId(transfer.getId()).singleResult();
        assertThat(conference.getTaskDefinitionKey()).isEqualTo("Task_HoldTransferInConference");
        assertThat(conference.getDueDate()).isEqualTo(endOf("2027-01-14"));
        assertThat(conference.getFollowUpDate()).isEqualTo(startOf("2027-01-13"));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(transfer.getId()).timers().singleResult()
                .getDuedate()).isEqualTo(startOf("2027-01-15"));

        clock.set(at("2027-01-15T00:00:01"));
        clock.fireDueJobs();

        ProcessInstance escalation = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(EscalationProcess.KEY).superProcessInstanceId(transfer.getId()).singleResult();
        assertThat(engine.getRuntimeService().getVariable(escalation.getId(), EscalationProcess.TEAM)).isEqualTo("north");
        EscalationFacts facts = escalations.of(escalation.getId()).orElseThrow();
        assertThat(facts.overdueStep()).isEqualTo("Hold transfer-in conference");
        assertThat(facts.deadline()).isEqualTo(conference.getDueDate());
    }

    /** Step 1 of the checklist: a rule of the timescales decision, as Modeler's table editor writes it. */
    private static String withTransferInConference(String timescales) {
        return change(timescales, "    </decisionTable>", """
                      <rule id="Rule_TransferInConference">
                        <inputEntry id="InputEntry_TransferInConference"><text>"transfer-in-conference"</text></inputEntry>
                        <outputEntry id="Amount_TransferInConference"><text>15</text></outputEntry>
                        <outputEntry id="Unit_TransferInConference"><text>"working-days"</text></outputEntry>
                        <outputEntry id="Earliest_TransferInConference"><text></text></outputEntry>
                        <outputEntry id="Reminder_TransferInConference"><text>1</text></outputEntry>
                        <outputEntry id="FromReceipt_TransferInConference"><text>false</text></outputEntry>
                        <outputEntry id="Description_TransferInConference"><text>"Transfer-in conference: 15 working days from the notification of the transfer (Working Together)"</text></outputEntry>
                      </rule>
                    </decisionTable>""");
    }

    private static String read(String resource) throws IOException {
        return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    }
}
