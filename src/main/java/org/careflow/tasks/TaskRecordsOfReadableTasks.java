package org.careflow.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A task's comments and attachments are read, downloaded and deleted only by those who may read the
 * task (for a task no longer open: its historic task): its team and managers, heads of service,
 * admins. The engine checks this for the lists but not for one comment or attachment named by id,
 * so another team that knew the ids could read or delete them. Refused here, before the command
 * runs, on every route into the engine; a refused read finds nothing (the REST API's 404), as if the
 * task had no such comment or attachment (a list: an empty one), and a refused delete fails as for an unknown attachment.
 */
@Component
@Order(EnginePlugins.TASK_RECORDS_OF_READABLE_TASKS)
class TaskRecordsOfReadableTasks extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration));
    }

    private static final class Guard extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl engine;

        Guard(ProcessEngineConfigurationImpl engine) {
            this.engine = engine;
        }

        @Override
        public <T> T execute(Command<T> command) {
            var target = TaskRecordCommands.of(command);
            if (target.isEmpty() || !checked() || readable(target.get())) {
                return next.execute(command);
            }
            switch (target.get().kind()) {
                case DELETES -> throw new NullValueException("No attachment " + target.get().attachmentId()
                        + " on a task you may read");
                case READS_ALL -> {
                    @SuppressWarnings("unchecked")
                    T none = (T) List.of();
                    return none;
                }
                default -> {
                    return null;
                }
            }
        }

        /** Checks apply to an authenticated user, as the engine's own do; code inside a process runs unchecked. */
        private boolean checked() {
            return engine.isAuthorizationEnabled() && engine.getIdentityService().getCurrentAuthentication() != null;
        }

        private boolean readable(TaskRecordCommands.Target target) {
            String taskId = target.taskId();
            if (taskId == null) {
                AttachmentEntity attachment = next.execute(context -> context.getDbEntityManager().selectById(
                        AttachmentEntity.class, target.attachmentId()));
                if (attachment == null) {
                    return true; // the engine answers "not found" itself
                }
                if (attachment.getTaskId() == null) {
                    return processReadable(attachment.getProcessInstanceId());
                }
                taskId = attachment.getTaskId();
            }
            // Queries run with the caller's authentication, so they count only what the caller may read.
            return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
                    || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
        }

        private boolean processReadable(String processInstanceId) {
            return processInstanceId == null
                    || engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
                    || engine.getHistoryService().createHistoricProcessInstanceQuery()
                            .processInstanceId(processInstanceId).count() > 0;
        }
    }
}
