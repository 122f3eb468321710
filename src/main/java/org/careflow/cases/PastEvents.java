package org.careflow.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.EventDates;
import org.careflow.timescales.EventTime;
import org.careflow.timescales.InvalidEventDateException;
import org.springframework.stereotype.Component;

/**
 * The dates of events that have happened (a referral received, a discussion or conference held):
 * each must be a date or a date-time with offset, from 1900 on ({@link EventDates}), not later than
 * now, and not before the child was born where the case knows when ({@code childDateOfBirth}). Used
 * when a case starts and when a form records such a date, e.g.
 * {@code ${pastEvents.check(task, 'initialConferenceOn')}}.
 */
@Component("pastEvents")
public class PastEvents {

    private static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";

    private final WorkingDayCalendar calendar;

    PastEvents(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Checks the named variables, comma separated. Alternatives separated by {@code |} mean that at
     * least one of them is required ({@code strategyDiscussionOn|thresholdMetAt}); a name ending in
     * {@code ?} is optional, checked only when it is there ({@code lastReviewOn?}).
     */
    public void check(VariableScope scope, String variables) {
        LocalDate born = bornOn(scope);
        for (String required : variables.split(",")) {
            String spec = required.trim();
            if (spec.endsWith("?")) {
                String name = spec.substring(0, spec.length() - 1);
                Object value = scope.getVariable(name);
                // a form's optional date left empty may come as an empty string
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    checkOne(name, value, born);
                }
                continue;
            }
            List<String> alternatives = Arrays.stream(spec.split("\\|")).map(String::trim)
                    .filter(name -> !name.isEmpty()).toList();
            if (alternatives.isEmpty()) {
                continue;
            }
            List<String> present = alternatives.stream().filter(name -> scope.getVariable(name) != null).toList();
            if (present.isEmpty()) {
                throw new InvalidInputException(alternatives.get(0), alternatives.size() == 1
                        ? alternatives.get(0) + " is required"
                        : "one of " + String.join(", ", alternatives) + " is required");
            }
            present.forEach(name -> checkOne(name, scope.getVariable(name), born));
        }
    }

    /** Checks one value as the date of an event that has happened, naming the variable if it is not. */
    public void checkOne(String name, Object value) {
        checkOne(name, value, null);
    }

    private void checkOne(String name, Object value, LocalDate born) {
        EventTime happened = parse(name, value);
        if (happened.instant(calendar.zone()).isAfter(EngineClock.now())) {
            throw new InvalidInputException(name,
                    name + " is the date of an event that has happened, so it cannot be later than now");
        }
        if (born != null && happened.date(calendar.zone()).isBefore(born)) {
            throw new InvalidInputException(name, name + " (" + value + ") is before the child was born ("
                    + CHILD_DATE_OF_BIRTH + " " + born + ")");
        }
    }

    /**
     * The child's date of birth where the case has one, read as a date (so one that is not a date is
     * refused wherever dates are checked, naming it). It is not required to have passed: a case may
     * record an unborn child's expected date.
     */
    private LocalDate bornOn(VariableScope scope) {
        Object born = scope.getVariable(CHILD_DATE_OF_BIRTH);
        return born == null ? null : parse(CHILD_DATE_OF_BIRTH, born).date(calendar.zone());
    }

    private static EventTime parse(String name, Object value) {
        try {
            return EventDates.parse(name, value);
        } catch (InvalidEventDateException e) {
            throw new InvalidInputException(name, e.getMessage());
        }
    }
}
