package org.careflow.escalation;

import java.util.Set;
import org.careflow.cases.EngineDecidedVariables;
import org.springframework.stereotype.Component;

/** What the escalation decides by ({@link EscalationProcess#DECIDED_BY_THE_ENGINE}): only the engine writes it. */
@Component
class EscalationInputs implements EngineDecidedVariables {

    @Override
    public Set<String> names() {
        return EscalationProcess.DECIDED_BY_THE_ENGINE;
    }
}
