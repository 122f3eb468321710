package org.careflow.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.careflow.escalation.EscalationFacts;
import org.careflow.escalation.Escalations;
import org.careflow.steps.StepsInForce;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A process test on the real engine, in-memory, with the engine clock in the test's hands. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTest {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StepsInForce steps;
    @Autowired
    protected Escalations escalations;

    protected EngineClock clock;

    @BeforeEach
    void initialiseAssertionsAndClock() {
        AbstractAssertions.init(engine);
        clock = new EngineClock(engine.getManagementService());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The ledger says what the engine holds for the case ({@link TheLedger}); how many open steps it compared. */
    protected int theLedgerAgreesFor(ProcessInstance instance) {
        return new TheLedger(engine, jdbc, steps).agreesWithTheEngineFor(instance.getBusinessKey());
    }

    /** The name of the step an escalation is about, from its row. */
    protected String overdueStepOf(String escalationId) {
        return escalations.of(escalationId).map(EscalationFacts::overdueStep).orElse(null);
    }

    protected void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(BpmnAwareTests.task(taskKey, instance).getId(), variables);
    }
}
