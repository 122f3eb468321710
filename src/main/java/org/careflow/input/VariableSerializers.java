package org.careflow.input;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How process variables are stored, through Camunda's extension point for serializers (asked before
 * the engine's own): text longer than the database's string column whole, serialized objects refused.
 */
@Component
@Order(EnginePlugins.VARIABLE_SERIALIZERS)
class VariableSerializers extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(new LongStrings());
        serializers.add(new SerializedObjectsRefused());
        configuration.setCustomPreVariableSerializers(serializers);
    }
}
