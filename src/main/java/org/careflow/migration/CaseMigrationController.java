package org.careflow.migration;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For process owners, once a new version is deployed:
 * {@code POST /api/process-definitions/{key}/migration?dryRun=true|false} moves running cases to the
 * latest version (a dry run unless {@code dryRun=false}).
 */
@RestController
class CaseMigrationController {

    private final CaseMigration migration;

    CaseMigrationController(CaseMigration migration) {
        this.migration = migration;
    }

    @PostMapping("/api/process-definitions/{key}/migration")
    MigrationReport migrate(@PathVariable String key, @RequestParam(defaultValue = "true") boolean dryRun) {
        return migration.toLatestVersion(key, dryRun);
    }
}
