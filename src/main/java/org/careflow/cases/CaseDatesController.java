package org.careflow.cases;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.careflow.input.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/cases/{processInstanceId}/dates/{variable}} with {@code {"date": "...", "reason": "..."}}. */
@RestController
class CaseDatesController {

    private final CaseDates caseDates;

    CaseDatesController(CaseDates caseDates) {
        this.caseDates = caseDates;
    }

    record DateChangeRequest(String date, String reason) {
    }

    @PutMapping("/api/cases/{processInstanceId}/dates/{variable}")
    CaseDates.Change change(@PathVariable String processInstanceId, @PathVariable String variable,
                            @RequestBody DateChangeRequest request) {
        return caseDates.change(processInstanceId, variable, request.date(), request.reason());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("field", e.field(), "message", e.getMessage()));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(NullValueException.class)
    ResponseEntity<Map<String, String>> notFound(NullValueException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
