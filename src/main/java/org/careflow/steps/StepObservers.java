package org.careflow.steps;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link StepObserver} of the application, told in turn. */
@Component
public class StepObservers {

    private final ObjectProvider<StepObserver> observers;

    StepObservers(ObjectProvider<StepObserver> observers) {
        this.observers = observers;
    }

    void opened(StepDeclaration step, DelegateExecution execution) {
        all().forEach(observer -> observer.opened(step, execution));
    }

    void taskChanged(StepDeclaration step, DelegateTask task) {
        all().forEach(observer -> observer.taskChanged(step, task));
    }

    void ended(StepDeclaration step, DelegateExecution execution) {
        all().forEach(observer -> observer.ended(step, execution));
    }

    private List<StepObserver> all() {
        return observers.orderedStream().toList();
    }
}
