package org.careflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A form's rules on the server: a value of the wrong type is refused before it can pass the others unseen. */
class FormFieldTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static final String FORM = """
            {"components": [
              {"type": "select", "key": "decision", "label": "Decision", "validate": {"required": true},
               "values": [{"label": "Assessment", "value": "assessment"}, {"label": "No further action", "value": "nfa"}]},
              {"type": "number", "key": "safetyScale", "label": "Scale", "validate": {"min": 0, "max": 10}},
              {"type": "checkbox", "key": "byPolice", "label": "Police"},
              {"type": "datetime", "subtype": "date", "key": "heldOn", "dateLabel": "Held on"},
              {"type": "datetime", "subtype": "date", "key": "newTargetDate", "dateLabel": "New target date",
               "disallowPassedDates": true},
              {"type": "textfield", "key": "note"}
            ]}""";

    private final Map<String, FormField> fields = fields();

    @Test
    void anOptionIsAStringAmongTheOptions() {
        assertThat(problem("decision", "assessment")).isEmpty();
        assertThat(problem("decision", "west")).hasValueSatisfying(p -> assertThat(p).contains("must be one of"));
        assertThat(problem("decision", 3)).hasValue("decision (Decision) must be one of [assessment, nfa], not 3 (a Integer)");
    }

    @Test
    void aNumberIsANumberWithinItsRange() {
        assertThat(problem("safetyScale", 5)).isEmpty();
        assertThat(problem("safetyScale", 5.5d)).isEmpty();
        assertThat(problem("safetyScale", 11L)).hasValue("safetyScale (Scale) must be at most 10");
        assertThat(problem("safetyScale", "-5")).hasValue("safetyScale (Scale) must be a number, not '-5'");
        assertThat(problem("safetyScale", "5")).hasValue("safetyScale (Scale) must be a number, not '5'");
    }

    @Test
    void aCheckboxIsABoolean() {
        assertThat(problem("byPolice", true)).isEmpty();
        assertThat(problem("byPolice", "yes")).hasValue("byPolice (Police) must be true or false, not 'yes'");
    }

    @Test
    void aDateIsAPlausibleDate() {
        assertThat(problem("heldOn", "2026-11-30")).isEmpty();
        assertThat(problem("heldOn", new Date())).isEmpty();
        assertThat(problem("heldOn", "30/11/2026")).hasValueSatisfying(p -> assertThat(p).startsWith("heldOn must be an ISO-8601 date"));
        assertThat(problem("heldOn", "0001-01-01")).hasValueSatisfying(p -> assertThat(p).contains("from 1900-01-01 to 9999-12-31"));
        assertThat(problem("heldOn", 20261130)).isPresent();
    }

    @Test
    void aDateThatDisallowsPassedDatesIsTodayOrLater() {
        assertThat(problem("newTargetDate", "2026-12-01")).isEmpty();
        assertThat(problem("newTargetDate", "2027-01-15")).isEmpty();
        assertThat(problem("newTargetDate", "2026-11-30"))
                .hasValue("newTargetDate (New target date) must be today or later, not 2026-11-30");
    }

    @Test
    void textIsNotTypeChecked() {
        assertThat(problem("note", 42)).isEmpty();
    }

    private Optional<String> problem(String key, Object value) {
        return fields.get(key).problemWith(value, LONDON, TODAY);
    }

    private static Map<String, FormField> fields() {
        try {
            List<FormField> all = FormField.of(new ObjectMapper().readTree(FORM));
            return all.stream().collect(Collectors.toMap(FormField::key, field -> field));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
