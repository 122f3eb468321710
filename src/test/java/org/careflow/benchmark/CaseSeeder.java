package org.careflow.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.organisation.Organisation;

/**
 * Open cases started through the engine, as an authority moving its cases in would: every process,
 * spread over the teams, with dates a live caseload has (events of the last days and weeks, none of
 * their deadlines passed yet), and the sweep's referrals, all received the same morning.
 */
final class CaseSeeder {

    static final String PASSWORD = "bench";
    private static final int THREADS = 4;

    private final ProcessEngine engine;
    private final int teams;

    CaseSeeder(ProcessEngine engine, int teams) {
        this.engine = engine;
        this.teams = teams;
    }

    static String team(int i, int teams) {
        return String.format("team%02d", i % teams + 1);
    }

    /** Teams, their managers and a social worker each, beside the demo organisation (hos heads every team). */
    void createTeams() {
        IdentityService identity = engine.getIdentityService();
        for (int i = 0; i < teams; i++) {
            String team = team(i, teams);
            group(identity, team, Organisation.TEAM_TYPE);
            group(identity, Organisation.managersOf(team), Organisation.MANAGERS_TYPE);
            user(identity, "tm." + team, Organisation.managersOf(team));
            user(identity, "sw." + team, team);
        }
    }

    /** Cases whose clocks started around {@code now}; returns how many were started. */
    int seedCaseload(int count, Instant now) throws Exception {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return start(count, now, i -> {
            String team = team(i, teams);
            String reference = "CASE-" + i;
            return switch (i % 10) {
                case 0, 1, 2 -> new Start("referral", reference, Map.of("team", team,
                        "referralReceivedAt", now.minus(Duration.ofMinutes(i % 240)).toString()));
                case 3, 4, 5 -> new Start("assessment", reference, Map.of("team", team,
                        "referralReceivedAt", today.minusDays(1 + i % 20).toString(),
                        "assessmentStartedOn", today.toString()));
                case 6 -> new Start("section47", reference, Map.of("team", team,
                        "strategyDiscussionOn", today.minusDays(i % 2).toString()));
                case 7, 8 -> new Start("childProtectionPlan", reference, Map.of("team", team,
                        "initialConferenceOn", today.minusDays(i % 2).toString()));
                default -> new Start("careProceedings", reference, Map.of("team", team, "issuedOn", today.toString()));
            };
        });
    }

    /** Referrals all received at {@code receivedAt}: their decisions fall due, and escalate, at the same moment. */
    List<String> seedReferrals(String prefix, int count, Instant receivedAt) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        start(count, receivedAt.plus(Duration.ofMinutes(30)), i -> new Start("referral", prefix + "-" + i,
                Map.of("team", team(i, teams), "referralReceivedAt", receivedAt.toString()), ids));
        return ids;
    }

    private record Start(String processKey, String caseReference, Map<String, Object> variables, List<String> ids) {
        Start(String processKey, String caseReference, Map<String, Object> variables) {
            this(processKey, caseReference, variables, null);
        }
    }

    private int start(int count, Instant clock, IntFunction<Start> cases) throws Exception {
        ClockUtil.offset(clock.toEpochMilli() - System.currentTimeMillis());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Start start = cases.apply(i);
                started.add(threads.submit(() -> {
                    String id = engine.getRuntimeService().startProcessInstanceByKey(start.processKey(), start.caseReference(),
                            Variables.fromMap(start.variables())).getId();
                    if (start.ids() != null) {
                        start.ids().add(id);
                    }
                }));
            }
            for (Future<?> future : started) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
        return count;
    }

    private static void group(IdentityService identity, String id, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(id);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private static void user(IdentityService identity, String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
