package org.careflow.replay;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The replay's chance: each choice is drawn from the seed and what it is about (a case, a step, the
 * how-manieth time), not from a sequence, so a choice never depends on the order the engine lists
 * tasks in, and the same seed replays the same year.
 */
final class Dice {

    private final long seed;

    Dice(long seed) {
        this.seed = seed;
    }

    /** A number in [0, 1) for this choice. */
    double roll(Object... choice) {
        return new SplittableRandom(seed * 1_000_003L + Arrays.hashCode(choice)).nextDouble();
    }

    /** An integer in [lowest, highest] for this choice. */
    int between(int lowest, int highest, Object... choice) {
        return lowest + (int) (roll(choice) * (highest - lowest + 1));
    }

    /** One of the options, each with its share (the shares add up to 1; the last takes what is left). */
    String pick(Object choice, Object[][] options) {
        double roll = roll(choice, "pick");
        double sum = 0;
        for (Object[] option : options) {
            sum += (double) option[1];
            if (roll < sum) {
                return (String) option[0];
            }
        }
        return (String) options[options.length - 1][0];
    }
}
