package org.careflow.timescales;

/** The current number, unit and reminder of each timescale id. */
@FunctionalInterface
public interface Timescales {

    /** @throws UnknownTimescaleException when no timescale has this id */
    Timescale get(String id);
}
