package org.careflow.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.careflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
  * A task completes only when its Camunda Form's rules hold for the submitted values: the same
  * rules the form applies in Tasklist, applied again on the server for REST clients.
  */
@Component
class RequiredFormFields implements TaskListener {

    private final ObjectMapper json;
    private final Map<String, List<FormField>> fieldsByTask = new ConcurrentHashMap<>();

    RequiredFormFields(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        for (FormField field : fieldsOf(task)) {
            field.problemWith(task.getVariable(field.key())).ifPresent(problem -> {
                throw new InvalidInputException(field.key(), problem + " to complete '" + task.getName() + "'");
            });
        }
    }

    private List<FormField> fieldsOf(DelegateTask task) {
        // Deployed forms never change, so the fields of a task definition are read once.
        return fieldsByTask.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> read(task));
    }

    private List<FormField> read(DelegateTask task) {
        try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            return FormField.of(json.readTree(form));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form of task " + task.getTaskDefinitionKey(), e);
        }
    }
}
