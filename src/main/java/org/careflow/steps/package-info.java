/**
 * Statutory steps: the one declaration a BPMN element carries (which timescale, from which fact its
 * clock runs, and for a step that repeats, from which actual event) and everything that follows from
 * it, by one mechanism: the task's due and follow-up dates, the timer that waits for the deadline to
 * pass, the escalation's inputs, and the case facts the clocks run from.
 *
 * <p>A process owner writes the declaration in Camunda Modeler with the element templates in
 * {@code processes/.camunda/element-templates/}; {@link org.careflow.steps.StepDeclaration} lists the
 * properties, {@link org.careflow.steps.DeclaredSteps} reads them through the BPMN model API.
 */
@ApplicationModule(displayName = "Statutory steps", allowedDependencies = {"input", "timescales"})
package org.careflow.steps;

import org.springframework.modulith.ApplicationModule;
