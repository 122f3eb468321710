package org.careflow.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.careflow.timescales.EventDates;
import org.careflow.timescales.InvalidEventDateException;

/**
 * One input of a Camunda Form and the rules the form declares for it: its type first (an option is
 * a String, a number a Number, a checkbox a Boolean, a date a date), since a value of another type
 * passes every other rule unseen and fails later, where the case reads it.
 */
record FormField(String key, String label, String type, boolean required, List<String> options, Double min, Double max,
                 boolean disallowPassedDates, String hiddenWhen, String codeList, String notBefore, String notBeforeName,
                 String pattern, List<String> codesLeftOut) {

    /** The field property naming the code list of {@code codes/codes.yaml} its value is in. */
    static final String CODE_LIST = "codeList";
    /** The field property naming codes of its list the step cannot know yet (UN7, no further action, at a referral's start). */
    static final String CODES_LEFT_OUT = "codesLeftOut";
    /** The field property naming the variable with the date a date field may not be before (an authorisation, its assessment's start). */
    static final String NOT_BEFORE = "notBefore";
    /** The field property saying, in words, what the {@link #NOT_BEFORE} date is (the letter before proceedings). */
    static final String NOT_BEFORE_NAME = "notBeforeName";

    private static final List<String> OPTION_TYPES = List.of("select", "radio");

    /** The inputs of a form schema, groups included, as form-js declares them. */
    static List<FormField> of(JsonNode schema) {
        List<FormField> fields = new ArrayList<>();
        collect(schema.path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), fields);
            }
            if (!component.hasNonNull("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> options = new ArrayList<>();
            component.path("values").forEach(value -> options.add(value.path("value").asText()));
            fields.add(new FormField(
                    component.get("key").asText(),
                    component.path("label").asText(component.path("dateLabel").asText(component.get("key").asText())),
                    type(component),
                    validate.path("required").asBoolean(false),
                    options,
                    validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
                    validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
                    component.path("disallowPassedDates").asBoolean(false),
                    hiddenWhen(component),
                    component.path("properties").path(CODE_LIST).asText(null),
                    component.path("properties").path(NOT_BEFORE).asText(null),
                    component.path("properties").path(NOT_BEFORE_NAME).asText(null),
                    validate.path("pattern").asText(null),
                    List.of(component.path("properties").path(CODES_LEFT_OUT).asText("").trim().split("\\s+"))));
        }
    }

    /** form-js's type, a datetime by what it asks for: {@code date}, {@code datetime} or {@code time}. */
    private static String type(JsonNode component) {
        String type = component.path("type").asText();
        return type.equals("datetime") ? component.path("subtype").asText("date") : type;
    }

    /** The FEEL condition under which the form hides the field, without form-js's leading '='. */
    private static String hiddenWhen(JsonNode component) {
        String hide = component.path("conditional").path("hide").asText(null);
        return hide == null || hide.isBlank() ? null : hide.replaceFirst("^\\s*=", "");
    }

    /** Why the value does not hold on {@code today} (in the zone dates are read in), or empty when it does. */
    Optional<String> problemWith(Object value, ZoneId zone, LocalDate today) {
        if (isMissing(value)) {
            return required ? Optional.of(describe() + " is required") : Optional.empty();
        }
        if (OPTION_TYPES.contains(type) && !options.isEmpty() && !(value instanceof String text && options.contains(text))) {
            return Optional.of(describe() + " must be one of " + options + ", not " + shown(value));
        }
        if (type.equals("number") && !(value instanceof Number)) {
            return Optional.of(describe() + " must be a number, not " + shown(value));
        }
        if (type.equals("checkbox") && !(value instanceof Boolean)) {
            return Optional.of(describe() + " must be true or false, not " + shown(value));
        }
        if (type.equals("date") || type.equals("datetime")) {
            return problemWithDate(value, zone, today);
        }
        if (pattern != null && value instanceof String text && !text.matches(pattern)) {
            return Optional.of(describe() + " must match " + pattern + ", not " + shown(value));
        }
        if (value instanceof Number number) {
            if (min != null && number.doubleValue() < min) {
                return Optional.of(describe() + " must be at least " + format(min));
            }
            if (max != null && number.doubleValue() > max) {
                return Optional.of(describe() + " must be at most " + format(max));
            }
        }
        return Optional.empty();
    }

    private Optional<String> problemWithDate(Object value, ZoneId zone, LocalDate today) {
        LocalDate date;
        try {
            date = EventDates.parse(key, value).date(zone);
        } catch (InvalidEventDateException e) {
            return Optional.of(e.getMessage());
        }
        if (disallowPassedDates && date.isBefore(today)) {
            return Optional.of(describe() + " must be today or later, not " + date);
        }
        return Optional.empty();
    }

    private static String shown(Object value) {
        return value instanceof String text ? "'" + text + "'" : value + " (a " + value.getClass().getSimpleName() + ")";
    }

    private String describe() {
        return Objects.equals(label, key) ? key : key + " (" + label + ")";
    }

    private static boolean isMissing(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty()
                || Boolean.FALSE.equals(value);
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
