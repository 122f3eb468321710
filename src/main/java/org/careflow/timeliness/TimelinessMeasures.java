package org.careflow.timeliness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.timeliness.LedgerReadings.Instance;
import org.careflow.timeliness.LedgerReadings.Step;
import org.careflow.timeliness.TimelinessReport.Measure;
import org.springframework.stereotype.Component;

/**
 * The timeliness measures of a period for some teams, from the statutory step ledger. A step counts in the
 * period it was done in; one due before the period ended and not done by then counts as overdue at its end.
 * Who may read which teams is the caller's to decide ({@code TimelinessController} for the API): this is
 * also what a replay of a year calls to compare the figures with what it simulated.
 */
@Component
public class TimelinessMeasures {

    /** How the working days of every measure are counted, as the page and the CSV say it. */
    public static final String COUNTING = "Working days are Monday to Friday except England and Wales bank holidays "
            + "(GOV.UK's list). The day of the event a clock starts from is day 0, so a decision due within 1 working day "
            + "of a referral on a Thursday is due on Friday.";

    private static final int ASSESSMENT_DAYS = 45;
    private static final int ICPC_DAYS = 15;
    /** 26 weeks beginning with the day of issue: the last day is the issue date plus 181 days. */
    private static final int PROCEEDINGS_LAST_DAY = 181;

    private static final Set<String> CORE_GROUPS = Set.of("core-group", "core-group-later");
    private static final Set<String> REVIEWS = Set.of("first-review", "next-review");
    private static final List<String> TIMESCALES = List.of("referral-decision", "assessment", "icpc", "core-group",
            "core-group-later", "first-review", "next-review", "care-proceedings");

    private final LedgerReadings ledger;
    private final WorkingDayCalendar calendar;

    TimelinessMeasures(LedgerReadings ledger, WorkingDayCalendar calendar) {
        this.ledger = ledger;
        this.calendar = calendar;
    }

