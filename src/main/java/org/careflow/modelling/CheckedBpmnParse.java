package org.careflow.modelling;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.careflow.steps.ModelProblem;
import org.careflow.steps.StatutoryStepParse;
import org.careflow.steps.StepDeadlines;
import org.careflow.steps.StepObservers;

/**
 * Camunda's own parse of a BPMN file, with the statutory steps' declarations applied, and CareFlow's
 * rules added at its end. Each problem becomes a parse error of Camunda's, with its element and
 * line: the deployment fails as a whole, the REST API answers 400 with every problem, and Camunda
 * Modeler shows them.
 */
class CheckedBpmnParse extends StatutoryStepParse {

    private final ModelRules rules;

    CheckedBpmnParse(BpmnParser parser, ModelRules rules, Supplier<StepDeadlines> deadlines,
                     Supplier<StepObservers> observers) {
        super(parser, deadlines, observers);
        this.rules = rules;
    }

    @Override
    protected void parseRootElement() {
        super.parseRootElement();
        // A model already deployed is parsed again whenever an engine loads it: it was checked when
        // it came in, and the cases running on it must go on even if the rules have moved since.
        if (deployment.isNew()) {
            for (Problem problem : rules.check(rootElement, getProcessDefinitions(), deployment)) {
                addError(problem.message(), problem.element());
            }
            for (ModelProblem problem : rules.checkSteps(declaredSteps(), rootElement, deployment)) {
                addError(problem.message(), elementOf(rootElement, problem.elementId()));
            }
        }
    }

    /** The element with an id, for its line in the error; the whole file if none has it. */
    private static Element elementOf(Element root, String id) {
        return find(root, id).orElse(root);
    }

    private static Optional<Element> find(Element element, String id) {
        if (id.equals(element.attribute("id"))) {
            return Optional.of(element);
        }
        return element.elements().stream().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
