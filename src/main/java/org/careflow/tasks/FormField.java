package org.careflow.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One input of a Camunda Form and the rules the form declares for it. */
record FormField(String key, String label, boolean required, List<String> options, Double min, Double max,
                 String hiddenWhen) {

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
                    component.path("label").asText(component.get("key").asText()),
                    validate.path("required").asBoolean(false),
                    options,
                    validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
                    validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
                    hiddenWhen(component)));
        }
    }

    /** The FEEL condition under which the form hides the field, without form-js's leading '='. */
    private static String hiddenWhen(JsonNode component) {
        String hide = component.path("conditional").path("hide").asText(null);
        return hide == null || hide.isBlank() ? null : hide.replaceFirst("^\\s*=", "");
    }

    /** Why the value does not hold, or empty when it does. */
    Optional<String> problemWith(Object value) {
        if (isMissing(value)) {
            return required ? Optional.of(describe() + " is required") : Optional.empty();
        }
        if (!options.isEmpty() && value instanceof String text && !options.contains(text)) {
            return Optional.of(describe() + " must be one of " + options + ", not '" + text + "'");
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
