package org.careflow.steps;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rule of one statutory step, as its BPMN element declares it in Camunda extension properties
 * (Modeler's properties panel, "Statutory step" template). Everything dated about the step follows
 * from it: the due date and follow-up of its tasks, the timer that fires when the deadline passes,
 * and the deadline its escalation is given.
 *
 * @param elementId       the declaring element: a user task, a sub-process whose tasks share the
 *                        deadline, or a timer that waits for a clock of its own
 * @param name            the element's name, as people read it
 * @param timescale       the timescale id in processes/timescales.dmn ({@value #TIMESCALE}); null when
 *                        the case chooses it ({@link #timescaleIn}) or the deadline is a date only
 * @param timescaleIn     the variable holding the timescale id, where each case chooses its standard
 *                        ({@value #TIMESCALE_IN}: a plan's visit frequency)
 * @param clockStartsFrom the variable with the date of the event the clock runs from ({@value #CLOCK_STARTS_FROM})
 * @param repeatsFrom     for a step that repeats, the variable with the actual date of the last
 *                        occurrence; once set, later occurrences run from it, never from a due date
 *                        ({@value #REPEATS_FROM})
 * @param repeatTimescale the timescale of later occurrences, where it differs ({@value #REPEAT_TIMESCALE})
 * @param deadlineIn      the variable holding the deadline date itself once the step has one (the end of
 *                        proceedings as extended, a listed hearing, a target date); the timescale then only
 *                        sets the reminder ({@value #DEADLINE_IN})
 * @param doneOn          where the step's timeliness is recorded when it ends: the variable with the date
 *                        it was done (a conference held), or {@value #ON_COMPLETION} for the day it is
 *                        completed ({@value #DONE_ON}); none for a step whose timeliness is not reported
 */
public record StepDeclaration(String elementId, String name, String timescale, String timescaleIn,
        String clockStartsFrom, String repeatsFrom, String repeatTimescale, String deadlineIn, String doneOn) {

    public static final String TIMESCALE = "careflow.timescale";
    public static final String TIMESCALE_IN = "careflow.timescaleIn";
    public static final String CLOCK_STARTS_FROM = "careflow.clockStartsFrom";
    public static final String REPEATS_FROM = "careflow.repeatsFrom";
    public static final String REPEAT_TIMESCALE = "careflow.repeatTimescale";
    public static final String DEADLINE_IN = "careflow.deadlineIn";
    public static final String DONE_ON = "careflow.doneOn";
    /** {@link #DONE_ON} for a step done when its task is completed (an assessment authorised). */
    public static final String ON_COMPLETION = "completion";
    /** On a timer that is not on the step's boundary: the id of the step whose deadline it waits for. */
    public static final String DEADLINE_OF = "careflow.deadlineOf";
    /** On an escalation that does not follow the step's own boundary timer: the id of the step it escalates. */
    public static final String ESCALATES = "careflow.escalates";

    /** Whether the element declares a rule at all: any of the properties above. */
    boolean declaresAnything() {
        return Stream.of(timescale, timescaleIn, clockStartsFrom, repeatsFrom, repeatTimescale, deadlineIn)
                .anyMatch(Objects::nonNull);
    }

    /** Whether a deadline can be computed before any date is held in {@link #deadlineIn}. */
    boolean computable() {
        return (timescale != null || timescaleIn != null) && clockStartsFrom != null;
    }

    /** Whether the step has a timescale to remind by: a date held without one (a listed hearing) has no reminder. */
    public boolean reminds() {
        return timescale != null || timescaleIn != null;
    }

    /** The variables with dates of events the step's clocks run from. */
    public Stream<String> facts() {
        return Stream.of(clockStartsFrom, repeatsFrom).filter(Objects::nonNull);
    }

    /**
     * Every variable the declaration reads that the process must set: its facts, the timescale a case
     * chooses, and a deadline date it holds unless the declaration sets that itself from its timescale.
     */
    public Stream<String> variables() {
        String done = ON_COMPLETION.equals(doneOn) ? null : doneOn;
        return Stream.concat(facts(), Stream.of(timescaleIn, computable() ? null : deadlineIn, done)).filter(Objects::nonNull);
    }

    /** The timescale ids the declaration names (not one a case chooses). */
    public Stream<String> timescales() {
        return Stream.of(timescale, repeatTimescale).filter(Objects::nonNull);
    }
}
