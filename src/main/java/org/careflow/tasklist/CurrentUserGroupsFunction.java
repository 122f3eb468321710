package org.careflow.tasklist;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared filters ask for the tasks of {@code ${currentUserGroups()}}; for a user in no group the
 * engine's function gives an empty list, which a task query refuses ("Candidate group list is
 * empty"), so the filter failed with a 500 where it should show nothing. CareFlow's function of the
 * same name (filters saved in any database keep working unchanged) gives such a user a group id that
 * no group can have, so the filter finds no task.
 */
@Component
@Order(EnginePlugins.CURRENT_USER_GROUPS_FUNCTION)
public final class CurrentUserGroupsFunction extends AbstractProcessEnginePlugin {

    /** A ':' is outside the group id pattern (camunda.bpm.generic-properties), so no group has this id. */
    static final String NO_GROUP = "careflow:no-group";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        try {
            configuration.getExpressionManager().addFunction(CommandContextFunctions.CURRENT_USER_GROUPS,
                    CurrentUserGroupsFunction.class.getMethod("currentUserGroups"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> currentUserGroups() {
        List<String> groups = CommandContextFunctions.currentUserGroups();
        return groups == null || groups.isEmpty() ? List.of(NO_GROUP) : groups;
    }
}
