package org.careflow.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.careflow.cases.CaseProcesses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open and overdue steps of the case processes by timescale, counted by the database: the national
 * benchmark holds 100,000 open tasks, so none is loaded. One grouped query over the task table (a
 * TaskQuery count per timescale and state would read it some thirty times), and one more for each
 * variable that holds a timescale id, grouped by its value. Grouping by process definition maps the
 * tasks of every version still running by that version's own model. Plain SQL, so no user and no
 * authorizations: the numbers are the whole organisation's.
 */
@Component
class StepCounts {

    record Count(long open, long overdue) {
        static final Count NONE = new Count(0, 0);

        Count plus(Count other) {
            return new Count(open + other.open, overdue + other.overdue);
        }
    }

    private final JdbcTemplate jdbc;
    private final RepositoryService repository;
    private final String caseTasks;
    private final String caseTasksByVariable;
    /** A deployed definition never changes: its steps are read from its model once. */
    private final Map<String, Map<String, StepTimescale>> stepsByDefinition = new ConcurrentHashMap<>();

    StepCounts(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jdbc = new JdbcTemplate(configuration.getDataSource());
        this.repository = engine.getRepositoryService();
        String tables = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        String caseDefinitions = "T.PROC_DEF_ID_ in (select D.ID_ from " + tables + "ACT_RE_PROCDEF D where D.KEY_ in ("
                + String.join(", ", Collections.nCopies(CaseProcesses.KEYS.size(), "?")) + "))";
        this.caseTasks = "select T.PROC_DEF_ID_, T.TASK_DEF_KEY_, count(*), sum(case when T.DUE_DATE_ < ? then 1 else 0 end)"
                + " from " + tables + "ACT_RU_TASK T where T.DUE_DATE_ is not null and " + caseDefinitions
                + " group by T.PROC_DEF_ID_, T.TASK_DEF_KEY_";
        // a case's variables live on its process instance: the execution of the variable is the instance
        this.caseTasksByVariable = "select T.PROC_DEF_ID_, T.TASK_DEF_KEY_, count(*), sum(case when T.DUE_DATE_ < ? then 1 else 0 end), V.TEXT_"
                + " from " + tables + "ACT_RU_TASK T join " + tables + "ACT_RU_VARIABLE V"
                + " on V.EXECUTION_ID_ = T.PROC_INST_ID_ and V.NAME_ = ?"
                + " where T.DUE_DATE_ is not null and " + caseDefinitions + " and T.TASK_DEF_KEY_ in (%s)"
                + " group by T.PROC_DEF_ID_, T.TASK_DEF_KEY_, V.TEXT_";
    }

    /**
     * By timescale, every timescale the latest models name included (a timescale with nothing open
     * reads 0, not absent, so that an alert on it can tell "none" from "not measured").
     */
    Map<String, Count> at(Date now) {
        Map<String, Count> counts = new TreeMap<>();
        for (String timescale : namedByLatestModels()) {
            counts.put(timescale, Count.NONE);
        }
        Timestamp cutoff = new Timestamp(now.getTime());
        Map<String, Set<String>> stepsByVariable = new HashMap<>();
        jdbc.query(caseTasks, (ResultSet row) -> {
            StepTimescale step = stepOf(row);
            if (step != null && step.variable() != null) {
                stepsByVariable.computeIfAbsent(step.variable(), variable -> new LinkedHashSet<>()).add(row.getString(2));
            } else if (step != null) {
                counts.merge(step.timescale(), countOf(row), Count::plus);
            }
        }, arguments(cutoff));
        stepsByVariable.forEach((variable, taskKeys) -> {
            String sql = caseTasksByVariable.formatted(String.join(", ", Collections.nCopies(taskKeys.size(), "?")));
            List<Object> arguments = new ArrayList<>(List.of(cutoff, variable));
            arguments.addAll(CaseProcesses.KEYS);
            arguments.addAll(taskKeys);
            jdbc.query(sql, (ResultSet row) -> {
                StepTimescale step = stepOf(row);
                if (step != null && variable.equals(step.variable())) {
                    String timescale = row.getString(5);
                    counts.merge(timescale == null ? StepTimescale.NONE : timescale, countOf(row), Count::plus);
                }
            }, arguments.toArray());
        });
        return counts;
    }

    private Set<String> namedByLatestModels() {
        Set<String> timescales = new LinkedHashSet<>();
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery()
                .processDefinitionKeyIn(CaseProcesses.KEYS.toArray(String[]::new)).latestVersion().list();
        for (ProcessDefinition definition : latest) {
            stepsOf(definition.getId()).values().stream()
                    .filter(step -> step.timescale() != null)
                    .forEach(step -> timescales.add(step.timescale()));
        }
        return timescales;
    }

    private StepTimescale stepOf(ResultSet row) throws SQLException {
        return stepsOf(row.getString(1)).get(row.getString(2));
    }

    private Map<String, StepTimescale> stepsOf(String processDefinitionId) {
        return stepsByDefinition.computeIfAbsent(processDefinitionId,
                id -> StepTimescale.of(repository.getBpmnModelInstance(id)));
    }

    private static Count countOf(ResultSet row) throws SQLException {
        return new Count(row.getLong(3), row.getLong(4));
    }

    private static Object[] arguments(Timestamp cutoff) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(cutoff);
        arguments.addAll(CaseProcesses.KEYS);
        return arguments.toArray();
    }
}
