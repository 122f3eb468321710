package org.careflow.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.codes.CodeLists;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.EventDates;
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
    private final CodeLists codes;

    RequiredFormFields(ObjectMapper json, WorkingDayCalendar calendar, CodeLists codes) {
        this.json = json;
        this.calendar = calendar;
        this.codes = codes;
    }

    @Override
    public void notify(DelegateTask task) {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), zone);
        for (FormField field : fieldsOf(task)) {
            if (isHidden(field, task)) {
                continue;
            }
            Object value = task.getVariable(field.key());
            field.problemWith(value, zone, today)
                    .or(() -> codeProblem(field, value))
                    .or(() -> orderProblem(field, value, task, zone))
                    .ifPresent(problem -> {
                        throw new InvalidInputException(field.key(), problem + " to complete '" + task.getName() + "'");
                    });
        }
    }

    /**
     * A start form's coded and patterned answers, as a case started through the REST API gives them too:
     * each one given holds as the form's rules say (its code list, its pattern). What the start requires,
     * and which team it may name, is the process's own start listener's to say ({@code caseStart}): a
     * case moved in may not have everything a new referral asks for, and the form lists the demo's teams.
     */
    ExecutionListener startFormAnswers() {
        return execution -> {
            ZoneId zone = calendar.zone();
            LocalDate today = LocalDate.ofInstant(EngineClock.now(), zone);
            for (FormField field : startFieldsOf(execution)) {
                Object value = execution.getVariable(field.key());
                // the returns' items only: a form's own lists (the demo's teams) are not the organisation's
                if (value == null || value instanceof String text && text.isBlank()
                        || field.codeList() == null && field.pattern() == null) {
                    continue;
                }
                field.problemWith(value, zone, today).or(() -> codeProblem(field, value)).ifPresent(problem -> {
                    throw new InvalidInputException(field.key(), problem + " to start the case");
                });
            }
        };
    }

    private List<FormField> startFieldsOf(DelegateExecution execution) {
        // Deployed forms never change; the engine reads its own model's form, whoever starts the case.
        return fieldsByTask.computeIfAbsent(execution.getProcessDefinitionId() + "#start", key ->
                Context.getCommandContext().runWithoutAuthorization(() -> {
                    try (InputStream form = execution.getProcessEngineServices().getFormService()
                            .getDeployedStartForm(execution.getProcessDefinitionId())) {
                        return FormField.of(json.readTree(form));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the start form of " + execution.getProcessDefinitionId(), e);
                    }
                }));
    }

    /** A coded field holds codes of its list, as the returns will read them. */
    private Optional<String> codeProblem(FormField field, Object value) {
        if (field.codeList() == null || !(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        if (field.codesLeftOut().contains(text.trim())) {
            return Optional.of(field.key() + ": '" + text.trim() + "' is not known at this step");
        }
        return codes.find(field.codeList())
                .map(list -> list.problemWith(text).map(problem -> field.key() + ": " + problem))
                .orElseGet(() -> Optional.of(field.key() + " names the code list '" + field.codeList() + "', which is not kept"));
    }

    /** A date that follows another in the record (an authorisation after its assessment started) is not before it. */
    private Optional<String> orderProblem(FormField field, Object value, DelegateTask task, ZoneId zone) {
        Object earlier = field.notBefore() == null ? null : task.getVariable(field.notBefore());
        if (value == null || earlier == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        LocalDate date = EventDates.parse(field.key(), value).date(zone);
        LocalDate before = EventDates.parse(field.notBefore(), earlier).date(zone);
        return date.isBefore(before)
                ? Optional.of(field.key() + " (" + date + ") cannot be before " + (field.notBeforeName() == null
                        ? field.notBefore() + " (" + before + ")" : field.notBeforeName() + " (" + field.notBefore() + ", " + before + ")"))
                : Optional.empty();
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
