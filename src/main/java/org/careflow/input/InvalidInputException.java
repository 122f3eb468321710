package org.careflow.input;

/**
 * Input refused at the door: a start variable, a business key or a form field that does not
 * hold. Thrown inside an engine command, it rolls the whole command back, so a refused start
 * leaves no instance and a refused completion leaves the task open.
 */
public class InvalidInputException extends RuntimeException implements RefusedInput {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
