package org.careflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.careflow.benchmark.CareFlowNode.Configuration;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.organisation.Organisation;
import org.careflow.timescales.DeadlineCalculator;

/**
 * National scale on one machine: N open cases (default 100,000 across 20 teams and every process)
 * seeded through the engine on PostgreSQL, then M deadlines passing at once (default 20,000), the
 * oversight view, Tasklist's Overdue filter and referral starts under 8 clients, each measured with
 * stock Camunda's configuration and with CareFlow's, on the same data. Prints Markdown tables for
 * docs/benchmarks.md; asserts nothing. The command is in the README ("Benchmarks").
 *
 * <p>The engine's clock is moved, not the machine's: the sweep's referrals are received on Monday
 * 1 March 2027, their decisions fall due on Tuesday and all pass as Wednesday begins; the rest of
 * the caseload started around Thursday 4 March and none of its deadlines passes in the run. Half the
 * sweep's referrals are suspended while stock Camunda sweeps the other half.
 */
public final class NationalScaleBenchmark {

    private static final Instant SWEEP_RECEIVED = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant CASELOAD_NOW = Instant.parse("2027-03-04T12:00:00Z");
    private static final String MANAGER = "tm.team01";
    private static final int PAGE = 100;

    record Phase(Configuration configuration, EscalationSweep.Result sweep, List<String> acquisitionPlan,
                 int managerRows, long managerTotal, Latencies managerView, Latencies headOfServiceView,
                 Settled headOfServiceSettled, Latencies stockRestView, Latencies overdueFilter, Latencies overdueCount, Latencies referralStarts,
                 Diagnosis diagnosis) {
    }

    /** The head of service's view measured again once autovacuum had processed the ledger's changes, and how long that took. */
    record Settled(Latencies view, double secondsWaited, boolean vacuumed) {
    }

    /** Where the server's time went: the grant table's size, the top statements of each measure, the plans of its queries. */
    record Diagnosis(String grantTable, Map<String, List<String>> topStatements, Map<String, List<String>> plans) {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArguments arguments = BenchmarkArguments.parse(args);
        try (BenchmarkDatabase database = BenchmarkDatabase.of(arguments)) {
            System.out.printf("%nPostgreSQL: %s%nMachine: %d cores, Java %s, max heap %d MiB%n", database.describe(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            double ceiling = PostgresCeiling.transactionsPerSecond(database);
            System.out.printf("PostgreSQL's ceiling: %.0f simple-update transactions per second (pgbench -N's transaction, 4 clients)%n",
                    ceiling);
            Phase stock;
            Phase careflow;
            List<String> secondSweep;
            try (CareFlowNode node = CareFlowNode.start(database, Configuration.STOCK)) {
                node.jobExecutor().shutdown();
                secondSweep = seed(node, database, arguments);
                suspend(node.engine(), secondSweep);
                stock = measure(node, database, arguments, Configuration.STOCK);
            }
            try (CareFlowNode node = CareFlowNode.start(database, Configuration.CAREFLOW)) {
                node.jobExecutor().shutdown();
                activate(node.engine(), secondSweep);
                careflow = measure(node, database, arguments, Configuration.CAREFLOW);
            }
            BenchmarkReport.print(arguments, ceiling, stock, careflow);
        } finally {
            ClockUtil.reset();
        }
    }

    private static List<String> seed(CareFlowNode node, BenchmarkDatabase database, BenchmarkArguments arguments) throws Exception {
        CaseSeeder seeder = new CaseSeeder(node.engine(), arguments.teams());
        seeder.createTeams();
        long start = System.nanoTime();
        seeder.seedCaseload(arguments.backgroundCases(), CASELOAD_NOW);
        seeder.seedReferrals("SWEEP-STOCK", arguments.sweep(), SWEEP_RECEIVED);
        List<String> second = seeder.seedReferrals("SWEEP-CAREFLOW", arguments.sweep(), SWEEP_RECEIVED);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Seeded %,d open cases through the engine in %.0f s (%.0f a second, %d threads)%n",
                arguments.cases(), seconds, arguments.cases() / seconds, 4);
        Instant passed = node.bean(DeadlineCalculator.class).deadline("referral-decision", SWEEP_RECEIVED.toString()).passedAt().toInstant();
        long inWindow = node.engine().getManagementService().createJobQuery()
                .duedateLowerThan(Date.from(passed.plus(Duration.ofDays(1)))).count() - 2L * arguments.sweep();
        System.out.printf("The sweep's deadlines pass at %s; other jobs due within a day of it: %d; rows in ACT_RU_JOB: %s, ACT_RU_TASK: %s%n",
                passed, inWindow, database.single("select count(*) from ACT_RU_JOB"), database.single("select count(*) from ACT_RU_TASK"));
        ClockUtil.offset(passed.plusSeconds(1).toEpochMilli() - System.currentTimeMillis());
        return second;
    }

