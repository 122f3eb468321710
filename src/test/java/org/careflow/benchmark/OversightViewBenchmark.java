package org.careflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.CareFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one load of the oversight page costs: N open referrals across two teams (default 1,000),
 * received over the last 30 days so that most are overdue and escalated, then the page's API
 * call for a team manager and for a head of service, timed over HTTP. Prints a table; asserts nothing.
 *
 * <pre>mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) org.careflow.benchmark.OversightViewBenchmark 1000</pre>
 */
public final class OversightViewBenchmark {

    private static final int REQUESTS = 30;

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CareFlowApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=WARN")) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            long seeding = System.nanoTime();
            Instant now = Instant.now();
            for (int i = 0; i < cases; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("referral", "BENCH-" + i, Variables
                        .putValue("team", i % 2 == 0 ? "north" : "south")
                        .putValue("referralReceivedAt", now.minus(i % 30, ChronoUnit.DAYS).toString()));
            }
            int fired = fireDueJobs(engine);
            System.out.printf("seeded %d open referrals and fired %d escalation jobs in %.1f s%n",
                    cases, fired, (System.nanoTime() - seeding) / 1e9);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            System.out.println("| user | steps shown | p50 ms | p95 ms | max ms |");
            System.out.println("| --- | --- | --- | --- | --- |");
            for (String user : List.of("tm.north", "hos")) {
                measure(port, user);
            }
        }
    }

    /** The escalations of the cases, as the job executor would fire them; not the weekly review's timer start. */
    private static int fireDueJobs(ProcessEngine engine) {
        int fired = 0;
        for (List<Job> due; !(due = dueCaseJobs(engine)).isEmpty(); ) {
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }

    private static List<Job> dueCaseJobs(ProcessEngine engine) {
        return engine.getManagementService().createJobQuery().executable().list().stream()
                .filter(job -> job.getProcessInstanceId() != null).limit(500).toList();
    }

    private static void measure(int port, String user) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/oversight/steps"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build();
        String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            client.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        int rows = body.split("\"caseReference\"", -1).length - 1;
        System.out.printf("| %s | %d | %.0f | %.0f | %.0f |%n", user, rows,
                millis.get(REQUESTS / 2), millis.get((int) Math.ceil(REQUESTS * 0.95) - 1), millis.get(REQUESTS - 1));
    }
}
