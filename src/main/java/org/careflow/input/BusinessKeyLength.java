package org.careflow.input;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine keeps a business key (a case reference) in a column of 255 characters; a longer one
 * failed only when the start was written to the database, as a 500. Every process checks it as it
 * starts (the engine runs this listener after the model's own start listeners, so {@code caseStart}
 * calls the same check first, before it writes the child's record), so the refusal names the field
 * and nothing is started.
 */
@Component
@Order(EnginePlugins.BUSINESS_KEY_LENGTH)
public class BusinessKeyLength extends AbstractProcessEnginePlugin implements ExecutionListener {

    /** ACT_RU_EXECUTION.BUSINESS_KEY_: varchar(255). */
    static final int MAX_LENGTH = 255;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, BusinessKeyLength.this);
            }
        });
    }

    @Override
    public void notify(DelegateExecution execution) {
        refuseLongKeys(execution);
    }

    /**
     * The check itself, for a start listener that writes the case reference beside the engine (the
     * child's record) before the engine's own listeners have run.
     */
    public static void refuseLongKeys(DelegateExecution execution) {
        refuseLong("businessKey", execution.getProcessBusinessKey());
        // A form start gives the case reference as a variable, which becomes the business key.
        if (execution.getVariable("caseReference") instanceof String reference) {
            refuseLong("caseReference", reference);
        }
    }

    private static void refuseLong(String field, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, field + " (the case reference) is at most " + MAX_LENGTH
                    + " characters, not " + value.length());
        }
    }
}
