package org.careflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.careflow.cases.CaseVariables;
import org.careflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Completing a task records what the task asks, and cannot rewrite the facts the case's clocks run
 * from: its team, the dates of its events, the end of its proceedings. A fact recorded for the
 * first time (the day a strategy discussion was held) is what a task is for; changing one already
 * recorded goes through rescheduling or an extension, which move the deadlines with it.
 */
@Component
class CaseFactsUnchanged {

    static final String SNAPSHOT = "caseFactsWhenCreated";

    private static final Set<String> FACTS = Stream.concat(
            Stream.of(CaseVariables.TEAM, CaseVariables.PROCEEDINGS_END), CaseVariables.CLOCK_STARTS.stream())
            .collect(Collectors.toUnmodifiableSet());
    private static final TypeReference<Map<String, String>> AS_MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    CaseFactsUnchanged(ObjectMapper json) {
        this.json = json;
    }

    /** Task create: note the facts as they stand. */
    TaskListener remember() {
        return task -> task.setVariableLocal(SNAPSHOT, write(factsOf(task)));
    }

    /** Task complete: refuse a fact changed since; one recorded for the first time is welcome. */
    TaskListener check() {
        return task -> {
            Object snapshot = task.getVariableLocal(SNAPSHOT);
            if (snapshot == null) {
                return;
            }
            Map<String, String> before = read(snapshot.toString());
            factsOf(task).forEach((name, now) -> {
                String was = before.get(name);
                if (was != null && !Objects.equals(was, now)) {
                    throw new InvalidInputException(name, name + " was " + was + " and cannot be changed by completing '"
                            + task.getName() + "': a manager corrects a date by rescheduling, a court extends proceedings");
                }
            });
        };
    }

    private static Map<String, String> factsOf(DelegateTask task) {
        Map<String, String> facts = new TreeMap<>();
        for (String name : FACTS) {
            Object value = task.getVariable(name);
            if (value != null) {
                facts.put(name, value instanceof Date date ? String.valueOf(date.getTime()) : value.toString());
            }
        }
        return facts;
    }

    private String write(Map<String, String> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot note the case's facts", e);
        }
    }

    private Map<String, String> read(String snapshot) {
        try {
            return json.readValue(snapshot, AS_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the case's facts noted when the task was created", e);
        }
    }
}
