package org.careflow.input;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * CareFlow's own API (/api) answers every refusal as an RFC 9457 problem ({@code application/problem+json}):
 * CareFlow's own (400 naming the field, 403, 404, 409) here, Spring MVC's (a missing or malformed parameter
 * or body, an unknown route, a wrong method) from {@link ResponseEntityExceptionHandler}, and a request
 * refused before it reaches a controller (401, 403) by the API's authentication filter. The engine REST
 * API and the web apps' copy of it are JAX-RS, not Spring MVC, and keep the engine's own format
 * ({@link InvalidInputMappers}).
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    /** The problem's member that names the input refused, as {@code field} does in the engine REST API's answers. */
    static final String FIELD = "field";

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        return naming(e.field(), ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail forbidden(AuthorizationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NullValueException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Two people changed the same case at once: the engine rolled the later change back whole. */
    @ExceptionHandler
    ProblemDetail conflict(OptimisticLockingException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The case was changed by someone else at the same time, and nothing of this request was done: try again");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        naming(e.getParameterName(), e.getBody());
        return super.handleMissingServletRequestParameter(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        ResponseEntity<Object> answer = super.handleTypeMismatch(e, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            naming(e.getPropertyName(), problem);
        }
        return answer;
    }

    /** Spring MVC looks for a static file where no controller answers, and would say so. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail("Nothing here answers " + e.getHttpMethod() + " /" + e.getResourcePath());
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    private static ProblemDetail naming(String field, ProblemDetail problem) {
        if (field != null) {
            problem.setProperty(FIELD, field);
        }
        return problem;
    }
}
