package org.careflow.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A task completes only when its Camunda Form's rules hold for the submitted values: the same
 * rules the form applies in Tasklist, applied again on the server for REST clients.
 */
@Component
class RequiredFormFields implements TaskListener {

    private final ObjectMapper json;
    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    private final Map<String, List<FormField>> fieldsByTask = new ConcurrentHashMap<>();

    private final WorkingDayCalendar calendar;

    RequiredFormFields(ObjectMapper json, WorkingDayCalendar calendar) {
        this.json = json;
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), zone);
        for (FormField field : fieldsOf(task)) {
            if (isHidden(field, task)) {
                continue;
            }
            field.problemWith(task.getVariable(field.key()), zone, today).ifPresent(problem -> {
                throw new InvalidInputException(field.key(), problem + " to complete '" + task.getName() + "'");
            });
        }
    }

    /** A field the form hides (its condition evaluated as form-js does, in FEEL) is not asked for. */
    private boolean isHidden(FormField field, DelegateTask task) {
        if (field.hiddenWhen() == null) {
            return false;
        }
        Object hidden = feel.evaluateSimpleExpression(field.hiddenWhen(),
                Variables.fromMap(task.getVariables()).asVariableContext());
        return Boolean.TRUE.equals(hidden);
    }

    /** The fields of the task's Camunda Form. */
    List<FormField> fieldsOf(DelegateTask task) {
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
