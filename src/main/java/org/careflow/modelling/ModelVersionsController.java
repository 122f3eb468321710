package org.careflow.modelling;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For process owners, once a new version or a changed timescale is deployed:
 * {@code POST /api/process-definitions/{key}/migration?dryRun=true|false} moves running cases to the
 * latest version (a dry run unless {@code dryRun=false}), and
 * {@code POST /api/process-definitions/{key}/deadlines/recompute} with {@code {"reason": "..."}}
 * computes their open deadlines again from the timescales in force.
 */
@RestController
@RequestMapping("/api/process-definitions/{key}")
class ModelVersionsController {

    private final CaseMigration migration;
    private final TimescaleChange timescaleChange;

    ModelVersionsController(CaseMigration migration, TimescaleChange timescaleChange) {
        this.migration = migration;
        this.timescaleChange = timescaleChange;
    }

    record RecomputeRequest(String reason) {
    }

    @PostMapping("/migration")
    MigrationReport migrate(@PathVariable String key, @RequestParam(defaultValue = "true") boolean dryRun) {
        return migration.toLatestVersion(key, dryRun);
    }

    @PostMapping("/deadlines/recompute")
    TimescaleChange.Applied recompute(@PathVariable String key, @RequestBody RecomputeRequest request) {
        return timescaleChange.applyToRunningCases(key, request.reason());
    }
}
