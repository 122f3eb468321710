package org.careflow.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.careflow.EnginePlugins;
import org.careflow.escalation.EscalationProcess;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, sorted by due date, created once: a restart finds them by name and
 * leaves them (and any change an administrator made to them) alone. Everyone may read them; what
 * each shows is limited by the reader's own groups and task authorizations.
 */
@Component
@Order(EnginePlugins.TASKLIST_FILTERS)
class TasklistFilters extends AbstractProcessEnginePlugin {

    private static final String TEAM_GROUPS = "${currentUserGroups()}";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        FilterService filters = engine.getFilterService();
        TaskService tasks = engine.getTaskService();
        create(filters, 1, "My tasks", "Tasks assigned to me",
                q -> q.taskAssigneeExpression("${currentUser()}"), tasks);
        create(filters, 2, "My team's tasks", "Open tasks of my teams, claimed or not",
                q -> q.taskCandidateGroupInExpression(TEAM_GROUPS).includeAssignedTasks(), tasks);
        create(filters, 3, "Overdue", "My teams' tasks whose deadline has passed",
                q -> q.taskCandidateGroupInExpression(TEAM_GROUPS).includeAssignedTasks().dueBeforeExpression("${now()}"), tasks);
        create(filters, 4, "Due soon", "My teams' tasks past their reminder date, deadline not yet passed",
                q -> q.taskCandidateGroupInExpression(TEAM_GROUPS).includeAssignedTasks()
                        .followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"), tasks);
        create(filters, 5, "Escalations", "Overdue steps waiting for management oversight",
                q -> q.taskCandidateGroupInExpression(TEAM_GROUPS).includeAssignedTasks()
                        .processDefinitionKey(EscalationProcess.KEY), tasks);
    }

    private static void create(FilterService filters, int priority, String name, String description,
                                                          UnaryOperator<TaskQuery> criteria, TaskService tasks) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        TaskQuery query = criteria.apply(tasks.createTaskQuery());
        query.orderByDueDate().asc();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        filters.saveFilter(filter);
    }
}
