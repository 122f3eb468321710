package org.careflow.input;

import org.camunda.bpm.engine.impl.variable.serializer.AbstractTypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * CareFlow's variables are strings, numbers, booleans and dates; an Object sent as serialized text
 * (JSON, XML) has no serializer in the engine, which the REST API answered with a 500 that did not
 * say which variable. Refused here, when the variable is set, naming it. (Java serialization is
 * refused by the engine itself before any serializer: {@link InvalidInputResponse}.)
 */
final class SerializedObjectsRefused extends AbstractTypedValueSerializer<ObjectValue> {

    SerializedObjectsRefused() {
        super(ValueType.OBJECT);
    }

    @Override
    public String getName() {
        return "careflow-serialized-object-refused";
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        // Objects made inside CareFlow arrive deserialized; only text from a client is serialized.
        return value instanceof ObjectValue object && !object.isDeserialized();
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields valueFields) {
        throw new InvalidInputException(valueFields.getName(), valueFields.getName() + " must be a String, Boolean, number"
                + " or Date (a date as an ISO-8601 String), not an Object (" + value.getObjectTypeName() + ")");
    }

    @Override
    public ObjectValue readValue(ValueFields valueFields, boolean deserializeValue, boolean asTransientValue) {
        throw new IllegalStateException("never written: " + valueFields.getName());
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
        throw new UnsupportedOperationException("an untyped value is never a serialized object");
    }
}