    private static void suspend(ProcessEngine engine, List<String> instances) {
        engine.getRuntimeService().updateProcessInstanceSuspensionState().byProcessInstanceIds(instances).suspend();
    }

    private static void activate(ProcessEngine engine, List<String> instances) {
        engine.getRuntimeService().updateProcessInstanceSuspensionState().byProcessInstanceIds(instances).activate();
    }

    private static Phase measure(CareFlowNode node, BenchmarkDatabase database, BenchmarkArguments arguments,
                                 Configuration configuration) throws Exception {
        database.execute("vacuum analyze");
        String grantTable = database.single("select count(*) || ' rows, table ' || pg_size_pretty(pg_table_size('act_ru_authorization'))"
                + " || ', indexes ' || pg_size_pretty(pg_indexes_size('act_ru_authorization')) from act_ru_authorization");
        List<String> plan = AcquisitionPlan.explain(database, configuration, ClockUtil.getCurrentTime());
        TopStatements statements = new TopStatements(database);
        Map<String, List<String>> top = new LinkedHashMap<>();
        statements.reset();
        EscalationSweep.Result sweep = new EscalationSweep(node, database).run(arguments.sweep());
        Instant sweepEnded = Instant.now();
        // with the sweep's own polling for the escalation tasks, a count once a second
        System.out.printf("%s: %,d escalations in %.1f s, %.1f statements an escalation; grants: %s%n", configuration.label,
                sweep.escalations(), sweep.seconds(), statements.calls() / (double) sweep.escalations(), grantTable);
        top.put("the escalation sweep", statements.top());
        HttpApi http = new HttpApi(node.port());
        JsonNode page = http.get(MANAGER, "/api/oversight/steps?limit=" + PAGE);
        statements.reset();
        Latencies managerView = repeat(arguments.requests(), () -> http.get(MANAGER, "/api/oversight/steps?limit=" + PAGE));
        Latencies headOfServiceView = repeat(arguments.requests(), () -> http.get("hos", "/api/oversight/steps?limit=" + PAGE));
        top.put("the oversight view, team manager and head of service", statements.top());
        // the counts' plan while the sweep's changes are still unvacuumed, then the view again once they are not
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), node.bean(WorkingDayCalendar.class).zone());
        List<String> everyTeamsGroups = everyTeamsGroups(arguments.teams());
        Map<String, List<String>> straightAfter = new LinkedHashMap<>();
        straightAfter.put("the ledger's oversight counts (head of service, the seeded teams), straight after the requests",
                StatementPlans.ofLedgerCounts(database, everyTeamsGroups, today));
        Settled headOfServiceSettled = afterAutovacuum(database, sweepEnded,
                () -> repeat(arguments.requests(), () -> http.get("hos", "/api/oversight/steps?limit=" + PAGE)));
        straightAfter.put("the ledger's oversight counts (head of service, the seeded teams), once autovacuum had processed the ledger",
                StatementPlans.ofLedgerCounts(database, everyTeamsGroups, today));
        StockRestOversight stockRest = new StockRestOversight(http);
        Latencies stockRestView = repeat(Math.max(3, arguments.requests() / 5),
                () -> stockRest.load(MANAGER, List.of("team01"), PAGE, ClockUtil.getCurrentTime().toInstant()));
        String overdue = http.get(MANAGER, "/engine-rest/filter?name=Overdue").get(0).get("id").asText();
        String overdueList = "/engine-rest/filter/" + overdue + "/list?firstResult=0&maxResults=15";
        statements.reset();
        Latencies overdueFilter = repeat(arguments.requests(), () -> http.get(MANAGER, overdueList));
        top.put("Tasklist's Overdue filter, team manager", statements.top());
        // what Tasklist asks beside the list, for the number shown against each filter
        statements.reset();
        Latencies overdueCount = repeat(arguments.requests(), () -> http.get(MANAGER, "/engine-rest/filter/" + overdue + "/count"));
        top.put("Tasklist's Overdue filter's count, team manager", statements.top());
        statements.reset();
        Latencies starts = referralStarts(http, arguments, configuration);
        top.put("start a referral and read its first task, " + arguments.clients() + " clients", statements.top());
        Map<String, List<String>> plans = new LinkedHashMap<>(straightAfter);
        plans.putAll(plans(node, database, http, overdueList, overdue, everyTeamsGroups, today));
        return new Phase(configuration, sweep, plan, page.get("steps").size(), page.get("total").asLong(), managerView,
                headOfServiceView, headOfServiceSettled, stockRestView, overdueFilter, overdueCount, starts,
                new Diagnosis(grantTable, top, plans));
    }

    /**
     * Waits (at most five minutes) until autovacuum has processed the ledger since the sweep ended, then
     * measures: an index-only scan reads the table for every entry on a page changed since its last
     * vacuum, so right after a burst of changes the counts cost more than they do a minute later.
     */
    private static Settled afterAutovacuum(BenchmarkDatabase database, Instant sweepEnded, Callable<Latencies> measure) throws Exception {
        long start = System.nanoTime();
        String vacuumedSinceTheSweep = "select count(*) from pg_stat_user_tables where relname = 'cf_step'"
                + " and last_autovacuum > to_timestamp(" + sweepEnded.getEpochSecond() + ")";
        boolean vacuumed = false;
        while (!vacuumed && System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
            vacuumed = Long.parseLong(database.single(vacuumedSinceTheSweep)) > 0;
            if (!vacuumed) {
                Thread.sleep(2_000);
            }
        }
        return new Settled(measure.call(), (System.nanoTime() - start) / 1e9, vacuumed);
    }

    private static List<String> everyTeamsGroups(int teams) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < teams; i++) {
            groups.add(CaseSeeder.team(i, teams));
            groups.add(Organisation.managersOf(CaseSeeder.team(i, teams)));
        }
        return groups;
    }

    /** The plans of the oversight view's ledger queries (team manager, head of service) and of Camunda's authorization-checked task queries (team manager). */
    private static Map<String, List<String>> plans(CareFlowNode node, BenchmarkDatabase database, HttpApi http, String overdueList,
                                                   String overdue, List<String> everyTeamsGroups, LocalDate today)
            throws Exception {
        String team = "team01";
        StatementPlans plans = new StatementPlans(node.engine());
        Map<String, List<String>> explained = new LinkedHashMap<>();
        List<String> managersGroups = List.of(team, Organisation.managersOf(team));
        explained.put("the ledger's oversight page (team manager, first 100)", StatementPlans.ofLedgerPage(database, managersGroups, today));
        explained.put("the ledger's oversight counts (team manager)", StatementPlans.ofLedgerCounts(database, managersGroups, today));
        explained.put("the ledger's oversight page (head of service, the seeded teams, first 100)",
                StatementPlans.ofLedgerPage(database, everyTeamsGroups, today));
        explained.put("the ledger's oversight counts (head of service, the seeded teams)",
                StatementPlans.ofLedgerCounts(database, everyTeamsGroups, today));
        explained.put("Camunda's authorized task count: the Overdue filter's count for the team manager",
                plans.ofEngineStatement("selectTaskCountByQueryCriteria",
                        () -> http.get(MANAGER, "/engine-rest/filter/" + overdue + "/count")));
        explained.put("Camunda's authorized task list: the Overdue filter's first 15 for the team manager",
                plans.ofEngineStatement("selectTaskByQueryCriteria", () -> http.get(MANAGER, overdueList)));
        explained.put("Camunda's per-command scan for the groups that have grants",
                plans.ofEngineStatement("selectAuthorizedGroupIds", () -> http.get(MANAGER, overdueList)));
        return explained;
    }

    interface Call {
        Object run() throws Exception;
    }

    private static Latencies repeat(int times, Call call) throws Exception {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Latencies.of(millis);
    }

    /** Each client starts referrals one after another and reads the first task, as a front door would. */
    private static Latencies referralStarts(HttpApi http, BenchmarkArguments arguments, Configuration configuration) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(arguments.clients());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < arguments.clients(); c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    String team = CaseSeeder.team(client, arguments.teams());
                    for (int r = 0; r < arguments.requests(); r++) {
                        String received = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofHours(1)).toString();
                        long start = System.nanoTime();
                        JsonNode instance = http.post("sw." + team, "/engine-rest/process-definition/key/referral/start", Map.of(
                                "businessKey", "FRONT-DOOR-" + configuration + "-" + client + "-" + r,
                                "variables", Map.of("team", Map.of("value", team), "referralReceivedAt", Map.of("value", received))));
                        JsonNode tasks = http.get("sw." + team, "/engine-rest/task?processInstanceId=" + instance.get("id").asText());
                        if (tasks.size() != 1) {
                            throw new IllegalStateException("a started referral has " + tasks.size() + " tasks");
                        }
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdown();
        }
        return Latencies.of(millis);
    }

    private NationalScaleBenchmark() {
    }
}
