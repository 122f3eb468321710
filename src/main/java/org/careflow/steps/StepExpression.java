package org.careflow.steps;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.Expression;

/**
 * What the engine evaluates where a model would otherwise carry a date expression: a task's due or
 * follow-up date, a timer's date. It is set by the parse from the step's declaration, so the model
 * holds the rule once and the engine still evaluates it as its own (again when deadlines move).
 */
final class StepExpression implements Expression {

    enum Kind { DUE, REMINDER, PASSED }

    private final Kind kind;
    private final StepDeclaration step;
    private final Supplier<StepDeadlines> deadlines;

    StepExpression(Kind kind, StepDeclaration step, Supplier<StepDeadlines> deadlines) {
        this.kind = kind;
        this.step = step;
        this.deadlines = deadlines;
    }

    @Override
    public Object getValue(VariableScope scope) {
        return getValue(scope, scope instanceof BaseDelegateExecution execution ? execution : null);
    }

    @Override
    public Object getValue(VariableScope scope, BaseDelegateExecution contextExecution) {
        return ProcessCode.run(contextExecution, () -> switch (kind) {
            case DUE -> deadlines.get().due(step, scope);
            case REMINDER -> deadlines.get().reminder(step, scope);
            case PASSED -> deadlines.get().passed(step, scope);
        });
    }

    @Override
    public void setValue(Object value, VariableScope scope) {
        throw new UnsupportedOperationException("A deadline is computed from its declaration, never assigned");
    }

    @Override
    public void setValue(Object value, VariableScope scope, BaseDelegateExecution contextExecution) {
        setValue(value, scope);
    }

    /** Shown where Camunda shows a timer's expression (the job definition's configuration, Cockpit). */
    @Override
    public String getExpressionText() {
        return kind.name().toLowerCase() + " of statutory step " + step.elementId();
    }

    @Override
    public boolean isLiteralText() {
        return false;
    }
}
