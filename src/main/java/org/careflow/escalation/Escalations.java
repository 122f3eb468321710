package org.careflow.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.careflow.steps.FactsKeptOnARow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Each escalation's facts ({@link EscalationFacts}) on a row of its own ({@code CF_ESCALATION}),
 * written in the transaction that starts it: one row where six variables of the escalation process
 * wrote twelve, and a thirteenth for the history of the deadline it holds the step to. The model's
 * expressions, its steps' declarations, the mail, the metrics and the ledger read them from here.
 *
 * <p>An escalation started before the row was kept has none: it runs the version of the model it
 * started on, which reads and writes its variables, and {@link #of(VariableScope)} reads them too.
 * Nobody but the engine writes those variables ({@link EscalationInputs}), so none can stand in for a
 * row either.
 */
@Component("escalations")
public class Escalations implements FactsKeptOnARow {

    private static final String COLUMNS = "ID_, STEP_NAME_, STEP_ID_, PROC_INST_ID_, EXECUTION_ID_, DEADLINE_, TARGET_DEADLINE_,"
            + " ALREADY_ESCALATED_BY_";
    private static final RowMapper<EscalationFacts> FACTS = (row, number) -> new EscalationFacts(row.getString(1), row.getString(2),
            row.getString(3), row.getString(4), row.getString(5), dateOf(row.getTimestamp(6)), dateOf(row.getTimestamp(7)),
            row.getString(8));

    /** Ids in one {@code in} list: well under what either database takes. */
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    /** The engine's, once it is built: the engine's plugins (the lag meter) read escalations too. */
    private final ObjectProvider<HistoryService> historyService;

    Escalations(JdbcTemplate jdbc, ObjectProvider<HistoryService> historyService) {
        this.jdbc = jdbc;
        this.historyService = historyService;
    }

    void begin(EscalationFacts facts, String caseReference, Instant startedAt) {
        jdbc.update("insert into CF_ESCALATION (" + COLUMNS + ", CASE_REF_, STARTED_AT_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                facts.id(), facts.overdueStep(), facts.overdueStepId(), facts.overdueProcessInstanceId(), facts.overdueExecutionId(),
                new Timestamp(facts.deadline().getTime()), new Timestamp(facts.targetDeadline().getTime()),
                facts.alreadyEscalatedBy(), caseReference, Timestamp.from(startedAt));
    }

    /** The first escalation of the same lateness: this step of this process instance, due by this deadline. */
    Optional<String> firstOf(String processInstanceId, String stepId, Date deadline) {
        return jdbc.queryForList("select ID_ from CF_ESCALATION where PROC_INST_ID_ = ? and STEP_ID_ = ? and DEADLINE_ = ?"
                + " order by STARTED_AT_, ID_ fetch first 1 rows only", String.class, processInstanceId, stepId,
                new Timestamp(deadline.getTime())).stream().findFirst();
    }

    /** The escalation, by its process instance, as it started or with the target its managers set since. */
    public Optional<EscalationFacts> of(String escalationId) {
        return jdbc.query("select " + COLUMNS + " from CF_ESCALATION where ID_ = ?", FACTS, escalationId).stream().findFirst();
    }

    /**
     * These escalations, by their process instances: their rows, and for those started before the
     * rows were kept, what their history holds of their variables (LedgerBackfill, EscalationStates).
     */
    public Map<String, EscalationFacts> of(Collection<String> escalationIds) {
        Map<String, EscalationFacts> facts = new HashMap<>();
        for (List<String> page : pages(List.copyOf(escalationIds))) {
            jdbc.query("select " + COLUMNS + " from CF_ESCALATION where ID_ in (" + String.join(", ", page.stream().map(id -> "?").toList())
                    + ")", FACTS, page.toArray()).forEach(row -> facts.put(row.id(), row));
        }
        List<String> unkept = escalationIds.stream().filter(id -> !facts.containsKey(id)).toList();
        if (!unkept.isEmpty()) {
            historyService.getObject().createHistoricVariableInstanceQuery().processInstanceIdIn(unkept.toArray(String[]::new))
                    .variableNameIn(EscalationProcess.LEARNT_AT_START.toArray(String[]::new)).list().stream()
                    .filter(variable -> variable.getTaskId() == null && variable.getValue() != null)
                    .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
                            Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b)))
                    .forEach((id, variables) -> facts.put(id, fromVariables(id, variables::get)));
        }
        return facts;
    }

    /** The escalation a task or an execution of it belongs to: its row, or the variables of one started without. */
    public Optional<EscalationFacts> of(VariableScope scope) {
        Optional<String> escalation = escalationOf(scope);
        if (escalation.isEmpty()) {
            return Optional.empty();
        }
        Optional<EscalationFacts> row = of(escalation.get());
        if (row.isPresent() || scope.getVariable(EscalationProcess.OVERDUE_STEP_ID) == null) {
            return row;
        }
        return Optional.of(fromVariables(escalation.get(), scope::getVariable));
    }

    private static EscalationFacts fromVariables(String id, Function<String, Object> variables) {
        return new EscalationFacts(id, (String) variables.apply(EscalationProcess.OVERDUE_STEP),
                (String) variables.apply(EscalationProcess.OVERDUE_STEP_ID),
                (String) variables.apply(EscalationProcess.OVERDUE_PROCESS_INSTANCE_ID),
                (String) variables.apply(EscalationProcess.OVERDUE_EXECUTION_ID), (Date) variables.apply(EscalationProcess.DEADLINE),
                (Date) variables.apply(EscalationProcess.TARGET_DEADLINE),
                (String) variables.apply(EscalationProcess.ALREADY_ESCALATED_BY));
    }

    private static List<List<String>> pages(List<String> ids) {
        List<List<String>> pages = new ArrayList<>();
        for (int first = 0; first < ids.size(); first += PAGE) {
            pages.add(ids.subList(first, Math.min(ids.size(), first + PAGE)));
        }
        return pages;
    }

    /** A fact of the row by its name; the row is read only for a name it keeps (a declaration asks for others too). */
    @Override
    public Object fact(VariableScope scope, String name) {
        if (!EscalationProcess.KEPT_ON_ITS_ROW.contains(name)) {
            return null;
        }
        return of(scope).map(facts -> facts.byName().get(name)).orElse(null);
    }

    @Override
    public Set<String> keptBy(String processKey) {
        return EscalationProcess.KEY.equals(processKey) ? EscalationProcess.KEPT_ON_ITS_ROW : Set.of();
    }

    /** The name of the step overdue, for the escalation's task names. */
    public String overdueStep(DelegateExecution escalation) {
        return known(escalation).overdueStep();
    }

    /** Whether the same lateness was escalated already: if so, this escalation ends at once. */
    public boolean alreadyEscalated(DelegateExecution escalation) {
        return known(escalation).alreadyEscalatedBy() != null;
    }

    /** The managers recorded a target date: the step is held to its end from now on. */
    public void holdTo(DelegateExecution escalation, Date targetDeadline) {
        if (jdbc.update("update CF_ESCALATION set TARGET_DEADLINE_ = ? where ID_ = ?", new Timestamp(targetDeadline.getTime()),
                escalation.getProcessInstanceId()) == 0) {
            throw unknown(escalation);
        }
    }

    EscalationFacts known(DelegateExecution escalation) {
        return of(escalation).orElseThrow(() -> unknown(escalation));
    }

    private static IllegalStateException unknown(DelegateExecution escalation) {
        return new IllegalStateException("Escalation " + escalation.getProcessInstanceId() + " has no record of what it escalates");
    }

    private static Optional<String> escalationOf(VariableScope scope) {
        String definition = null;
        String instance = null;
        if (scope instanceof DelegateExecution execution) {
            definition = execution.getProcessDefinitionId();
            instance = execution.getProcessInstanceId();
        } else if (scope instanceof DelegateTask task) {
            definition = task.getProcessDefinitionId();
            instance = task.getProcessInstanceId();
        }
        return definition != null && definition.startsWith(EscalationProcess.KEY + ":") ? Optional.ofNullable(instance)
                : Optional.empty();
    }

    private static Date dateOf(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }
}
