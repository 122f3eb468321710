package org.careflow.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;

/**
 * The variables of a request to the engine API (a start, a completion, a form submission, a message,
 * a change of variables), checked as the request body is read, before anything runs. Each of these
 * failed later as a 500 that did not say which variable: a name longer than the engine's column, a
 * variable sent as JSON {@code null} (the REST API dereferences it), a File without the valueInfo
 * that gives its file name. Found by type: every request object's {@code Map<String, VariableValueDto>}.
 */
@Priority(Priorities.ENTITY_CODER)
final class RequestVariables implements ReaderInterceptor {

    /** ACT_RU_VARIABLE.NAME_ (and the history's): varchar(255). */
    static final int MAX_NAME_LENGTH = 255;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        if (entity instanceof VariableValueDto single) {
            check(null, single);
        } else if (entity != null && entity.getClass().getName().startsWith("org.camunda.bpm.engine.rest.dto")) {
            for (Method getter : entity.getClass().getMethods()) {
                if (holdsVariables(getter)) {
                    checkAll(getter, entity);
                }
            }
        }
        return entity;
    }

    private static boolean holdsVariables(Method getter) {
        if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                || !(getter.getGenericReturnType() instanceof ParameterizedType map) || map.getRawType() != Map.class) {
            return false;
        }
        Type[] types = map.getActualTypeArguments();
        return types.length == 2 && types[1] == VariableValueDto.class;
    }

    private static void checkAll(Method getter, Object entity) {
        Map<?, ?> variables;
        try {
            variables = (Map<?, ?>) getter.invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (variables != null) {
            variables.forEach((name, value) -> {
                String variable = String.valueOf(name);
                if (variable.length() > MAX_NAME_LENGTH) {
                    throw new InvalidInputException(variable, "a variable name is at most " + MAX_NAME_LENGTH
                            + " characters, not " + variable.length() + ": " + variable.substring(0, 40) + "…");
                }
                check(variable, (VariableValueDto) value);
            });
        }
    }

    private static void check(String name, VariableValueDto variable) {
        String shown = name == null ? "the variable" : name;
        if (variable == null) {
            throw new InvalidInputException(name, shown + " is null: give it as {\"value\": null, \"type\": \"Null\"}"
                    + " (or with its type), or leave it out");
        }
        if ("file".equalsIgnoreCase(variable.getType())
                && (variable.getValueInfo() == null || variable.getValueInfo().get("filename") == null)) {
            throw new InvalidInputException(name, shown + " is a File: its valueInfo must give its filename");
        }
    }
}
