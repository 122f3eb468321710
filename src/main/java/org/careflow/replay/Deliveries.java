package org.careflow.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * How one kind of notice (reminders, escalations) came, against the simulated truth: how many were
 * due, how many came on their day, and the ones that did not: missed (not on its day: not at all, or
 * later), early (before its day), doubled (more than once, or on more than one day) and unexpected
 * (for a step that was not overdue, or that the model does not escalate). Clean when all four are 0.
 */
public record Deliveries(String kind, int due, int onTheirDay, int missed, int early, int doubled, int unexpected,
                         List<String> examples) {

    private static final int EXAMPLES = 10;

    public boolean clean() {
        return missed == 0 && early == 0 && doubled == 0 && unexpected == 0;
    }

    String line() {
        return "%-12s due %6d, on their day %6d, missed %d, early %d, doubled %d, unexpected %d"
                .formatted(kind, due, onTheirDay, missed, early, doubled, unexpected);
    }

    /** Counts the outcomes of one kind as they are found. */
    static final class Tally {

        private final String kind;
        private int due;
        private int onTheirDay;
        private int missed;
        private int early;
        private int doubled;
        private int unexpected;
        private final List<String> examples = new ArrayList<>();

        Tally(String kind) {
            this.kind = kind;
        }

        void due() {
            due++;
        }

        void onTheirDay() {
            onTheirDay++;
        }

        void missed(String what) {
            missed++;
            example("missed: " + what);
        }

        void early(String what) {
            early++;
            example("early: " + what);
        }

        void doubled(String what) {
            doubled++;
            example("doubled: " + what);
        }

        void unexpected(String what) {
            unexpected++;
            example("unexpected: " + what);
        }

        private void example(String what) {
            if (examples.size() < EXAMPLES) {
                examples.add(kind + " " + what);
            }
        }

        Deliveries result() {
            return new Deliveries(kind, due, onTheirDay, missed, early, doubled, unexpected, List.copyOf(examples));
        }
    }
}
