package org.careflow.input;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class InputErrorConfiguration {

    @Bean
    ResourceConfigCustomizer invalidInputAsBadRequest() {
        return config -> config
                .register(InvalidInputMappers.ForRestException.class)
                .register(InvalidInputMappers.ForEngineException.class)
                .register(InvalidInputMappers.ForInvalidInput.class);
    }
}
