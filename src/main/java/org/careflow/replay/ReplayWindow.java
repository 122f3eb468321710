package org.careflow.replay;

import java.time.LocalDate;

/** The days replayed: {@code days} days from {@code first}. */
public record ReplayWindow(LocalDate first, int days) {

    public LocalDate last() {
        return first.plusDays(days - 1L);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last());
    }
}
