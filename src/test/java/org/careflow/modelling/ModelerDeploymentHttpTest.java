package org.careflow.modelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careflow.modelling.Models.bpmn;
import static org.careflow.modelling.Models.change;
import static org.careflow.modelling.Models.modelerDeployment;
import static org.careflow.modelling.Models.withForms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Process owners deploy from Camunda Modeler straight to the REST API; nobody else may. A model
 * that would break the service is refused with a message naming its element, whichever way it comes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Deploys new versions, and the REST API finds its engine in Camunda's static registry: a context of its own.
@DirtiesContext
class ModelerDeploymentHttpTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a process owner", "demo"})
    void aProcessOwnerDeploysANewVersionFromModeler(String who) {
        String user = who.equals("demo") ? "demo" : Models.newProcessOwner(engine.getIdentityService());
        int before = latestReferral().getVersion();
        String changed = change(bpmn("referral"), "name=\"Decide on referral\"", "name=\"Decide on the referral (" + who + ")\"");

        ResponseEntity<JsonNode> response = deploy(user, withForms("referral.bpmn", changed));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(latestReferral().getVersion()).isEqualTo(before + 1);
        assertThat(latestReferral().getDeploymentId()).isEqualTo(response.getBody().path("id").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sw.north", "tm.north", "hos"})
    void nobodyElseMayDeploy(String user) {
        int before = latestReferral().getVersion();

        ResponseEntity<JsonNode> response = deploy(user, withForms("referral.bpmn",
                change(bpmn("referral"), "name=\"Referral\"", "name=\"Referral by " + user + "\"")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(latestReferral().getVersion()).isEqualTo(before);
    }

    static Stream<Arguments> brokenModels() {
        String referral = bpmn("referral");
        return Stream.of(
                Arguments.of("a user task without a form", withForms("referral.bpmn", change(referral,
                                " camunda:formRef=\"decideOnReferral\" camunda:formRefBinding=\"deployment\"", "")),
                        "Task_DecideOnReferral", "has no form"),
                Arguments.of("a user task without a candidate group", withForms("referral.bpmn", change(referral,
                                "name=\"Decide on referral\" camunda:candidateGroups=\"${team}\"", "name=\"Decide on referral\"")),
                        "Task_DecideOnReferral", "has no candidate group"),
                Arguments.of("a statutory step naming an unknown timescale", withForms("referral.bpmn",
                                change(referral, "value=\"referral-decision\"", "value=\"referral-decisions\"")),
                        "SubProcess_ReferralDecision", "names the timescale 'referral-decisions'"),
                Arguments.of("a clock that runs from a fact the process never sets", withForms("referral.bpmn",
                                change(referral, "value=\"referralReceivedAt\"", "value=\"referralReceivedOn\"")),
                        "SubProcess_ReferralDecision", "runs its clock from 'referralReceivedOn', which the process never sets"),
                Arguments.of("a statutory step without its clock start", withForms("referral.bpmn",
                                change(referral, "<camunda:property name=\"careflow.clockStartsFrom\" value=\"referralReceivedAt\" />", "")),
                        "SubProcess_ReferralDecision", "not the fact its clock runs from"),
                Arguments.of("a due date written by hand", withForms("referral.bpmn", change(referral,
                                "name=\"Decide on referral\" camunda:candidateGroups", "name=\"Decide on referral\" camunda:dueDate=\"${now()}\" camunda:candidateGroups")),
                        "Task_DecideOnReferral", "due or follow-up date written by hand"),
                Arguments.of("a deadline timer with a time of its own", withForms("referral.bpmn", change(referral,
                                "<bpmn:timerEventDefinition />", "<bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>")),
                        "Timer_ReferralDecisionOverdue", "has a time of its own"),
                Arguments.of("an escalation wired by hand", withForms("referral.bpmn", change(referral,
                                "<camunda:in businessKey=\"#{execution.processBusinessKey}\" />",
                                "<camunda:in businessKey=\"#{execution.processBusinessKey}\" /><camunda:in source=\"team\" target=\"team\" />")),
                        "CallActivity_EscalateReferralDecision", "to the escalation by hand"),
                Arguments.of("a form the deployment does not contain", Map.of("referral.bpmn", referral),
                        "Task_DecideOnReferral", "uses the form 'decideOnReferral', which this deployment does not contain"),
                Arguments.of("no diagram", withForms("referral.bpmn",
                                referral.replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "")),
                        "referral", "has no diagram"),
                Arguments.of("no history time to live", withForms("referral.bpmn",
                                change(referral, " camunda:historyTimeToLive=\"P2555D\"", "")),
                        "referral", "History Time To Live"),
                Arguments.of("a history time to live shorter than the audit needs", withForms("referral.bpmn",
                                change(referral, "camunda:historyTimeToLive=\"P2555D\"", "camunda:historyTimeToLive=\"P180D\"")),
                        "referral", "at least 2555 days"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void aBrokenModelIsRefusedWithAMessageNamingTheElement(String example, Map<String, String> files, String elementId,
                                                          String problem) {
        int before = latestReferral().getVersion();
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        ResponseEntity<JsonNode> response = deploy("demo", files);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("type").asText()).isEqualTo("ParseException");
        assertThat(response.getBody().path("message").asText()).contains(problem);
        assertThat(errorsOf(response.getBody())).anySatisfy(error -> {
            assertThat(error.path("mainElementId").asText()).isEqualTo(elementId);
            assertThat(error.path("message").asText()).contains(problem);
            assertThat(error.path("line").asInt()).isPositive();
        });
        assertThat(latestReferral().getVersion()).isEqualTo(before);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aRefusalListsEveryProblemOfTheModel() {
        String twoProblems = change(change(bpmn("referral"),
                        " camunda:formRef=\"decideOnReferral\" camunda:formRefBinding=\"deployment\"", ""),
                "name=\"Agree referral decision\" camunda:candidateGroups=\"${team}-managers\"", "name=\"Agree referral decision\"");

        ResponseEntity<JsonNode> response = deploy("demo", withForms("referral.bpmn", twoProblems));

        assertThat(errorsOf(response.getBody())).extracting(error -> error.path("mainElementId").asText())
                .contains("Task_DecideOnReferral", "Task_AgreeReferralDecision");
    }

    @Test
    void formsLeftOutAsUnchangedSinceTheLastDeploymentOfTheSameNameAreMissed() {
        String name = "referral " + UUID.randomUUID();
        assertThat(deploy("demo", name, withForms("referral.bpmn", change(bpmn("referral"),
                "name=\"Referral\"", "name=\"Referral, first\""))).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> again = deploy("demo", name, withForms("referral.bpmn", change(bpmn("referral"),
                "name=\"Referral\"", "name=\"Referral, second\"")));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().path("message").asText())
                .contains("uses the form 'decideOnReferral'", "a deployment name not used before");
    }

    @Test
    void theEngineRefusesABrokenModelOnTheWayProcessesAreDeployedAtStartToo() {
        String noForm = change(bpmn("referral"), " camunda:formRef=\"decideOnReferral\" camunda:formRefBinding=\"deployment\"", "");

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("careflow")
                .addString("processes/referral.bpmn", noForm).deploy())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("'Task_DecideOnReferral' (Decide on referral) has no form");
    }

    @Test
    void aVersionDeployedBeforeItsTimescaleWasRemovedStillLoads() {
        // A model is checked when it comes in; loading it again later (a restart) must not refuse it,
        // or the cases running on it would stop.
        String withChoice = change(Models.timescales(), "\"referral-decision\"", "\"referral-choice\"");
        String referral = change(bpmn("referral"), "value=\"referral-decision\"", "value=\"referral-choice\"");
        Map<String, String> files = withForms("referral.bpmn", referral);
        files.put("timescales.dmn", withChoice);
        assertThat(deploy("demo", files).getStatusCode()).isEqualTo(HttpStatus.OK);
        String choiceVersion = latestReferral().getId();
        assertThat(deploy("demo", Map.of("timescales.dmn", Models.timescales())).getStatusCode()).isEqualTo(HttpStatus.OK);

        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getDeploymentCache().discardProcessDefinitionCache();

        assertThat(((RepositoryServiceImpl) engine.getRepositoryService()).getDeployedProcessDefinition(choiceVersion).getId())
                .isEqualTo(choiceVersion);
    }

    /** A deployment under a name not used before, as the README tells process owners to deploy. */
    ResponseEntity<JsonNode> deploy(String user, Map<String, String> files) {
        return deploy(user, "careflow " + UUID.randomUUID(), files);
    }

    ResponseEntity<JsonNode> deploy(String user, String deploymentName, Map<String, String> files) {
        return http.withBasicAuth(user, Models.PASSWORD)
                .postForEntity("/engine-rest/deployment/create", modelerDeployment(deploymentName, files), JsonNode.class);
    }

    ProcessDefinition latestReferral() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("referral")
                .latestVersion().singleResult();
    }

    static List<JsonNode> errorsOf(JsonNode parseException) {
        List<JsonNode> errors = new ArrayList<>();
        parseException.path("details").forEach(resource -> resource.path("errors").forEach(errors::add));
        return errors;
    }
}
