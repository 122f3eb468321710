package org.careflow.steps;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;

/**
 * Runs what the parse attached to a model (a deadline, a listener) as the engine runs a bean an
 * expression calls: through its delegate interceptor, as code of the process rather than a read of
 * the user's (no authorization checks unless configured, the process application's context).
 */
final class ProcessCode {

    private ProcessCode() {
    }

    static Object run(BaseDelegateExecution execution, Supplier<Object> code) {
        DelegateInvocation invocation = new DelegateInvocation(execution, null) {
            @Override
            protected void invoke() {
                invocationResult = code.get();
            }
        };
        try {
            Context.getProcessEngineConfiguration().getDelegateInterceptor().handleInvocation(invocation);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        return invocation.getInvocationResult();
    }
}
