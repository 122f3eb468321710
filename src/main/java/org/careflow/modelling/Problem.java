package org.careflow.modelling;

import org.camunda.bpm.engine.impl.util.xml.Element;

/** What is wrong with a model, and the element it is wrong at (its id and line go with the refusal). */
record Problem(Element element, String message) {
}
