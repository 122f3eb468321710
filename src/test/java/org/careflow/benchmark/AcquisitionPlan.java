package org.careflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * PostgreSQL's plan for the job executor's acquisition query as Camunda 7.24 issues it
 * (Job.xml, selectNextJobsToExecute) in each configuration, with the parameters of the moment.
 */
final class AcquisitionPlan {

    private static final String SELECT = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ "
            + "from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and (%s RES.DUEDATE_ <= ?) "
            + "and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?) and RES.SUSPENSION_STATE_ = 1 "
            + "and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2 "
            + "where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true) "
            + "and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= ?))) or RES.EXCLUSIVE_ = false) %s";

    static List<String> explain(BenchmarkDatabase database, CareFlowNode.Configuration configuration, Date now) throws Exception {
        String sql = configuration == CareFlowNode.Configuration.STOCK
                ? SELECT.formatted("RES.DUEDATE_ is null or", "LIMIT 3")
                : SELECT.formatted("", "order by RES.TYPE_ desc, RES.DUEDATE_ asc LIMIT 10");
        List<String> plan = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement explain = connection.prepareStatement("explain (analyze, costs off, timing on) " + sql)) {
            for (int i = 1; i <= 3; i++) {
                explain.setTimestamp(i, new Timestamp(now.getTime()));
            }
            try (ResultSet result = explain.executeQuery()) {
                while (result.next()) {
                    plan.add(result.getString(1));
                }
            }
        }
        return plan;
    }

    private AcquisitionPlan() {
    }
}