    /** Every measure for the teams, {@code from} and {@code to} included. */
    public TimelinessReport measure(LocalDate from, LocalDate to, List<String> teams) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        Period period = new Period(from, to, teams);
        List<Step> steps = ledger.steps(teams, TIMESCALES, from, to);
        Map<String, LocalDate> assessmentStarts = ledger.assessmentStarts(teams, from, to);
        List<Measure> measures = new ArrayList<>();
        measures.add(onTime(period, Definition.REFERRAL_DECISION, of(steps, "referral-decision"::equals), true));
        List<Step> assessments = of(steps, "assessment"::equals);
        measures.add(onTime(period, Definition.ASSESSMENT, assessments, true));
        measures.add(withinFromStart(period, Definition.ASSESSMENT_DFE, assessments.stream()
                .filter(step -> assessmentStarts.containsKey(step.processInstanceId()))
                .map(step -> startingOn(step, assessmentStarts.get(step.processInstanceId()))).toList(), ASSESSMENT_DAYS));
        List<Step> conferences = of(steps, "icpc"::equals);
        measures.add(onTime(period, Definition.ICPC, conferences, true));
        measures.add(withinFromStart(period, Definition.ICPC_DFE, conferences, ICPC_DAYS));
        measures.add(onTime(period, Definition.CORE_GROUP, of(steps, CORE_GROUPS::contains), false));
        measures.add(onTime(period, Definition.REVIEW, of(steps, REVIEWS::contains), false));
        measures.add(onTime(period, Definition.VISIT, of(steps, timescale -> timescale.contains("visit")), false));
        measures.add(proceedings(period, of(steps, "care-proceedings"::equals)));
        measures.add(reReferrals(period, ledger.referrals(teams, from, to)));
        List<Instance> plans = ledger.plans(teams);
        measures.add(repeatPlans(period, plans));
        measures.add(longPlans(period, plans));
        return new TimelinessReport(from, to, teams, COUNTING, measures);
    }

    private record Period(LocalDate from, LocalDate to, List<String> teams) {

        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private static List<Step> of(List<Step> steps, Predicate<String> timescale) {
        return steps.stream().filter(step -> step.timescale() != null && timescale.test(step.timescale())).toList();
    }

    private static Step startingOn(Step step, LocalDate start) {
        return new Step(step.id(), step.processInstanceId(), step.caseReference(), step.team(), step.worker(), step.timescale(),
                start, step.deadline(), step.state(), step.doneOn(), step.onTime());
    }

    private boolean doneIn(Period period, Step step) {
        return step.done() && period.contains(step.doneOn());
    }

    /** Done by its deadline as the ledger recorded it (the deadline the case had then: a local switch, a held date). */
    private Measure onTime(Period period, Definition definition, List<Step> steps, boolean withDuration) {
        List<Observation> observations = new ArrayList<>();
        int overdue = 0;
        for (Step step : steps) {
            if (doneIn(period, step)) {
                Double days = withDuration && step.clockStart() != null
                        ? (double) calendar.workingDaysBetween(step.clockStart(), step.doneOn()) : null;
                observations.add(new Observation(step.team(), step.worker(), step.doneOn(), Boolean.TRUE.equals(step.onTime()), days));
            } else if (step.deadline().isBefore(period.to())) {
                overdue++;
            }
        }
        return measure(period, definition, observations, overdue);
    }

    /** Done within so many working days of the clock's start, whatever deadline the case had. */
    private Measure withinFromStart(Period period, Definition definition, List<Step> steps, int limit) {
        List<Observation> observations = new ArrayList<>();
        int overdue = 0;
        for (Step step : steps.stream().filter(step -> step.clockStart() != null).toList()) {
            if (doneIn(period, step)) {
                int days = calendar.workingDaysBetween(step.clockStart(), step.doneOn());
                observations.add(new Observation(step.team(), step.worker(), step.doneOn(), days <= limit, (double) days));
            } else if (calendar.workingDaysBetween(step.clockStart(), period.to()) > limit) {
                overdue++;
            }
        }
        return measure(period, definition, observations, overdue);
    }

    /** Weeks from the issue (day 1) to the final hearing, as the process records them; within 26 whatever extensions. */
    private Measure proceedings(Period period, List<Step> steps) {
        List<Observation> observations = new ArrayList<>();
        int overdue = 0;
        for (Step step : steps.stream().filter(step -> step.clockStart() != null).toList()) {
            LocalDate lastDay = step.clockStart().plusDays(PROCEEDINGS_LAST_DAY);
            if (doneIn(period, step)) {
                double weeks = Tally.round((ChronoUnit.DAYS.between(step.clockStart(), step.doneOn()) + 1) / 7.0);
                observations.add(new Observation(step.team(), step.worker(), step.doneOn(), !step.doneOn().isAfter(lastDay), weeks));
            } else if (lastDay.isBefore(period.to())) {
                overdue++;
            }
        }
        return measure(period, Definition.CARE_PROCEEDINGS, observations, overdue);
    }

    /** Referrals received in the period of a case with another received in the 12 months before. */
    private Measure reReferrals(Period period, List<Instance> referrals) {
        Map<String, List<Instance>> byCase = byCase(referrals);
        List<Observation> observations = new ArrayList<>();
        for (Instance referral : referrals) {
            if (referral.caseReference() != null && period.teams().contains(referral.team()) && period.contains(referral.started())) {
                boolean again = byCase.get(referral.caseReference()).stream().anyMatch(earlier -> earlier != referral
                        && earlier.started().isBefore(referral.started())
                        && !earlier.started().isBefore(referral.started().minusMonths(12)));
                observations.add(new Observation(referral.team(), referral.worker(), referral.started(), again, null));
            }
        }
        return measure(period, Definition.RE_REFERRAL, observations, 0);
    }

    /** Plans started in the period of a case that had a plan before (ever, as far as the ledger knows). */
    private Measure repeatPlans(Period period, List<Instance> plans) {
        Map<String, List<Instance>> byCase = byCase(plans);
        List<Observation> observations = new ArrayList<>();
        for (Instance plan : plans) {
            if (plan.caseReference() != null && period.teams().contains(plan.team()) && period.contains(plan.started())) {
                List<Instance> ofCase = byCase.get(plan.caseReference());
                boolean second = ofCase.indexOf(plan) > 0;
                observations.add(new Observation(plan.team(), plan.worker(), plan.started(), second, null));
            }
        }
        return measure(period, Definition.REPEAT_PLAN, observations, 0);
    }

    /** Plans that ended in the period, and how many of them had lasted two years; those open two years at its end. */
    private Measure longPlans(Period period, List<Instance> plans) {
        List<Observation> observations = new ArrayList<>();
        int stillOpen = 0;
        for (Instance plan : plans.stream().filter(plan -> period.teams().contains(plan.team())).toList()) {
            LocalDate twoYears = plan.started().plusYears(2);
            if (plan.ended() != null && period.contains(plan.ended())) {
                observations.add(new Observation(plan.team(), plan.worker(), plan.ended(), !plan.ended().isBefore(twoYears), null));
            } else if ((plan.ended() == null || plan.ended().isAfter(period.to())) && !plan.started().isAfter(period.to())
                    && !period.to().isBefore(twoYears)) {
                stillOpen++;
            }
        }
        return measure(period, Definition.LONG_PLAN, observations, stillOpen);
    }

    /** Each case's instances, earliest first. */
    private static Map<String, List<Instance>> byCase(List<Instance> instances) {
        return instances.stream().filter(instance -> instance.caseReference() != null && instance.started() != null)
                .sorted(Comparator.comparing(Instance::started).thenComparing(Instance::processInstanceId))
                .collect(Collectors.groupingBy(Instance::caseReference));
    }

    private static Measure measure(Period period, Definition definition, List<Observation> observations, int overdueAtEnd) {
        return new Measure(definition.id(), definition.title(), definition.basis(), definition.measuredFrom(),
                definition.measuredTo(), definition.unit(), definition.limit(), definition.higherIsBetter(), definition.national(),
                definition.note(), Tally.of(observations), overdueAtEnd, Tally.byTeam(period.teams(), observations),
                Tally.byWorker(observations), Tally.byMonth(period.from(), period.to(), observations));
    }
}
