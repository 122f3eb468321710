package org.careflow.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.careflow.EnginePlugins;
import org.careflow.codes.CodeLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the top-level {@code processes/} and {@code forms/} as one unit with stable resource
 * names, so that forms bound by deployment always travel with their models, and an unchanged
 * set creates no new versions whether CareFlow runs from the jar or from target/classes. Forms are
 * deployed with the options of the code lists their fields name ({@link FormCodes}).
 */
@Component
@Order(EnginePlugins.MODEL_DEPLOYMENT)
class ModelDeployment extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "careflow";
    private static final List<String> PATTERNS = List.of(
            "processes/*.bpmn", "processes/*.dmn", "forms/*.form");
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

    private final ResourcePatternResolver resolver;
    private final FormCodes formCodes;

    ModelDeployment(ResourcePatternResolver resolver, CodeLists codes, ObjectMapper json) {
        this.resolver = resolver;
        this.formCodes = new FormCodes(codes, json);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        List<String> names = new ArrayList<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(0, pattern.indexOf('/'));
            for (Resource resource : resources(pattern)) {
                String name = folder + "/" + resource.getFilename();
                byte[] bytes = read(resource);
                deployment.addInputStream(name, new ByteArrayInputStream(
                        folder.equals("forms") ? formCodes.apply(name, bytes) : bytes));
                names.add(name);
            }
        }
        DeploymentWithDefinitions result = deployment.deployWithResult();
        if (result.getDeployedProcessDefinitions() == null || result.getDeployedProcessDefinitions().isEmpty()) {
            LOG.info("Models and forms unchanged since deployment {}: {}", result.getId(), names);
        } else {
            LOG.info("Deployed models and forms as deployment {}: {}", result.getId(), names);
        }
    }

    private List<Resource> resources(String pattern) {
        try {
            List<Resource> found = new ArrayList<>(List.of(resolver.getResources("classpath:" + pattern)));
            found.sort(Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    private static byte[] read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }
}
