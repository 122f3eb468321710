package org.careflow.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The Modeler element templates shipped beside the models offer exactly the timescales of
 * processes/timescales.dmn and write exactly the properties the engine reads, so a process owner
 * who picks from them declares a step the engine and the lint accept.
 */
class ElementTemplatesTest {

    private static final File TEMPLATES = new File("processes/.camunda/element-templates");
    private static final Set<String> DECLARATION = Set.of(StepDeclaration.TIMESCALE, StepDeclaration.TIMESCALE_IN,
            StepDeclaration.CLOCK_STARTS_FROM, StepDeclaration.REPEATS_FROM, StepDeclaration.REPEAT_TIMESCALE,
            StepDeclaration.DEADLINE_IN, StepDeclaration.DONE_ON, StepDeclaration.DEADLINE_OF, StepDeclaration.ESCALATES);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theTimescalesOfferedAreTheRulesOfTheTimescalesDecision() throws IOException {
        Set<String> rules = new TreeSet<>();
        for (Rule rule : Dmn.readModelFromFile(new File("processes/timescales.dmn")).getModelElementsByType(Rule.class)) {
            rules.add(rule.getInputEntries().iterator().next().getTextContent().strip().replace("\"", ""));
        }
        for (String template : List.of("statutory-step.json", "statutory-timer.json")) {
            for (JsonNode property : template(template).path("properties")) {
                if (property.path("type").asText().equals("Dropdown")) {
                    Set<String> offered = new TreeSet<>();
                    property.path("choices").forEach(choice -> offered.add(choice.path("value").asText()));
                    offered.remove("");
                    assertThat(offered).as(template + " " + property.path("label").asText()).isEqualTo(rules);
                }
            }
        }
    }

    @Test
    void everyPropertyATemplateWritesIsOneTheDeclarationReads() throws IOException {
        List<String> written = new ArrayList<>();
        for (String template : List.of("statutory-step.json", "statutory-timer.json", "escalation.json")) {
            template(template).path("properties").forEach(property -> {
                if (property.path("binding").path("type").asText().equals("camunda:property")) {
                    written.add(property.path("binding").path("name").asText());
                }
            });
        }
        assertThat(written).isNotEmpty().allSatisfy(name -> assertThat(DECLARATION).contains(name));
    }

    @Test
    void theEscalationTemplateCallsTheEscalationWithTheCaseReferenceOnly() throws IOException {
        JsonNode escalation = template("escalation.json");
        assertThat(escalation.path("properties").findValuesAsText("value")).contains(DeclaredSteps.ESCALATION_PROCESS);
        assertThat(escalation.path("properties").findValuesAsText("type")).contains("camunda:in:businessKey")
                .doesNotContain("camunda:in");
    }

    private JsonNode template(String name) throws IOException {
        return json.readTree(new File(TEMPLATES, name));
    }
}
