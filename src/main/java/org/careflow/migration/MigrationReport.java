package org.careflow.migration;

import java.util.List;

/**
 * What a migration of a process's running cases to its latest version did, or would do in a dry run.
 *
 * @param targetVersion the version the cases move to: the latest
 * @param from          one entry for each older version that has running cases
 */
public record MigrationReport(String processDefinitionKey, boolean dryRun, int targetVersion, List<FromVersion> from) {

    /**
     * @param mappedActivities   the activities that map to the same id in the target
     * @param unmappedActivities the elements of this version the target has no element of that id for:
     *                           a case waiting at one of them cannot move
     * @param planProblems       why no plan could be built, if none could: then no case of this version moves
     */
    public record FromVersion(int version, List<String> mappedActivities, List<String> unmappedActivities,
                              List<String> planProblems, List<Migrated> migrated, List<NotMigrated> notMigrated) {
    }

    /** @param deadlinesRecomputed the open tasks and timers whose dates were computed again */
    public record Migrated(String processInstanceId, String caseReference, int deadlinesRecomputed) {
    }

    public record NotMigrated(String processInstanceId, String caseReference, List<String> reasons) {
    }
}
