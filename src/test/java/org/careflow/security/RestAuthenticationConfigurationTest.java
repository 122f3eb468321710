package org.careflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The actuator endpoints are served only where the actuator filter guards them: on CareFlow's own port. */
class RestAuthenticationConfigurationTest {

    // The filters only hold the engine until a request comes: none comes here.
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RestAuthenticationConfiguration.class)
            .withBean(ProcessEngine.class, () -> mock(ProcessEngine.class))
            .withBean(ObjectMapper.class, ObjectMapper::new)
            .withBean(ActuatorReaders.class, () -> () -> "camunda-admin")
            .withBean(WebEndpointProperties.class, WebEndpointProperties::new)
            .withPropertyValues("server.port=8080");

    @ParameterizedTest(name = "management.server.port={0}")
    @ValueSource(strings = {"8081", "0"})
    void refusesAManagementPortOfItsOwn(String port) {
        context.withPropertyValues("management.server.port=" + port)
                .run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining("management.server.port"));
    }

    @ParameterizedTest(name = "management.server.port={0}")
    @ValueSource(strings = {"", "8080", "-1"})
    void startsOnItsOwnPortOrWithoutManagementEndpoints(String port) {
        context.withPropertyValues("management.server.port=" + port)
                .run(started -> assertThat(started).hasNotFailed());
    }
}
