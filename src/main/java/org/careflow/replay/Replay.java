package org.careflow.replay;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.escalation.Escalations;
import org.careflow.steps.StepsInForce;
import org.careflow.timescales.CountingProperties;
import org.careflow.timescales.DeadlineCalculator;
import org.careflow.timescales.Timescales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays days of an authority through the engine and checks what the engine did against what was
 * simulated ({@link ReplayReport}). The job executor is held while the days are replayed, so that only
 * the replay fires jobs, and the engine's clock is given back to real time at the end.
 */
@Component
public class Replay {

    static final List<String> PROCESSES = List.of("referral", "assessment", "section47", "childInNeedPlan", "childProtectionPlan",
            "careProceedings", "escalation");
    private static final Logger log = LoggerFactory.getLogger(Replay.class);
    private static final int PROGRESS_EVERY_DAYS = 10;

    private final ProcessEngine engine;
    private final StepsInForce steps;
    private final Timescales timescales;
    private final CountingProperties counting;
    private final WorkingDayCalendar calendar;
    private final JdbcTemplate jdbc;
    private final Escalations escalations;

    Replay(ProcessEngine engine, StepsInForce steps, Timescales timescales, CountingProperties counting,
           WorkingDayCalendar calendar, JdbcTemplate jdbc, Escalations escalations) {
        this.engine = engine;
        this.escalations = escalations;
        this.steps = steps;
        this.timescales = timescales;
        this.counting = counting;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    public ReplayReport run(ReplayWindow window, double scale, long seed, List<String> teams, String casePrefix) {
        Dice dice = new Dice(seed);
        DeadlineCalculator deadlines = new DeadlineCalculator(new TimescalesInForce(timescales), calendar, counting);
        ReplayRun run = new ReplayRun(engine, new StepRules(steps, deadlines, engine.getRepositoryService()), calendar, jdbc,
                escalations, new FormAnswers(new CaseRoutes(dice), deadlines, calendar), new Arrivals(calendar, dice, scale, casePrefix, teams),
                new Practice(calendar, dice), new ReferredChildren(dice), casePrefix);
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean jobExecutorWasActive = jobExecutor != null && jobExecutor.isActive();
        if (jobExecutorWasActive) {
            jobExecutor.shutdown();
        }
        long began = System.nanoTime();
        try {
            for (LocalDate day = window.first(); !day.isAfter(window.last()); day = day.plusDays(1)) {
                run.day(day);
                if (day.toEpochDay() % PROGRESS_EVERY_DAYS == 0) {
                    log.info("Replayed up to {}: {} cases started, {} tasks done, {} open, {} s", day, run.started,
                            run.completed, run.openTasks(), Duration.ofNanos(System.nanoTime() - began).toSeconds());
                }
            }
        } finally {
            EngineClock.reset();
            if (jobExecutorWasActive) {
                jobExecutor.start();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        var occurrences = run.occurrences().values();
        return new ReplayReport(window, scale, seed, took, started(casePrefix), run.completed, run.jobsFired,
                occurrences.size(), (int) occurrences.stream().filter(Occurrence::doneLate).count(),
                DeliveryCheck.check(occurrences, run.unmatchedEscalations(), window.last()),
                TimelinessComparison.of(occurrences, LedgerTimeliness.read(jdbc, casePrefix), calendar));
    }

    /** Whether cases of this prefix exist already: a demo history is made once. */
    public boolean replayedBefore(String casePrefix) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(casePrefix + "-%").count() > 0;
    }

    private Map<String, Long> started(String casePrefix) {
        Map<String, Long> started = new LinkedHashMap<>();
        for (String key : PROCESSES) {
            started.put(key, engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key)
                    .processInstanceBusinessKeyLike(casePrefix + "-%").count());
        }
        return started;
    }
}
