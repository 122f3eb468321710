package org.careflow.cases;

import java.util.Set;

/**
 * Variables of a case that only the engine writes (an escalation's inputs, when it reached heads of
 * service): never a fact of the case to reschedule, never a completion's to change. A capability
 * whose processes have such variables says so with a bean, so that cases depends on none of them.
 */
public interface EngineDecidedVariables {

    Set<String> names();
}
