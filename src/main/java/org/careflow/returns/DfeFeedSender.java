package org.careflow.returns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careflow.calendar.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends the DfE feed: the records in batches of at most 100 (the API's limit) to
 * {@code /children_social_care_data/{la_code}/children}, each batch retried with a growing wait while
 * DfE answers 429 or a 5xx, and every run recorded ({@code CF_FEED_RUN}); the changes a run sends
 * are those since the last run that was sent whole.
 */
@Component
class DfeFeedSender {

    static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(DfeFeedSender.class);

    private final DfeFeed feed;
    private final ReturnsProperties properties;
    private final JdbcTemplate jdbc;
    private final RestClient.Builder http;

    DfeFeedSender(DfeFeed feed, ReturnsProperties properties, JdbcTemplate jdbc, RestClient.Builder http) {
        this.feed = feed;
        this.properties = properties;
        this.jdbc = jdbc;
        this.http = http;
    }

    /** How a run ended. */
    record Run(String id, Instant since, int children, int batches, int attempts, String status, String detail) {
    }

    /** The changes since the last run sent whole, or a full snapshot when {@code full} or none was. */
    Run send(boolean full, List<String> teams) {
        ReturnsProperties.DfeFeed settings = properties.dfeFeed();
        if (settings.endpoint() == null || properties.laCode() == null || !properties.laCode().matches("\\d{3}")) {
            throw new MissingSetting("careflow.returns.dfe-feed.endpoint and careflow.returns.la-code",
                    "The DfE feed is sent to DfE's endpoint under the authority's three-digit DfE code");
        }
        Instant startedAt = EngineClock.now();
        Instant since = full ? null : lastSent();
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into CF_FEED_RUN (ID_, STARTED_AT_, SINCE_, STATUS_) values (?, ?, ?, 'running')", id,
                Timestamp.from(startedAt), since == null ? null : Timestamp.from(since));
        int batches = 0;
        int attempts = 0;
        int children = 0;
        try {
            List<ObjectNode> records = feed.children(since, teams);
            children = records.size();
            RestClient client = http.baseUrl(settings.endpoint().toString()).build();
            for (int from = 0; from < records.size(); from += BATCH) {
                List<ObjectNode> batch = records.subList(from, Math.min(records.size(), from + BATCH));
                attempts += sendBatch(client, batch, settings);
                batches++;
                LOG.info("DfE feed run {}: batch {} sent, {} of {} children", id, batches, from + batch.size(), records.size());
            }
            return finish(new Run(id, since, children, batches, attempts, "sent", null));
        } catch (RuntimeException e) {
            // whatever stopped it, the run is recorded as failed, never left running
            LOG.warn("DfE feed run {} failed after {} batches: {}", id, batches, e.getMessage());
            return finish(new Run(id, since, children, batches, attempts, "failed", e.getMessage()));
        }
    }

    /** Attempts taken; a refusal DfE will not change its mind on (400, 401, 403, 413) ends the run at once. */
    private int sendBatch(RestClient client, List<ObjectNode> batch, ReturnsProperties.DfeFeed settings) {
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                client.post().uri("/children_social_care_data/{la}/children", properties.laCode())
                        .contentType(MediaType.APPLICATION_JSON)
                        .headers(headers -> {
                            if (settings.token() != null) {
                                headers.setBearerAuth(settings.token());
                            }
                            if (settings.supplierKey() != null) {
                                headers.set("SupplierKey", settings.supplierKey());
                            }
                        })
                        .body(batch).retrieve().toBodilessEntity();
                return attempt;
            } catch (RestClientResponseException e) {
                if (!retried(e.getStatusCode()) || attempt >= settings.attempts()) {
                    throw e;
                }
                LOG.warn("DfE feed: {} on attempt {}, trying again in {}", e.getStatusCode(), attempt, wait);
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static boolean retried(HttpStatusCode status) {
        return status.value() == 429 || status.is5xxServerError();
    }

    private Instant lastSent() {
        List<Timestamp> sent = jdbc.queryForList("select max(STARTED_AT_) from CF_FEED_RUN where STATUS_ = 'sent'", Timestamp.class);
        return sent.isEmpty() || sent.get(0) == null ? null : sent.get(0).toInstant();
    }

    private Run finish(Run run) {
        jdbc.update("update CF_FEED_RUN set ENDED_AT_ = ?, CHILDREN_ = ?, BATCHES_ = ?, ATTEMPTS_ = ?, STATUS_ = ?, DETAIL_ = ?"
                        + " where ID_ = ?", Timestamp.from(EngineClock.now()), run.children(), run.batches(), run.attempts(),
                run.status(), run.detail(), run.id());
        return run;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to send the DfE feed again", e);
        }
    }
}
