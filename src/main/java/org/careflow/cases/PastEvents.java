package org.careflow.cases;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.EventDates;
import org.careflow.timescales.InvalidEventDateException;
import org.springframework.stereotype.Component;

/**
 * The dates of events that have happened (a referral received, a discussion or conference held):
 * each must be a date or a date-time with offset, and not later than now. Used when a case starts
 * and when a form records such a date, e.g. {@code ${pastEvents.check(task, 'initialConferenceOn')}}.
 */
@Component("pastEvents")
public class PastEvents {

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
        for (String required : variables.split(",")) {
            String spec = required.trim();
            if (spec.endsWith("?")) {
                String name = spec.substring(0, spec.length() - 1);
                if (scope.getVariable(name) != null) {
                    checkOne(name, scope.getVariable(name));
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
            present.forEach(name -> checkOne(name, scope.getVariable(name)));
        }
    }

    /** Checks one value as the date of an event that has happened, naming the variable if it is not. */
    public void checkOne(String name, Object value) {
        Instant happened;
        try {
            happened = EventDates.parse(name, value).instant(calendar.zone());
        } catch (InvalidEventDateException e) {
            throw new InvalidInputException(name, e.getMessage());
        }
        if (happened.isAfter(ClockUtil.getCurrentTime().toInstant())) {
            throw new InvalidInputException(name,
                    name + " is the date of an event that has happened, so it cannot be later than now");
        }
    }
}
