package org.careflow.steps;

/** What is wrong with a model at one element, by its id: the parse turns it into an error with the element's line. */
public record ModelProblem(String elementId, String message) {
}
