package org.careflow.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careflow.calendar.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mail to send ({@code CF_MAIL}): queued once per escalation and recipient, or per digest day and
 * recipient, whatever retries the engine makes; claimed by one node at a time for a lease, so two
 * nodes never send the same mail; recorded when the server took it, or why it did not.
 */
@Component
class MailQueue {

    static final String ESCALATION = "escalation";
    static final String DIGEST = "digest";
    /** How long a node holds the mail it is sending before another may take it over. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    record Mail(String id, String address, String subject, String body, int attempts) {
    }

    private final JdbcTemplate jdbc;

    MailQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the mail unless it is queued already; whether it was queued now. */
    boolean queue(String kind, String subjectKey, String recipient, String address, String subject, String body) {
        Timestamp now = Timestamp.from(EngineClock.now());
        return jdbc.update("insert into CF_MAIL (ID_, KIND_, SUBJECT_KEY_, RECIPIENT_, ADDRESS_, SUBJECT_, BODY_, CREATED_AT_,"
                        + " NEXT_ATTEMPT_AT_) select ?, ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) as one (x) where not exists"
                        + " (select 1 from CF_MAIL where KIND_ = ? and SUBJECT_KEY_ = ? and RECIPIENT_ = ?)",
                UUID.randomUUID().toString(), kind, subjectKey, recipient, address, subject, body, now, now,
                kind, subjectKey, recipient) == 1;
    }

    /** Up to {@code limit} mails due, claimed by this node for the lease. */
    List<Mail> claim(String node, int limit) {
        Instant now = Instant.now();
        List<String> due = jdbc.queryForList("select ID_ from CF_MAIL where SENT_AT_ is null and NEXT_ATTEMPT_AT_ <= ?"
                + " and (CLAIMED_UNTIL_ is null or CLAIMED_UNTIL_ < ?) order by NEXT_ATTEMPT_AT_", String.class,
                Timestamp.from(EngineClock.now()), Timestamp.from(now)).stream().limit(limit).toList();
        return due.stream().filter(id -> jdbc.update("update CF_MAIL set CLAIMED_BY_ = ?, CLAIMED_UNTIL_ = ? where ID_ = ?"
                        + " and SENT_AT_ is null and (CLAIMED_UNTIL_ is null or CLAIMED_UNTIL_ < ?)", node,
                        Timestamp.from(now.plus(LEASE)), id, Timestamp.from(now)) == 1)
                .map(id -> jdbc.queryForObject("select ID_, ADDRESS_, SUBJECT_, BODY_, ATTEMPTS_ from CF_MAIL where ID_ = ?",
                        (row, n) -> new Mail(row.getString("ID_"), row.getString("ADDRESS_"), row.getString("SUBJECT_"),
                                row.getString("BODY_"), row.getInt("ATTEMPTS_")), id))
                .toList();
    }

    void sent(String id) {
        jdbc.update("update CF_MAIL set SENT_AT_ = ?, CLAIMED_UNTIL_ = null where ID_ = ?", Timestamp.from(Instant.now()), id);
    }

    /** The server refused it: tried again after the wait, or left for an operator once the attempts are spent. */
    void failed(String id, int attempts, String error, Duration wait, boolean again) {
        jdbc.update("update CF_MAIL set ATTEMPTS_ = ?, LAST_ERROR_ = ?, CLAIMED_UNTIL_ = null, NEXT_ATTEMPT_AT_ = ? where ID_ = ?",
                attempts, error.length() > 1000 ? error.substring(0, 1000) : error,
                Timestamp.from(again ? EngineClock.now().plus(wait) : Instant.parse("9999-12-31T00:00:00Z")), id);
    }
}
