package org.careflow.cases;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.careflow.steps.StepDeclaration;
import org.careflow.steps.StepsInForce;
import org.springframework.stereotype.Component;

/**
 * The dates a case's clocks run from, as the models declare them: the facts each statutory step's
 * clock starts from, or repeats from. Rescheduling, the guard on completions and the checks agree
 * with the models because they read the same declarations; no list is kept by hand. What the engine
 * decides itself (when an escalation reached heads of service, a target deadline) is not a fact of the
 * case, and a hearing the court lists is a date of its own kind ({@link CaseVariables#LISTED_HEARINGS}).
 */
@Component
public class CaseFacts {

    private final StepsInForce steps;
    private final Set<String> decidedByTheEngine = new TreeSet<>();

    CaseFacts(StepsInForce steps, List<EngineDecidedVariables> decidedByTheEngine) {
        this.steps = steps;
        decidedByTheEngine.forEach(variables -> this.decidedByTheEngine.addAll(variables.names()));
    }

    /** The variables only the engine writes, in any process of a case. */
    public Set<String> decidedByTheEngine() {
        return Set.copyOf(decidedByTheEngine);
    }

    /** The dates of events that have happened that the clocks of these process definitions run from. */
    public Set<String> eventsOf(Collection<String> processDefinitionIds) {
        Set<String> facts = new TreeSet<>();
        for (String definition : processDefinitionIds) {
            steps.of(definition).declarations().stream().flatMap(StepDeclaration::facts).forEach(facts::add);
        }
        facts.removeAll(decidedByTheEngine);
        facts.removeAll(CaseVariables.LISTED_HEARINGS);
        return facts;
    }
}
