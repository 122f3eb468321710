package org.careflow.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.careflow.EnginePlugins;
import org.careflow.calendar.EngineClock;
import org.careflow.escalation.EscalationFacts;
import org.careflow.escalation.EscalationProcess;
import org.careflow.escalation.Escalations;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code careflow_escalation_lag_seconds}: from a step's deadline (the escalation's
 * {@link EscalationFacts#deadline()}, the step's due date) to the start of its escalation. Seconds
 * when the job executors keep up; more when they fall behind, or when a case moved in long after its
 * deadline. Every version of the escalation model gets it at parse time, as a built-in listener the
 * model does not show, as {@code TaskConventions} does for user tasks: at the end of its start event,
 * once the escalation has learnt what it escalates. It records once the escalation's transaction
 * commits, so a sweep that rolls back and retries is not counted twice; reading the row just written
 * and one timer update is all it costs.
 */
@Component
@Order(EnginePlugins.ESCALATION_LAG_METER)
class EscalationLagMeter extends AbstractProcessEnginePlugin implements ExecutionListener {

    private final Timer lag;
    private final Escalations escalations;

    EscalationLagMeter(MeterRegistry registry, Escalations escalations) {
        this.escalations = escalations;
        this.lag = Timer.builder("careflow.escalation.lag")
                .description("Time from a step's deadline to the start of its escalation")
                // buckets an operator can read against ("escalated within 5 minutes"), summable over nodes
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(1),
                        Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6),
                        Duration.ofDays(1), Duration.ofDays(7))
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
                if (scope instanceof ProcessDefinitionEntity process && EscalationProcess.KEY.equals(process.getKey())) {
                    startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_END, EscalationLagMeter.this);
                }
            }
        });
    }

    @Override
    public void notify(DelegateExecution escalation) {
        Date deadline = escalations.of(escalation).map(EscalationFacts::deadline).orElse(null);
        if (deadline != null) {
            Duration late = Duration.ofMillis(EngineClock.nowAsDate().getTime() - deadline.getTime());
            if (late.isNegative()) {
                return; // started by hand before the deadline: not a lag
            }
            Context.getCommandContext().getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTED, committed -> lag.record(late));
        }
    }
}
