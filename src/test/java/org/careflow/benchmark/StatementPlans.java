package org.careflow.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.careflow.cases.CaseProcesses;

/**
 * PostgreSQL's plans, {@code EXPLAIN (ANALYZE, BUFFERS)}, of the statements the measures run: the
 * engine's as it issues them (caught on their way to the database, with the parameters of that
 * moment and the caller's authorization check), and the ledger's oversight query and its count.
 */
final class StatementPlans {

    /** The oversight page's query and its counts as {@code oversight/OpenSteps} issues them (the page of 100 a manager reads). */
    private static final String LEDGER_WHERE = " from CF_STEP where STATE_ = 'open' and CANDIDATE_GROUP_ in (%s)"
            + " and PROC_DEF_KEY_ in (" + CaseProcesses.AS_SQL_LIST + ") and ATTENTION_ON_ <= ?";

    private final Catcher catcher = new Catcher();

    StatementPlans(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getSqlSessionFactory().getConfiguration().addInterceptor(catcher);
    }

    interface Call {
        void run() throws Exception;
    }

    /** The plan of the first statement of Camunda's mappings with this id that {@code call} runs. */
    List<String> ofEngineStatement(String statementId, Call call) throws Exception {
        catcher.arm(statementId);
        try {
            call.run();
        } finally {
            catcher.disarm();
        }
        return catcher.plan.isEmpty() ? List.of("(" + statementId + " did not run)") : List.copyOf(catcher.plan);
    }

    /** The page for a reader who oversees these groups (a team and its managers, or every team's). */
    static List<String> ofLedgerPage(BenchmarkDatabase database, List<String> groups, LocalDate today) throws SQLException {
        return explain(database, "select ID_, CASE_REF_, CHILD_NAME_, TEAM_, TASK_NAME_, TASK_ID_, TASK_KEY_, PROC_DEF_KEY_,"
                + " WORKER_, DEADLINE_, ESCALATION_STATE_, TARGET_DATE_, TARGETS_MISSED_" + ledgerWhere(groups)
                + " order by DEADLINE_, TASK_ID_ offset 0 rows fetch next 100 rows only", groups, today);
    }

    /** The counts by team, step and worker over the same window. */
    static List<String> ofLedgerCounts(BenchmarkDatabase database, List<String> groups, LocalDate today) throws SQLException {
        return explain(database, "select TEAM_, TASK_KEY_, max(TASK_NAME_) as TASK_NAME_, WORKER_,"
                + " sum(case when DEADLINE_ < ? then 1 else 0 end) as OVERDUE_, count(*) as IN_WINDOW_"
                + ledgerWhere(groups) + " group by TEAM_, TASK_KEY_, WORKER_", groups, today);
    }

    private static String ledgerWhere(List<String> groups) {
        return LEDGER_WHERE.formatted(marks(groups.size()));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static List<String> explain(BenchmarkDatabase database, String sql, List<String> groups, LocalDate today)
            throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            int i = 1;
            if (sql.contains("OVERDUE_")) {
                explain.setDate(i++, Date.valueOf(today));
            }
            for (String group : groups) {
                explain.setString(i++, group);
            }
            explain.setDate(i, Date.valueOf(today));
            return lines(explain);
        }
    }

    private static List<String> lines(PreparedStatement explain) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (ResultSet result = explain.executeQuery()) {
            while (result.next()) {
                plan.add(result.getString(1));
            }
        }
        return plan;
    }

    /** Runs EXPLAIN ANALYZE of the armed statement on the engine's own connection, just before the statement itself. */
    @Intercepts(@Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
    static final class Catcher implements Interceptor {

        private volatile String armed;
        private final List<String> plan = new ArrayList<>();

        synchronized void arm(String statementId) {
            plan.clear();
            armed = statementId;
        }

        void disarm() {
            armed = null;
        }

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            String target = armed;
            MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
            if (target != null && statement.getId().endsWith("." + target)) {
                synchronized (this) {
                    if (armed != null) {
                        armed = null;
                        Object parameter = invocation.getArgs()[1];
                        BoundSql sql = statement.getBoundSql(parameter);
                        Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
                        try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql.getSql())) {
                            new DefaultParameterHandler(statement, parameter, sql).setParameters(explain);
                            plan.addAll(lines(explain));
                        }
                    }
                }
            }
            return invocation.proceed();
        }

        @Override
        public void setProperties(Properties properties) {
        }
    }
}
