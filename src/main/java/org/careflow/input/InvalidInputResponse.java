package org.careflow.input;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The engine wraps whatever a listener throws (and the REST API wraps that again as a 500), so
 * refused input is found by its cause and answered as the client's mistake it is: 400, naming
 * the field.
 */
final class InvalidInputResponse {

    private InvalidInputResponse() {
    }

    static Optional<Response> of(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            // A timescale id or a date that only shows as wrong when a deadline is computed from it
            // (a plan's visitTimescale, a date variable) is the client's mistake all the same.
            if (cause instanceof RefusedInput invalid) {
                Map<String, String> body = new LinkedHashMap<>();
                body.put("type", InvalidInputException.class.getSimpleName());
                if (invalid.field() != null) {
                    body.put("field", invalid.field());
                }
                body.put("message", invalid.getMessage());
                return Optional.of(Response.status(Response.Status.BAD_REQUEST)
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
            }
            if (cause instanceof ProcessEngineException engine) {
                Optional<InvalidInputException> refused = EngineRefusals.of(engine);
                if (refused.isPresent()) {
                    return of(refused.get());
                }
            }
        }
        return Optional.empty();
    }
}
