package org.careflow.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/** Camunda's own exception mappers, preferred to them only where the cause is refused input; and refused input itself. */
final class InvalidInputMappers {

    private InvalidInputMappers() {
    }

    @Priority(Priorities.USER - 100)
    static class ForRestException extends RestExceptionHandler {
        @Override
        public Response toResponse(RestException exception) {
            return InvalidInputResponse.of(exception).orElseGet(() -> super.toResponse(exception));
        }
    }

    /** Refused input that reaches the REST API unwrapped: from a variable serializer or a start listener. */
    @Priority(Priorities.USER - 100)
    static class ForInvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException exception) {
            return InvalidInputResponse.of(exception).orElseThrow();
        }
    }

    @Priority(Priorities.USER - 100)
    static class ForEngineException extends ProcessEngineExceptionHandler {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return InvalidInputResponse.of(exception).orElseGet(() -> super.toResponse(exception));
        }
    }
}
