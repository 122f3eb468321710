package org.careflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.test.context.ActiveProfiles;

/** The engine runs CareFlow's plugins in the order EnginePlugins declares, after Camunda's own configuration. */
@SpringBootTest
@ActiveProfiles("test")
class EnginePluginsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEngineRunsCareFlowsPluginsInTheDeclaredOrder() {
        assertThat(careFlowPlugins()).extracting(Class::getSimpleName).containsExactly(
                // ProductionSafety, first, runs in the postgres profile only (ProductionSafetyTest)
                "ModelChecks", "BusinessKeyLength", "TaskConventions", "EscalationLagMeter", "CasesStartAtTheirStart",
                "TaskRecordsOfReadableTasks", "VariableSerializers", "JobExecutorMeters", "GroupChecksWithoutScan",
                "InputsHistoryOnce", "CurrentUserGroupsFunction", "DatabaseMigrations", "OrganisationSetup", "CaseStartGrants",
                "ModelDeployment", "TasklistFilters");
    }

    @Test
    void eachPluginHasAnOrderOfItsOwnFromEnginePluginsAndEachOrderAPlugin() throws IllegalAccessException {
        List<Integer> orders = careFlowPlugins().stream().map(OrderUtils::getOrder).toList();
        List<Integer> declared = declaredOrders();

        assertThat(orders).doesNotContainNull().doesNotHaveDuplicates().isSorted();
        assertThat(declared).doesNotHaveDuplicates();
        assertThat(declared).containsAll(orders)
                .containsOnlyOnce(EnginePlugins.PRODUCTION_SAFETY)
                .hasSize(orders.size() + 1);
    }

    @Test
    void camundasOwnConfigurationComesFirst() {
        List<ProcessEnginePlugin> plugins = plugins();
        int firstOfCareFlow = plugins.indexOf(plugins.stream().filter(EnginePluginsTest::isCareFlows).findFirst().orElseThrow());

        assertThat(plugins.subList(0, firstOfCareFlow)).hasAtLeastOneElementOfType(AbstractCamundaConfiguration.class);
        assertThat(plugins.subList(firstOfCareFlow, plugins.size()))
                .noneMatch(plugin -> plugin instanceof AbstractCamundaConfiguration);
    }

    /** Camunda's starter gives the engine its plugin beans, sorted, as one composite plugin. */
    private List<ProcessEnginePlugin> plugins() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getProcessEnginePlugins().stream()
                .flatMap(plugin -> plugin instanceof CompositeProcessEnginePlugin composite
                        ? composite.getPlugins().stream() : Stream.of(plugin))
                .toList();
    }

    private List<Class<?>> careFlowPlugins() {
        return plugins().stream().filter(EnginePluginsTest::isCareFlows).<Class<?>>map(Object::getClass).toList();
    }

    private static boolean isCareFlows(ProcessEnginePlugin plugin) {
        return plugin.getClass().getPackageName().startsWith(EnginePlugins.class.getPackageName());
    }

    private static List<Integer> declaredOrders() throws IllegalAccessException {
        List<Integer> orders = new ArrayList<>();
        for (Field constant : EnginePlugins.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == int.class) {
                orders.add(constant.getInt(null));
            }
        }
        return orders;
    }
}
