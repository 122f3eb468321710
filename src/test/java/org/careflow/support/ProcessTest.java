package org.careflow.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A process test on the real engine, in-memory, with the engine clock in the test's hands. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTest {

    @Autowired
    protected ProcessEngine engine;

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

    protected void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(BpmnAwareTests.task(taskKey, instance).getId(), variables);
    }
}
