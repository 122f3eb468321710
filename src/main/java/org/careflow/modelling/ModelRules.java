package org.careflow.modelling;

import static org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.impl.form.deployer.CamundaFormDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.careflow.steps.DeclaredSteps;
import org.careflow.steps.FactsKeptOnARow;
import org.careflow.steps.ModelProblem;
import org.careflow.steps.StepDeclaration;
import org.springframework.stereotype.Component;

/**
 * What a model needs before CareFlow runs it: every user task has a form and a candidate group,
 * every form it uses comes with it, it has a diagram, it keeps its history long enough, and its
 * statutory steps are declared so that they can run (their timescales exist, their clocks start
 * from facts the process sets). Camunda itself refuses a model without a history time to live.
 */
@Component
class ModelRules {

    // A DMN engine of its own: evaluating with the process engine's would write decision history.
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final ObjectMapper json;
    private final long minimumHistoryDays;
    private final List<FactsKeptOnARow> kept;

    ModelRules(ObjectMapper json, HistoryProperties history, List<FactsKeptOnARow> kept) {
        this.json = json;
        this.minimumHistoryDays = history.minimumTimeToLive().toDays();
        this.kept = kept;
    }

    /** The problems of the executable processes of one BPMN file of a deployment being made. */
    List<Problem> check(Element definitions, List<ProcessDefinitionEntity> processes, DeploymentEntity deployment) {
        List<Problem> problems = new ArrayList<>();
        Set<String> forms = formsIn(deployment);
        for (Element process : definitions.elements("process")) {
            ProcessDefinitionEntity definition = processes.stream()
                    .filter(candidate -> candidate.getKey().equals(process.attribute("id"))).findFirst().orElse(null);
            if (definition == null) {
                continue; // not executable: nothing of it ever runs
            }
            checkProcess(process, definition, problems);
            forEachElement(process, element -> {
                checkUserTask(element, problems);
                checkFormReference(element, forms, problems);
            });
        }
        return problems;
    }

    private void checkProcess(Element process, ProcessDefinitionEntity definition, List<Problem> problems) {
        if (!definition.isGraphicalNotationDefined()) {
            problems.add(new Problem(process, "Process " + describe(process) + " has no diagram (no BPMNDiagram with a"
                    + " BPMNPlane for it): open it in Camunda Modeler and save it, so that people can see the process"));
        }
        Integer days = definition.getHistoryTimeToLive();
        if (days != null && days < minimumHistoryDays) {
            problems.add(new Problem(process, "Process " + describe(process) + " keeps its history " + days
                    + " days, but CareFlow keeps the audit of a process at least " + minimumHistoryDays
                    + " days (careflow.history.minimum-time-to-live): set its History time to live to P"
                    + minimumHistoryDays + "D"));
        }
    }

    private static void checkUserTask(Element element, List<Problem> problems) {
        if (!"userTask".equals(element.getTagName())) {
            return;
        }
        if (camunda(element, "formRef") == null && camunda(element, "formKey") == null) {
            problems.add(new Problem(element, "User task " + describe(element) + " has no form: give it a Camunda Form"
                    + " (form reference, binding 'deployment') and deploy the form with it"));
        }
        if (camunda(element, "candidateGroups") == null && camunda(element, "assignee") == null) {
            problems.add(new Problem(element, "User task " + describe(element) + " has no candidate group, so nobody"
                    + " would see it in Tasklist: set its candidate groups, for example ${team}"));
        }
    }

    private static void checkFormReference(Element element, Set<String> forms, List<Problem> problems) {
        String form = camunda(element, "formRef");
        if (form != null && !isExpression(form) && !forms.contains(form)) {
            problems.add(new Problem(element, describe(element) + " uses the form '" + form + "', which this deployment"
                    + " does not contain: deploy the form with the model. In Camunda Modeler: Deploy, Include additional"
                    + " files (its .form file in forms/), and a deployment name not used before, since Modeler leaves"
                    + " out the files that have not changed since the last deployment of the same name"));
        }
    }

    /**
     * What is wrong with the statutory steps a file declares: the declarations themselves, a timescale
     * that the timescales in force do not have, and a clock that runs from a fact the process never
     * sets (neither a start variable it names, nor a form field of its tasks, nor a mapping, nor a fact
     * it keeps on a row of its own).
     */
    List<ModelProblem> checkSteps(DeclaredSteps steps, Element definitions, DeploymentEntity deployment) {
        List<ModelProblem> problems = new ArrayList<>(steps.problems());
        if (steps.declarations().isEmpty()) {
            return problems;
        }
        TimescalesInForce timescales;
        try {
            timescales = TimescalesInForce.of(deployment, dmn);
        } catch (DmnEngineException e) {
            problems.add(new ModelProblem(definitions.attribute("id"), "The timescales this deployment brings cannot be read: "
                    + e.getMessage()));
            return problems;
        }
        Map<String, Set<String>> fields = formFieldsIn(deployment);
        Set<String> set = new HashSet<>(steps.setInModel());
        steps.forms().forEach(form -> set.addAll(fields.getOrDefault(form, Set.of())));
        for (Element process : definitions.elements("process")) {
            kept.forEach(row -> set.addAll(row.keptBy(process.attribute("id"))));
        }
        for (StepDeclaration step : steps.declarations()) {
            step.timescales().filter(id -> !timescales.knows(id)).forEach(id -> problems.add(new ModelProblem(step.elementId(),
                    "'" + step.elementId() + "' names the timescale '" + id + "', which " + timescales.description()
                    + " does not have: add a rule for it to processes/timescales.dmn and deploy that with the model or"
                    + " before it")));
            step.variables().filter(variable -> !set.contains(variable)).forEach(variable -> problems.add(new ModelProblem(
                    step.elementId(), "'" + step.elementId() + "' runs its clock from '" + variable + "', which the process"
                    + " never sets: name it among the process's start variables, as a field of one of its forms, or in"
                    + " a mapping")));
        }
        return problems;
    }

    /** The field keys of each form a deployment brings, by form id. */
    private Map<String, Set<String>> formFieldsIn(DeploymentEntity deployment) {
        Map<String, Set<String>> fields = new HashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (isForm(resource)) {
                readForm(resource).ifPresent(form -> {
                    Set<String> keys = new HashSet<>();
                    form.findValues("key").forEach(key -> keys.add(key.asText()));
                    fields.put(form.path("id").asText(), keys);
                });
            }
        }
        return fields;
    }

    private Set<String> formsIn(DeploymentEntity deployment) {
        Set<String> ids = new HashSet<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (isForm(resource)) {
                readForm(resource).map(form -> form.path("id").textValue()).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static boolean isForm(ResourceEntity resource) {
        return Arrays.stream(CamundaFormDefinitionDeployer.FORM_RESOURCE_SUFFIXES)
                .anyMatch(suffix -> resource.getName().endsWith("." + suffix));
    }

    private Optional<JsonNode> readForm(ResourceEntity resource) {
        try {
            return Optional.ofNullable(json.readTree(resource.getBytes()));
        } catch (IOException e) {
            // Camunda's form deployer refuses a form it cannot read, with a message of its own.
            return Optional.empty();
        }
    }

    private static void forEachElement(Element element, Consumer<Element> action) {
        for (Element child : element.elements()) {
            action.accept(child);
            forEachElement(child, action);
        }
    }

    private static String camunda(Element element, String attribute) {
        return element.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, attribute);
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }

    private static String describe(Element element) {
        String name = element.attribute("name");
        return "'" + element.attribute("id") + "'" + (name == null || name.isBlank() ? "" : " (" + name + ")");
    }
}
