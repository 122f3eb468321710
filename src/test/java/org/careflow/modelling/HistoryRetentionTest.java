package org.careflow.modelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The engine's history is kept deliberately long, and cleaned up only at night. */
@SpringBootTest
@ActiveProfiles("test")
class HistoryRetentionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryProperties history;

    @Test
    void everyShippedProcessKeepsItsHistoryAtLeastSevenYears() {
        assertThat(history.minimumTimeToLive().toDays()).isEqualTo(2555);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
                .isNotEmpty()
                .allSatisfy(process -> assertThat(process.getHistoryTimeToLive()).as(process.getKey()).isGreaterThanOrEqualTo(2555))
                .extracting(ProcessDefinition::getKey).contains("referral", "childProtectionPlan", "escalation");
    }

    @Test
    void historyIsRemovedFromTheEndOfEachProcessInANightlyWindow() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty().allSatisfy(job -> {
            LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
            assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        });
    }
}
