package org.careflow.replay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.careflow.timescales.Timescale;
import org.careflow.timescales.Timescales;

/**
 * The timescales as deployed when the replay began, each read once: the replay's truth computes a
 * deadline for every occurrence it simulates, and reading the decision afresh each time (a FEEL
 * evaluation) doubled the replay's own work. Nobody deploys models during a replay.
 */
final class TimescalesInForce implements Timescales {

    private final Timescales deployed;
    private final Map<String, Timescale> read = new ConcurrentHashMap<>();

    TimescalesInForce(Timescales deployed) {
        this.deployed = deployed;
    }

    @Override
    public Timescale get(String id) {
        return read.computeIfAbsent(id, deployed::get);
    }
}
