package org.careflow.benchmark;

import java.util.Comparator;
import java.util.Map;
import org.careflow.benchmark.NationalScaleBenchmark.Phase;

/** The benchmark's figures as Markdown, for docs/benchmarks.md. */
final class BenchmarkReport {

    static void print(BenchmarkArguments arguments, double ceiling, Phase stock, Phase careflow) {
        System.out.printf("%n## %,d open cases, %,d deadlines passing at once, %d teams%n%n", arguments.cases(),
                arguments.sweep(), arguments.teams());
        System.out.println("| measure | stock Camunda | CareFlow | CareFlow against stock |");
        System.out.println("| --- | ---: | ---: | ---: |");
        row("escalation sweep: seconds until every escalation task exists", stock.sweep().seconds(), careflow.sweep().seconds(), true);
        row("escalations per second", stock.sweep().perSecond(), careflow.sweep().perSecond(), false);
        row("lag from deadline to escalation, median (s)", stock.sweep().lagMedianSeconds(), careflow.sweep().lagMedianSeconds(), true);
        row("lag from deadline to escalation, worst (s)", stock.sweep().lagWorstSeconds(), careflow.sweep().lagWorstSeconds(), true);
        latency("oversight view, team manager (" + careflow.managerRows() + " of " + careflow.managerTotal() + " steps)",
                stock.managerView(), careflow.managerView());
        latency("oversight view, head of service (all teams)", stock.headOfServiceView(), careflow.headOfServiceView());
        latency("oversight view, head of service, once autovacuum had processed the ledger (" + settled(stock) + " / "
                + settled(careflow) + ")", stock.headOfServiceSettled().view(), careflow.headOfServiceSettled().view());
        latency("the manager's view assembled from the stock REST API", stock.stockRestView(), careflow.stockRestView());
        latency("Tasklist's Overdue filter over REST, team manager", stock.overdueFilter(), careflow.overdueFilter());
        latency("Tasklist's Overdue filter's count over REST, team manager", stock.overdueCount(), careflow.overdueCount());
        latency("start a referral and read its first task, " + arguments.clients() + " clients", stock.referralStarts(),
                careflow.referralStarts());
        System.out.printf("%nPostgreSQL's own ceiling on this machine: %.0f simple-update transactions a second; the CareFlow sweep "
                + "ran at %.0f escalations a second.%n", ceiling, careflow.sweep().perSecond());
        System.out.printf("The oversight view against the same answer from the stock REST API (CareFlow configuration): "
                        + "p95 %.0f ms against %.0f ms, %.1f times faster.%n", careflow.managerView().p95(),
                careflow.stockRestView().p95(), careflow.stockRestView().p95() / careflow.managerView().p95());
        System.out.printf("Escalation tasks recorded in history: %d of %d (stock), %d of %d (CareFlow).%n",
                stock.sweep().historicTasks(), stock.sweep().escalations(), careflow.sweep().historicTasks(),
                careflow.sweep().escalations());
        System.out.println("\n### Rows written per escalation (CareFlow configuration)\n");
        System.out.println("| table | rows | stock |");
        System.out.println("| --- | ---: | ---: |");
        careflow.sweep().rowsPerEscalation().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .filter(entry -> entry.getValue() >= 0.01)
                .forEach(entry -> System.out.printf("| %s | %.2f | %.2f |%n", entry.getKey(), entry.getValue(),
                        stock.sweep().rowsPerEscalation().getOrDefault(entry.getKey(), 0.0)));
        System.out.printf("| all tables | %.2f | %.2f |%n", total(careflow), total(stock));
        plan(stock);
        plan(careflow);
        diagnosis(stock);
        diagnosis(careflow);
    }

    private static void diagnosis(Phase phase) {
        System.out.printf("%n### Where the server's time went, %s%n%nThe grant table (ACT_RU_AUTHORIZATION) at the start of the "
                + "measures: %s.%n", phase.configuration().label, phase.diagnosis().grantTable());
        phase.diagnosis().topStatements().forEach((measure, rows) -> {
            System.out.printf("%nTop statements by total execution time (pg_stat_statements), %s:%n%n", measure);
            System.out.println("| calls | total ms | mean ms | share | rows | statement |");
            System.out.println("| ---: | ---: | ---: | ---: | ---: | --- |");
            rows.forEach(System.out::println);
        });
        phase.diagnosis().plans().forEach((query, plan) -> {
            System.out.printf("%n%s, %s:%n%n```%n", query, phase.configuration().label);
            plan.forEach(System.out::println);
            System.out.println("```");
        });
    }

    private static String settled(Phase phase) {
        return phase.headOfServiceSettled().vacuumed()
                ? "after %.0f s".formatted(phase.headOfServiceSettled().secondsWaited())
                : "not vacuumed in %.0f s".formatted(phase.headOfServiceSettled().secondsWaited());
    }

    private static double total(Phase phase) {
        return phase.sweep().rowsPerEscalation().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static void plan(Phase phase) {
        System.out.printf("%n### Acquisition query plan, %s, with the sweep's jobs due%n%n```%n", phase.configuration().label);
        phase.acquisitionPlan().forEach(System.out::println);
        System.out.println("```");
    }

    private static void row(String measure, double stock, double careflow, boolean lowerIsBetter) {
        double factor = lowerIsBetter ? stock / careflow : careflow / stock;
        System.out.printf("| %s | %.1f | %.1f | %.1f× %s |%n", measure, stock, careflow, factor, factor >= 1 ? "better" : "");
    }

    private static void latency(String measure, Latencies stock, Latencies careflow) {
        System.out.printf("| %s: p50 / p95 (ms) | %.0f / %.0f | %.0f / %.0f | %.1f× at p95 |%n", measure, stock.p50(), stock.p95(),
                careflow.p50(), careflow.p95(), stock.p95() / careflow.p95());
    }

    private BenchmarkReport() {
    }
}
