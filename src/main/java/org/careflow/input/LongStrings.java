package org.careflow.input;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A String variable longer than the engine's text column (4,000 characters on H2 and PostgreSQL)
 * kept whole in the byte-array table instead: a referral's concerns or a manager's reasons are
 * the record, and are neither cut nor refused. It is still a String to everyone who reads it
 * (REST, Tasklist, history, expressions); only the column it lives in differs.
 */
final class LongStrings extends PrimitiveValueSerializer<StringValue> {

    /** The engine's TEXT_ column: varchar(4000). */
    static final int TEXT_COLUMN_LENGTH = 4_000;

    LongStrings() {
        super(ValueType.STRING);
    }

    @Override
    public String getName() {
        // Written to each variable's row: the engine finds this serializer again by it.
        return "careflow-long-string";
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
        byte[] bytes = valueFields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }
}
