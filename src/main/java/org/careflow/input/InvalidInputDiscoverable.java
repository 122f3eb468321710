package org.careflow.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Refused input answers 400 on every JAX-RS application that reaches the engine: the REST API at
 * /engine-rest, and the web apps' own copy of it, through which Tasklist and Cockpit complete tasks
 * (/camunda/api/engine), which Camunda's starter builds from a class that nothing can add to. Jersey
 * applies each auto-discoverable named in META-INF/services to every application it builds.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class InvalidInputDiscoverable implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(InvalidInputMappers.ForEngineException.class)) {
            context.register(InvalidInputMappers.ForRestException.class);
            context.register(InvalidInputMappers.ForEngineException.class);
            context.register(InvalidInputMappers.ForInvalidInput.class);
            context.register(RequestVariables.class);
        }
    }
}
