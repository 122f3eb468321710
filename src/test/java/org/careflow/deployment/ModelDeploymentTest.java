package org.careflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.careflow.CareFlowApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Models and forms go in as one deployment, and a restart with unchanged files adds no version. */
class ModelDeploymentTest {

    @TempDir
    Path data;

    @Test
    void aRestartWithUnchangedFilesCreatesNoNewVersion() {
        try (var first = start()) {
            RepositoryService repository = first.getBean(ProcessEngine.class).getRepositoryService();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("referral").count()).isOne();
            List<String> resources = repository.getDeploymentResources(
                            repository.createProcessDefinitionQuery().processDefinitionKey("referral").singleResult().getDeploymentId())
                    .stream().map(Resource::getName).toList();
            assertThat(resources).contains("processes/referral.bpmn", "processes/escalation.bpmn",
                    "processes/timescales.dmn", "forms/decide-on-referral.form", "forms/record-oversight.form");
        }

        try (var second = start()) {
            RepositoryService repository = second.getBean(ProcessEngine.class).getRepositoryService();
            assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count()).isOne();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("referral").count()).isOne();
            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("timescales").count()).isOne();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CareFlowApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("careflow").toAbsolutePath());
    }
}
