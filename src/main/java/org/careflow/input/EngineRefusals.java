package org.careflow.input;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Requests the engine itself refuses, but with a plain ProcessEngineException that the REST API
 * answers as its own failure (500): they are the client's mistake. Recognised by the engine's
 * messages, since nothing else tells them apart; HardeningContract fails if an upgrade changes them.
 */
final class EngineRefusals {

    /** ENGINE-17007: a variable sent as a serialized Java object, which the engine never deserializes. */
    private static final Pattern JAVA_SERIALIZATION = Pattern.compile("ENGINE-17007 Cannot set variable with name (\\S+?)\\. ");
    private static final String TASK_OF_A_PROCESS = "The task cannot be deleted because is part of a running process";

    private EngineRefusals() {
    }

    static Optional<InvalidInputException> of(ProcessEngineException refused) {
        String message = refused.getMessage() == null ? "" : refused.getMessage();
        Matcher java = JAVA_SERIALIZATION.matcher(message);
        if (java.find()) {
            return Optional.of(new InvalidInputException(java.group(1), java.group(1)
                    + " is a serialized Java object, which CareFlow never reads: send a String, Boolean, number or Date"));
        }
        if (message.contains(TASK_OF_A_PROCESS)) {
            return Optional.of(new InvalidInputException("id", "a task of a case is never deleted: it ends when it is "
                    + "completed, or when its process ends it"));
        }
        return Optional.empty();
    }
}
