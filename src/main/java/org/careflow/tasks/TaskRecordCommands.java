package org.careflow.tasks;

import java.lang.reflect.Field;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Adapter to the engine's internal command classes (camunda-engine 7.24): which of its commands
 * read or delete a task's comments and attachments, and which task or attachment each names. The
 * engine runs none of them through an authorization check, and its public API offers no other hook
 * where every route (the engine REST API, the web apps' copy of it, Java callers) passes; so the
 * classes and their protected fields are read here, in this one place, and nowhere else. A rename
 * in an engine upgrade fails {@code TaskRecordsContract}, not silently.
 */
final class TaskRecordCommands {

    /** What a guarded command touches: a task by id, or an attachment (whose task is looked up); what it does. */
    record Target(String taskId, String attachmentId, Kind kind) {
    }

    enum Kind { READS_ONE, READS_ALL, DELETES }

    private TaskRecordCommands() {
    }

    static Optional<Target> of(Command<?> command) {
        if (command instanceof GetTaskCommentsCmd || command instanceof GetTaskAttachmentsCmd) {
            return Optional.of(new Target(field(command, "taskId"), null, Kind.READS_ALL));
        }
        if (command instanceof GetTaskCommentCmd) {
            return Optional.of(new Target(field(command, "taskId"), null, Kind.READS_ONE));
        }
        if (command instanceof GetTaskAttachmentCmd || command instanceof GetTaskAttachmentContentCmd) {
            return Optional.of(new Target(field(command, "taskId"), field(command, "attachmentId"), Kind.READS_ONE));
        }
        if (command instanceof GetAttachmentCmd || command instanceof GetAttachmentContentCmd) {
            return Optional.of(new Target(null, field(command, "attachmentId"), Kind.READS_ONE));
        }
        if (command instanceof DeleteAttachmentCmd) {
            return Optional.of(new Target(field(command, "taskId"), field(command, "attachmentId"), Kind.DELETES));
        }
        return Optional.empty();
    }

    private static String field(Command<?> command, String name) {
        try {
            Field field = command.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("camunda-engine changed " + command.getClass().getName() + "." + name, e);
        }
    }
}
