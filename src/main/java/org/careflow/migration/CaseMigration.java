package org.careflow.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.careflow.migration.MigrationReport.FromVersion;
import org.careflow.migration.MigrationReport.Migrated;
import org.careflow.migration.MigrationReport.NotMigrated;
import org.careflow.organisation.ProcessOwners;
import org.careflow.timescales.OpenDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running cases of a process to its latest version. Activities map by equal id and
 * nothing else: a case that cannot move that way is reported and stays on its version. Each case
 * moves in a transaction of its own, together with its open deadlines, which are computed again
 * from the new version's expressions and the timescales in force; a dry run does exactly the same
 * and rolls each transaction back, so what it reports is what a migration would do.
 */
@Service
class CaseMigration {

    private static final Logger LOG = LoggerFactory.getLogger(CaseMigration.class);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final OpenDeadlines openDeadlines;
    private final ProcessOwners processOwners;
    private final TransactionTemplate transaction;

    CaseMigration(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                  OpenDeadlines openDeadlines, ProcessOwners processOwners, PlatformTransactionManager transactionManager) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.openDeadlines = openDeadlines;
        this.processOwners = processOwners;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    MigrationReport toLatestVersion(String processDefinitionKey, boolean dryRun) {
        String user = processOwners.require("migrate running cases");
        List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processDefinitionKey).orderByProcessDefinitionVersion().asc().list();
        if (versions.isEmpty()) {
            throw new NullValueException("No process has the key '" + processDefinitionKey + "'");
        }
        ProcessDefinition target = versions.get(versions.size() - 1);
        List<FromVersion> from = new ArrayList<>();
        for (ProcessDefinition source : versions.subList(0, versions.size() - 1)) {
            List<ProcessInstance> cases = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
            if (!cases.isEmpty()) {
                from.add(migrate(source, target, cases, dryRun, user));
            }
        }
        return new MigrationReport(processDefinitionKey, dryRun, target.getVersion(), from);
    }

    private FromVersion migrate(ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> cases,
                                boolean dryRun, String user) {
        List<String> unmapped = unmappedElements(source, target);
        MigrationPlan plan;
        try {
            plan = runtimeService.createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities().updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            List<String> problems = planProblems(e);
            List<NotMigrated> stay = cases.stream().map(instance -> new NotMigrated(instance.getId(),
                    instance.getBusinessKey(), List.of("no migration plan: see planProblems"))).toList();
            return new FromVersion(source.getVersion(), List.of(), unmapped, problems, List.of(), stay);
        }
        List<Migrated> migrated = new ArrayList<>();
        List<NotMigrated> notMigrated = new ArrayList<>();
        for (ProcessInstance instance : cases) {
            try {
                migrated.add(migrateOne(plan, instance, source, target, dryRun, user));
            } catch (AuthorizationException e) {
                throw e;
            } catch (MigratingProcessInstanceValidationException e) {
                notMigrated.add(new NotMigrated(instance.getId(), instance.getBusinessKey(), reasons(e.getValidationReport())));
            } catch (ProcessEngineException e) {
                notMigrated.add(new NotMigrated(instance.getId(), instance.getBusinessKey(), List.of(e.getMessage())));
            }
        }
        if (!dryRun) {
            LOG.info("{} migrated {} of {} running {} cases from version {} to version {}", user, migrated.size(),
                    cases.size(), source.getKey(), source.getVersion(), target.getVersion());
        }
        List<String> mapped = plan.getInstructions().stream()
                .map(MigrationInstruction::getSourceActivityId).distinct().sorted().toList();
        return new FromVersion(source.getVersion(), mapped, unmapped, List.of(), migrated, notMigrated);
    }

    private Migrated migrateOne(MigrationPlan plan, ProcessInstance instance, ProcessDefinition source,
                                ProcessDefinition target, boolean dryRun, String user) {
        return transaction.execute(status -> {
            runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
            int recomputed = openDeadlines.recompute(instance.getId());
            taskService.createComment(null, instance.getId(), "Moved from " + source.getKey() + " version "
                    + source.getVersion() + " to version " + target.getVersion() + " by " + user
                    + "; its open deadlines were computed again");
            if (dryRun) {
                status.setRollbackOnly();
            }
            return new Migrated(instance.getId(), instance.getBusinessKey(), recomputed);
        });
    }

    private List<String> unmappedElements(ProcessDefinition source, ProcessDefinition target) {
        Set<String> targetIds = flowNodeIds(target);
        return flowNodeIds(source).stream().filter(id -> !targetIds.contains(id)).sorted().toList();
    }

    private Set<String> flowNodeIds(ProcessDefinition definition) {
        return repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)
                .stream().map(FlowNode::getId).collect(Collectors.toSet());
    }

    private static List<String> planProblems(MigrationPlanValidationException e) {
        List<String> problems = new ArrayList<>();
        e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure ->
                problems.add(report.getMigrationInstruction().getSourceActivityId() + " -> "
                        + report.getMigrationInstruction().getTargetActivityId() + ": " + failure)));
        return problems;
    }

    private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(activity ->
                activity.getFailures().forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
        report.getTransitionInstanceReports().forEach(transition ->
                transition.getFailures().forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
        return reasons;
    }
}
