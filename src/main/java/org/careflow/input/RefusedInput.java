package org.careflow.input;

/**
 * Input the client got wrong, wherever it is found (at the door, or only when a deadline is computed
 * from it): answered 400, naming the field where there is one. Capabilities with refusals of their
 * own (a timescale id, an event date) implement it, so that this module depends on none of them.
 */
public interface RefusedInput {

    /** The field, variable or parameter refused; null when the refusal names none. */
    String field();

    String getMessage();
}
