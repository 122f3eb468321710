package org.careflow.returns;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A social worker of an episode in turn: from the day they took a step of the case on, to the day
 * someone else did, or the case closed. The episode's workers, one after another, are the child's
 * changes of social worker.
 *
 * @param to the day their turn ended, none while it goes on
 */
record CareWorker(String user, LocalDate from, LocalDate to) {

    /** DfE's worker_id: letters, digits, {@code _} and {@code -}, at most 12. */
    private static final String WORKER_ID = "[A-Za-z0-9_-]{1,12}";

    /** The episode's workers in turn; the same worker taking the next step on goes on with their turn. */
    static List<CareWorker> of(CinEpisode episode, ZoneId zone) {
        List<Episode.Held> held = Stream.concat(Stream.of(episode.referral()), episode.processes().stream()).distinct()
                .flatMap(process -> process.held().stream()).sorted(Comparator.comparing(Episode.Held::from)).toList();
        List<CareWorker> turns = new ArrayList<>();
        for (Episode.Held step : held) {
            LocalDate day = LocalDate.ofInstant(step.from(), zone);
            CareWorker last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
            if (last != null && last.user().equals(step.worker())) {
                continue;
            }
            if (last != null) {
                turns.set(turns.size() - 1, new CareWorker(last.user(), last.from(), day));
            }
            turns.add(new CareWorker(step.worker(), day, null));
        }
        if (!turns.isEmpty() && episode.closedOn() != null) {
            CareWorker last = turns.get(turns.size() - 1);
            turns.set(turns.size() - 1, new CareWorker(last.user(), last.from(), episode.closedOn()));
        }
        return turns;
    }

    /**
     * The worker's id for DfE: their Social Work England number where the identity service holds one,
     * else their user id where it fits, else a stable id made from it ("W" and 11 characters of its SHA-256).
     */
    static String id(String user, Map<String, String> sweNumbers) {
        String number = sweNumbers.get(user);
        if (number != null && number.matches(WORKER_ID)) {
            return number;
        }
        if (user.matches(WORKER_ID)) {
            return user;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(user.getBytes(StandardCharsets.UTF_8));
            return "W" + new BigInteger(1, digest).toString(36).toUpperCase().substring(0, 11);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
