package org.careflow.lookedafter;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.codes.CodeLists;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.EventDates;
import org.springframework.stereotype.Component;

/**
 * What the looked-after and care leaver forms answer, read as the returns need it: a code from its
 * list ({@code codes/codes.yaml}), yes or no, a date; each refused, naming its variable, when it is
 * missing or not one.
 */
@Component
class Answers {

    private final CodeLists codes;
    private final WorkingDayCalendar calendar;

    Answers(CodeLists codes, WorkingDayCalendar calendar) {
        this.codes = codes;
        this.calendar = calendar;
    }

    /** A coded value: required or not, in its code list where one is named (else any text). */
    String coded(VariableScope scope, String variable, String list, boolean required) {
        String value = text(scope, variable);
        if (value == null) {
            if (required) {
                throw new InvalidInputException(variable, variable + " is required");
            }
            return null;
        }
        if (list != null) {
            codes.get(list).problemWith(value).ifPresent(problem -> {
                throw new InvalidInputException(variable, variable + ": " + problem);
            });
        }
        return value;
    }

    /** {@code yes} or {@code no}, required or not. */
    String yesOrNo(VariableScope scope, String variable, boolean required) {
        String answer = coded(scope, variable, null, required);
        if (answer != null && !answer.equals("yes") && !answer.equals("no")) {
            throw new InvalidInputException(variable, variable + " is yes or no, not '" + answer + "'");
        }
        return answer;
    }

    /** A required date, as the day it is in the authority's zone. */
    LocalDate date(VariableScope scope, String variable) {
        Object value = scope.getVariable(variable);
        if (value == null) {
            throw new InvalidInputException(variable, variable + " is required");
        }
        return EventDates.parse(variable, value).date(calendar.zone());
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value instanceof String text && text.isBlank() ? null : value.toString().trim();
    }
}
