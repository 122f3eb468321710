package org.careflow.tasks;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every user task of every model gets without the model saying so, so that a process owner
 * cannot forget it: a name that carries the case reference, the team's managers among those who
 * see it, a form that is checked on the server before the task completes (and a start form's answers
 * before the case starts), and the case's facts
 * (team, dates its clocks run from, an escalation's inputs) left as they were.
 */
@Component
@Order(EnginePlugins.TASK_CONVENTIONS)
class TaskConventions extends AbstractProcessEnginePlugin {

    private final TaskNaming naming;
    private final ManagersOfTheTeam managers;
    private final RequiredFormFields requiredFields;
    private final CaseFactsUnchanged caseFacts;

    TaskConventions(TaskNaming naming, ManagersOfTheTeam managers, RequiredFormFields requiredFields,
                    CaseFactsUnchanged caseFacts) {
        this.naming = naming;
        this.managers = managers;
        this.requiredFields = requiredFields;
        this.caseFacts = caseFacts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
                if (startEventElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
                    startEventActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START, requiredFields.startFormAnswers());
                }
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, naming);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, managers);
                boolean hasForm = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null;
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, caseFacts.onCompletion(hasForm));
                // Resolving a task sets variables as completing it does, and fires only an update.
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, caseFacts.onResolution(hasForm));
                if (hasForm) {
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, requiredFields);
                }
            }
        });
    }
}
