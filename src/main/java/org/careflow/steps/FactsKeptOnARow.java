package org.careflow.steps;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Facts a process keeps on a row of its own rather than as variables (an escalation's: what it
 * escalates, and the deadline the step is held to), which its steps' declarations name as they would
 * a variable. {@link StepDeadlines} reads a variable of the name first, then these; the model checks
 * count them as set by the process.
 */
public interface FactsKeptOnARow {

    /** The fact of this name of the process instance the scope belongs to; null if it keeps none. */
    Object fact(VariableScope scope, String name);

    /** The names of the facts the process of this key keeps on its row; none for any other process. */
    Set<String> keptBy(String processKey);
}
