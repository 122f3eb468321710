package org.careflow.timeliness;

import java.time.LocalDate;

/**
 * One occurrence counted by a measure: whose it is, the day it counts on (done, received, started or
 * ended), whether it meets the measure, and how long it took in the measure's unit (null if it has none).
 */
record Observation(String team, String worker, LocalDate on, boolean within, Double value) {

    static final String UNALLOCATED = "unallocated";

    Observation {
        worker = worker == null ? UNALLOCATED : worker;
    }
}
