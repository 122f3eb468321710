package org.careflow.steps;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.Deadline;
import org.careflow.timescales.DeadlineCalculator;
import org.careflow.timescales.EventDates;
import org.careflow.timescales.EventTime;
import org.careflow.timescales.Timeliness;
import org.springframework.stereotype.Component;

/**
 * A declared step's deadline in one case: the date its declaration gives with the case's facts.
 * The task's due date, its reminder, the timer that escalates it and the deadline its escalation is
 * given are each read from here, so they cannot disagree.
 */
@Component
public class StepDeadlines {

    private final DeadlineCalculator calculator;
    private final Timeliness timeliness;
    private final List<FactsKeptOnARow> kept;

    StepDeadlines(DeadlineCalculator calculator, Timeliness timeliness, List<FactsKeptOnARow> kept) {
        this.calculator = calculator;
        this.timeliness = timeliness;
        this.kept = kept;
    }

    /**
     * The same rule read with another calculator, for deadlines worked out beside the engine (the
     * replay's expected deadlines, with the timescales in force when it began); it records nothing.
     */
    public static StepDeadlines computedBy(DeadlineCalculator calculator) {
        return new StepDeadlines(calculator, null, List.of());
    }

    /** When a step that reports its timeliness ends: whether it was done by its statutory deadline. */
    void recordTimeliness(StepDeclaration step, DelegateExecution execution) {
        Function<String, Object> facts = factsOf(execution);
        Object doneOn = StepDeclaration.ON_COMPLETION.equals(step.doneOn()) ? null : facts.apply(step.doneOn());
        timeliness.record(execution, step.timescale(), facts.apply(step.clockStartsFrom()), doneOn);
    }

    /**
     * A date already held ({@link StepDeclaration#deadlineIn}) is the deadline; otherwise a step that
     * has happened before runs from the actual date it last happened, the first occurrence from the
     * fact its clock starts from.
     */
    public Deadline of(StepDeclaration step, VariableScope scope) {
        return of(step, factsOf(scope));
    }

    /** The case's facts by name: a variable, else what its process keeps on a row ({@link FactsKeptOnARow}). */
    private Function<String, Object> factsOf(VariableScope scope) {
        return name -> {
            Object value = scope.getVariable(name);
            return value != null ? value
                    : kept.stream().map(row -> row.fact(scope, name)).filter(Objects::nonNull).findFirst().orElse(null);
        };
    }

    /** {@link #of(StepDeclaration, VariableScope)} with the case's facts looked up by name. */
    public Deadline of(StepDeclaration step, Function<String, Object> facts) {
        String timescale = timescaleOf(step, facts);
        Object held = step.deadlineIn() == null ? null : facts.apply(step.deadlineIn());
        if (held != null) {
            return calculator.onDate(held, timescale);
        }
        Object last = step.repeatsFrom() == null ? null : facts.apply(step.repeatsFrom());
        if (last != null) {
            return calculator.deadline(repeatTimescaleOf(step, timescale), last);
        }
        if (step.clockStartsFrom() == null) {
            throw new InvalidInputException(step.deadlineIn(), step.deadlineIn() + " is required: it is the deadline of "
                    + step.elementId());
        }
        Object start = facts.apply(step.clockStartsFrom());
        if (start == null) {
            throw new InvalidInputException(step.clockStartsFrom(), step.clockStartsFrom() + " is required: the clock of "
                    + step.elementId() + " (" + timescale + ") runs from it");
        }
        return calculator.deadline(timescale, start);
    }

    /**
     * When the step's clock started in this case, as {@link #of} reads it: the actual date the step
     * last happened where it repeats, else the fact its clock starts from; empty for a deadline held
     * as a date with no clock of its own.
     */
    public Optional<EventTime> clockStart(StepDeclaration step, VariableScope scope) {
        Function<String, Object> facts = factsOf(scope);
        for (String fact : new String[] {step.repeatsFrom(), step.clockStartsFrom()}) {
            Object value = fact == null ? null : facts.apply(fact);
            if (value != null) {
                return Optional.of(EventDates.parse(fact, value));
            }
        }
        return Optional.empty();
    }

    /** The end of the deadline day: a task's due date, and the deadline an escalation is given. */
    public Date due(StepDeclaration step, VariableScope scope) {
        return of(step, scope).dueAt();
    }

    /** The first moment the step is late: its timer. */
    public Date passed(StepDeclaration step, VariableScope scope) {
        return of(step, scope).passedAt();
    }

    /** The reminder day, a task's follow-up date; none for a date held without a timescale to remind by. */
    public Date reminder(StepDeclaration step, VariableScope scope) {
        return step.reminds() ? of(step, scope).reminderAt() : null;
    }

    /**
     * The timescale this occurrence runs by, as {@link #of} reads it: a repeat's own where it has one
     * (a later review), else the step's (or the one the case chose).
     */
    public String timescaleInForce(StepDeclaration step, VariableScope scope) {
        return timescaleInForce(step, factsOf(scope));
    }

    /** {@link #timescaleInForce(StepDeclaration, VariableScope)} with the case's facts looked up by name. */
    public String timescaleInForce(StepDeclaration step, Function<String, Object> facts) {
        String timescale = timescaleOf(step, facts);
        boolean repeats = step.repeatsFrom() != null && facts.apply(step.repeatsFrom()) != null
                && (step.deadlineIn() == null || facts.apply(step.deadlineIn()) == null);
        return repeats ? repeatTimescaleOf(step, timescale) : timescale;
    }

    private static String repeatTimescaleOf(StepDeclaration step, String timescale) {
        return step.repeatTimescale() != null ? step.repeatTimescale() : timescale;
    }

    private static String timescaleOf(StepDeclaration step, Function<String, Object> facts) {
        if (step.timescaleIn() == null) {
            return step.timescale();
        }
        if (!(facts.apply(step.timescaleIn()) instanceof String chosen)) {
            throw new InvalidInputException(step.timescaleIn(), step.timescaleIn() + " is required: it names the timescale of "
                    + step.elementId());
        }
        return chosen;
    }
}
