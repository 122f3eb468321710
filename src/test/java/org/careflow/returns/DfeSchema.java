package org.careflow.returns;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constraints of DfE's children's social care API (DFE-Digital/children-in-social-care-schemas,
 * openapi.json 1.0.1, #/components/schemas/CSC), as read there and written out here: each object's
 * properties (no others), the required ids, each string's pattern and length, dates, booleans and the
 * lists' limits. No null anywhere: the schema allows none.
 */
final class DfeSchema {

    private static final String ID36 = "^[A-Za-z0-9_-]*$";

    /** A property's constraint: its type ("string", "date", "boolean", "object", "array"), and its limits. */
    record Rule(String type, Integer maxLength, Integer minLength, String pattern, String items, Integer maxItems) {

        static Rule string(Integer max) {
            return new Rule("string", max, null, null, null, null);
        }

        static Rule id(int max, String pattern) {
            return new Rule("string", max, null, pattern, null, null);
        }
    }

    private static final Rule DATE = new Rule("date", null, null, null, null, null);
    private static final Rule BOOLEAN = new Rule("boolean", null, null, null, null, null);

    static final Map<String, Map<String, Rule>> OBJECTS = Map.of(
            "child", Map.of("la_child_id", Rule.id(20, "^[A-Za-z0-9]+$"), "mis_child_id", Rule.id(36, ID36), "purge", BOOLEAN,
                    "child_details", new Rule("object", null, null, null, "child_details", null),
                    "health_and_wellbeing", new Rule("object", null, null, null, "health_and_wellbeing", null),
                    "social_care_episodes", new Rule("array", null, null, null, "episode", null)),
            "child_details", Map.ofEntries(Map.entry("unique_pupil_number", new Rule("string", 13, 13, null, null, null)),
                    Map.entry("former_unique_pupil_number", new Rule("string", 13, 13, null, null, null)),
                    Map.entry("unique_pupil_number_unknown_reason", Rule.string(4)), Map.entry("first_name", Rule.string(null)),
                    Map.entry("surname", Rule.string(null)), Map.entry("date_of_birth", DATE),
                    Map.entry("expected_date_of_birth", DATE), Map.entry("sex", Rule.string(1)), Map.entry("ethnicity", Rule.string(4)),
                    Map.entry("disabilities", new Rule("array", null, null, null, "string4", 12)), Map.entry("postcode", Rule.string(8)),
                    Map.entry("uasc_flag", BOOLEAN), Map.entry("uasc_end_date", DATE), Map.entry("purge", BOOLEAN)),
            "episode", Map.ofEntries(Map.entry("social_care_episode_id", Rule.id(36, ID36)), Map.entry("referral_date", DATE),
                    Map.entry("referral_source", Rule.string(2)), Map.entry("referral_no_further_action_flag", BOOLEAN),
                    Map.entry("closure_date", DATE), Map.entry("closure_reason", Rule.string(3)),
                    Map.entry("care_worker_details", new Rule("array", null, null, null, "worker", null)),
                    Map.entry("child_and_family_assessments", new Rule("array", null, null, null, "assessment", null)),
                    Map.entry("child_in_need_plans", new Rule("array", null, null, null, "plan", null)),
                    Map.entry("section_47_assessments", new Rule("array", null, null, null, "section47", null)),
                    Map.entry("child_protection_plans", new Rule("array", null, null, null, "cpp", null)),
                    Map.entry("child_looked_after_placements", new Rule("array", null, null, null, "placement", null)),
                    Map.entry("adoption", new Rule("object", null, null, null, "adoption", null)),
                    Map.entry("care_leavers", new Rule("object", null, null, null, "care_leavers", null)),
                    Map.entry("purge", BOOLEAN)),
            "assessment", Map.of("child_and_family_assessment_id", Rule.id(36, ID36), "start_date", DATE, "authorisation_date", DATE,
                    "factors", new Rule("array", null, null, null, "string3", 41), "purge", BOOLEAN),
            "section47", Map.of("section_47_assessment_id", Rule.id(36, ID36), "start_date", DATE, "icpc_required_flag", BOOLEAN,
                    "icpc_date", DATE, "end_date", DATE, "purge", BOOLEAN),
            "plan", Map.of("child_in_need_plan_id", Rule.id(36, ID36), "start_date", DATE, "end_date", DATE, "purge", BOOLEAN),
            "cpp", Map.of("child_protection_plan_id", Rule.id(36, ID36), "start_date", DATE, "end_date", DATE, "purge", BOOLEAN),
            "worker", Map.of("worker_id", Rule.id(12, ID36), "start_date", DATE, "end_date", DATE));

    private static final Map<String, String> REQUIRED = Map.of("child", "la_child_id", "episode", "social_care_episode_id",
            "assessment", "child_and_family_assessment_id", "section47", "section_47_assessment_id", "cpp", "child_protection_plan_id",
            "plan", "child_in_need_plan_id");

    private DfeSchema() {
    }

    /** Every way the batch breaks the schema; empty when it keeps to it. */
    static List<String> problems(JsonNode batch) {
        List<String> problems = new ArrayList<>();
        if (!batch.isArray()) {
            problems.add("the body is not an array");
            return problems;
        }
        if (batch.size() > 100) {
            problems.add("the batch holds " + batch.size() + " children, more than 100");
        }
        for (int i = 0; i < batch.size(); i++) {
            object("[" + i + "]", "child", batch.get(i), problems);
        }
        return problems;
    }

    private static void object(String path, String kind, JsonNode node, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + " is not an object");
            return;
        }
        Map<String, Rule> rules = OBJECTS.get(kind);
        if (rules == null) {
            problems.add(path + " is a " + kind + ", which CareFlow does not send yet");
            return;
        }
        if (REQUIRED.containsKey(kind) && !node.has(REQUIRED.get(kind))) {
            problems.add(path + " has no " + REQUIRED.get(kind));
        }
        node.fields().forEachRemaining(field -> {
            Rule rule = rules.get(field.getKey());
            String at = path + "." + field.getKey();
            if (rule == null) {
                problems.add(at + " is not a property of " + kind);
            } else {
                value(at, rule, field.getValue(), problems);
            }
        });
    }

    private static void value(String at, Rule rule, JsonNode value, List<String> problems) {
        if (value.isNull()) {
            problems.add(at + " is null");
            return;
        }
        switch (rule.type()) {
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + " is not a boolean");
                }
            }
            case "date" -> {
                try {
                    if (!value.isTextual() || !value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw new DateTimeParseException("not YYYY-MM-DD", value.asText(), 0);
                    }
                    LocalDate.parse(value.asText());
                } catch (DateTimeParseException e) {
                    problems.add(at + " is not a date: " + value);
                }
            }
            case "string" -> string(at, rule, value, problems);
            case "object" -> object(at, rule.items(), value, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + " is not an array");
                    return;
                }
                if (rule.maxItems() != null && value.size() > rule.maxItems()) {
                    problems.add(at + " has more than " + rule.maxItems() + " items");
                }
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    if (rule.items().startsWith("string")) {
                        string(at + "[" + i + "]", Rule.string(Integer.parseInt(rule.items().substring(6))), item, problems);
                        if (!seen.add(item.asText())) {
                            problems.add(at + " repeats " + item);
                        }
                    } else {
                        object(at + "[" + i + "]", rule.items(), item, problems);
                    }
                }
            }
            default -> problems.add(at + ": no rule of type " + rule.type());
        }
    }

    private static void string(String at, Rule rule, JsonNode value, List<String> problems) {
        if (!value.isTextual()) {
            problems.add(at + " is not a string");
            return;
        }
        String text = value.asText();
        if (rule.maxLength() != null && text.length() > rule.maxLength()) {
            problems.add(at + " is longer than " + rule.maxLength() + ": " + text);
        }
        if (rule.minLength() != null && text.length() < rule.minLength()) {
            problems.add(at + " is shorter than " + rule.minLength() + ": " + text);
        }
        if (rule.pattern() != null && !text.matches(rule.pattern())) {
            problems.add(at + " does not match " + rule.pattern() + ": " + text);
        }
    }
}
