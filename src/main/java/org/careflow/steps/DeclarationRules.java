package org.careflow.steps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** What a declaration must say to be computed: the same rules as .ci/lint's statutory-steps, at deployment. */
final class DeclarationRules {

    private DeclarationRules() {
    }

    static List<ModelProblem> problemsOf(FlowElement element, StepDeclaration step) {
        List<ModelProblem> problems = new ArrayList<>();
        String id = element.getId();
        if (!(element instanceof UserTask || element instanceof SubProcess || CamundaExtensions.isTimer(element))) {
            problems.add(new ModelProblem(id, DeclaredSteps.describe(element) + " declares a statutory step, but only a user task, a"
                    + " sub-process or a timer can: move the declaration to the task whose deadline it is"));
        }
        if (step.timescale() != null && step.timescaleIn() != null) {
            problems.add(new ModelProblem(id, DeclaredSteps.describe(element) + " names its timescale twice (" + StepDeclaration.TIMESCALE
                    + " and " + StepDeclaration.TIMESCALE_IN + "): keep one"));
        }
        boolean namesTimescale = step.timescale() != null || step.timescaleIn() != null;
        if (namesTimescale && step.clockStartsFrom() == null && step.deadlineIn() == null) {
            problems.add(new ModelProblem(id, DeclaredSteps.describe(element) + " names a timescale but not the fact its clock runs from:"
                    + " set " + StepDeclaration.CLOCK_STARTS_FROM + " (Clock starts from)"));
        }
        if (!namesTimescale && step.clockStartsFrom() != null) {
            problems.add(new ModelProblem(id, DeclaredSteps.describe(element) + " says where its clock starts but not which timescale"
                    + " runs: set " + StepDeclaration.TIMESCALE + " (Timescale)"));
        }
        if (!namesTimescale && step.deadlineIn() == null) {
            problems.add(new ModelProblem(id, DeclaredSteps.describe(element) + " declares no timescale and no deadline date:"
                    + " set " + StepDeclaration.TIMESCALE + " and " + StepDeclaration.CLOCK_STARTS_FROM));
        }
        if (step.doneOn() != null && (step.timescale() == null || step.clockStartsFrom() == null)) {
            problems.add(new ModelProblem(id, DeclaredSteps.describe(element) + " records its timeliness but has no fixed timescale and"
                    + " clock start to measure it by: set " + StepDeclaration.TIMESCALE + " and "
                    + StepDeclaration.CLOCK_STARTS_FROM));
        }
        if (step.repeatTimescale() != null && step.repeatsFrom() == null) {
            problems.add(new ModelProblem(id, DeclaredSteps.describe(element) + " has a timescale for later occurrences but not the"
                    + " event they run from: set " + StepDeclaration.REPEATS_FROM + " (Repeats from)"));
        }
        return problems;
    }
}
