package org.careflow.escalation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Full history, except one row that says nothing new. At level full Camunda writes each variable's
 * value twice when it is created: its historic instance ({@code ACT_HI_VARINST}, the value it holds)
 * and a detail ({@code ACT_HI_DETAIL}, each value it has had). An escalation's inputs are written by
 * the engine alone, once, when it starts ({@link EscalationProcess#LEARNT_AT_START}; nobody may
 * change them, {@code cases/EngineDecidedVariables}): their detail restates their historic instance,
 * and is a sixth of what an escalation writes. So those details are left out, and every other stays:
 * each value the held-to deadline ({@link EscalationProcess#TARGET_DEADLINE}) takes, each time the
 * escalation reached heads of service, each oversight recorded, every variable of every case.
 *
 * <p>The level keeps full's name and id (3), so that a database made at level full is still at it,
 * and Camunda's own checks of the level answer as before.
 */
@Component
@Order(EnginePlugins.INPUTS_HISTORY_ONCE)
class InputsHistoryOnce extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The engine takes, by the configured name ("full"), the last level of its own and then the custom
        // ones that bears it: ours, in full's place (EscalationProcessTest sees that it is the one in force).
        List<HistoryLevel> custom = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            custom.addAll(configuration.getCustomHistoryLevels());
        }
        custom.add(new FullWithoutRestatedInputs());
        configuration.setCustomHistoryLevels(custom);
    }

    static final class FullWithoutRestatedInputs extends HistoryLevelFull {

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                    && entity instanceof HistoricVariableUpdateEventEntity variable
                    && variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                    && EscalationProcess.KEY.equals(variable.getProcessDefinitionKey())
                    && EscalationProcess.LEARNT_AT_START.contains(variable.getVariableName())) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }
    }
}
