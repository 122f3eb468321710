package org.careflow.modelling;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;

/**
 * Camunda's own parse of a BPMN file with CareFlow's rules added at its end. Each problem becomes
 * a parse error of Camunda's, with its element and line: the deployment fails as a whole, the REST
 * API answers 400 with every problem, and Camunda Modeler shows them.
 */
class CheckedBpmnParse extends BpmnParse {

    private final ModelRules rules;

    CheckedBpmnParse(BpmnParser parser, ModelRules rules) {
        super(parser);
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
        }
    }
}
