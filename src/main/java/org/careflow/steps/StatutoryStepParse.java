package org.careflow.steps;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Camunda's parse of a BPMN file, with each statutory step's declaration applied where the engine
 * needs a date: the due and follow-up dates of the step's tasks and the date of the timer that waits
 * for its deadline. The model carries the rule once; the engine evaluates it as its own expressions,
 * again whenever deadlines move (rescheduling, extensions, migration).
 *
 * <p>Engine internals ({@code impl}) are used here, in {@link StepExpression} and in {@link ProcessCode} only.
 */
public class StatutoryStepParse extends BpmnParse {

    private final Supplier<StepDeadlines> deadlines;
    private final Supplier<StepObservers> observers;
    private DeclaredSteps steps;
    /** The declaring elements parsed, to be observed once the whole file is. */
    private final Map<ActivityImpl, StepDeclaration> observed = new LinkedHashMap<>();
    /** The rule of the timer being parsed, while Camunda's own timer parse asks for its date. */
    private StepDeclaration timerBeingParsed;

    public StatutoryStepParse(BpmnParser parser, Supplier<StepDeadlines> deadlines, Supplier<StepObservers> observers) {
        super(parser);
        this.deadlines = deadlines;
        this.observers = observers;
    }

    /** The declarations of the file being parsed; problems in them are for the checks to report. */
    protected DeclaredSteps declaredSteps() {
        return steps;
    }

    @Override
    protected void parseRootElement() {
        steps = readSteps();
        super.parseRootElement();
        // after the model's own listeners, so that the observers see what they set (when a review reached heads of service)
        observed.forEach(this::observe);
    }

    private DeclaredSteps readSteps() {
        ResourceEntity resource = deployment == null ? null : deployment.getResource(name);
        if (resource == null) {
            return DeclaredSteps.none();
        }
        try {
            return DeclaredSteps.of(Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
        } catch (ModelException e) {
            // Camunda's own parse reports what is wrong with the file, with its line
            return DeclaredSteps.none();
        }
    }

    @Override
    protected void parseUserTaskCustomExtensions(Element taskElement, ActivityImpl activity, TaskDefinition taskDefinition) {
        super.parseUserTaskCustomExtensions(taskElement, activity, taskDefinition);
        steps.ofTask(activity.getId()).ifPresent(step -> {
            taskDefinition.setDueDateExpression(new StepExpression(StepExpression.Kind.DUE, step, deadlines));
            taskDefinition.setFollowUpDateExpression(new StepExpression(StepExpression.Kind.REMINDER, step, deadlines));
            // task listeners run through the engine's delegate interceptor already
            TaskListener changed = task -> observers.get().taskChanged(step, task);
            taskDefinition.addTaskListener(TaskListener.EVENTNAME_CREATE, changed);
            taskDefinition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, changed);
            if (step.elementId().equals(activity.getId())) {
                declaredOn(activity, step);
            }
        });
    }

    @Override
    public ActivityImpl parseSubProcess(Element subProcessElement, ScopeImpl scope) {
        ActivityImpl activity = super.parseSubProcess(subProcessElement, scope);
        steps.declarations().stream().filter(step -> step.elementId().equals(activity.getId()))
                .findFirst().ifPresent(step -> declaredOn(activity, step));
        return activity;
    }

    /** What a declaring element (a task or a sub-process that is one step) carries besides its dates. */
    private void declaredOn(ActivityImpl activity, StepDeclaration step) {
        holdDeadline(step, activity);
        recordTimeliness(step, activity);
        observed.put(activity, step);
    }

    @Override
    protected TimerDeclarationImpl parseTimer(Element timerEventDefinition, ActivityImpl timerActivity, String jobHandlerType) {
        timerBeingParsed = steps.ofTimer(timerActivity.getId()).orElse(null);
        try {
            return super.parseTimer(timerEventDefinition, timerActivity, jobHandlerType);
        } finally {
            timerBeingParsed = null;
        }
    }

    @Override
    protected Expression parseExpression(Element parent, String name) {
        if (timerBeingParsed != null) {
            // the timer's date is the step's deadline passing; it has no duration or cycle of its own
            return "timeDate".equals(name) ? new StepExpression(StepExpression.Kind.PASSED, timerBeingParsed, deadlines) : null;
        }
        return super.parseExpression(parent, name);
    }

    /** Each occurrence of the step, as it opens and ends, for whatever keeps a record of the steps. */
    private void observe(ActivityImpl activity, StepDeclaration step) {
        activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> ProcessCode.run(execution, () -> {
            observers.get().opened(step, execution);
            return null;
        }));
        activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> ProcessCode.run(execution, () -> {
            observers.get().ended(step, execution);
            return null;
        }));
    }

    private void recordTimeliness(StepDeclaration step, ActivityImpl activity) {
        if (step.doneOn() != null) {
            activity.addListener(ExecutionListener.EVENTNAME_END,
                    (ExecutionListener) execution -> ProcessCode.run(execution, () -> {
                        deadlines.get().recordTimeliness(step, execution);
                        return null;
                    }));
        }
    }

    /**
     * A deadline a case holds as a date (the end of proceedings, which extensions move) is set from
     * the declaration when the scope the step runs in starts, unless the case brought one (moved in).
     */
    private void holdDeadline(StepDeclaration step, ActivityImpl activity) {
        if (step.deadlineIn() == null || !step.computable()) {
            return;
        }
        ExecutionListener hold = execution -> ProcessCode.run(execution, () -> {
            if (execution.getVariable(step.deadlineIn()) == null) {
                execution.setVariable(step.deadlineIn(), deadlines.get().of(step, execution).date().toString());
            }
            return null;
        });
        activity.getFlowScope().addListener(ExecutionListener.EVENTNAME_START, hold);
    }
}
