package org.careflow.timescales;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/** The timescales of the shipped {@code processes/timescales.dmn}, evaluated without a process engine. */
final class DmnFileTimescales implements Timescales {

    static final String FILE = "/processes/timescales.dmn";

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;

    DmnFileTimescales() {
        try (InputStream in = DmnFileTimescales.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            decision = engine.parseDecision(TimescalesDecision.KEY, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Timescale get(String id) {
        return TimescalesDecision.toTimescale(id,
                engine.evaluateDecisionTable(decision, Variables.putValue(TimescalesDecision.INPUT, id)));
    }
}
