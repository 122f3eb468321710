package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each deployed version of the timescales table is evaluated once per timescale, the latest version is
 * asked once a transaction, and a new version counts from the next transaction on.
 */
@SpringBootTest
@ActiveProfiles("test")
// Deploys versions of the timescales table: a context of its own, so no other test meets them.
@DirtiesContext
class DeployedTimescalesVersionsTest {

    private static final String REFERRAL_DECISION = "referral-decision";

    @Autowired
    DeployedTimescales timescales;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aVersionsTimescalesAreReadOnceAndANewVersionCountsAtOnce() throws IOException {
        String shipped = Files.readString(Path.of("processes", "timescales.dmn"));
        Timescale first = timescales.get(REFERRAL_DECISION);

        assertThat(first.amount()).isEqualTo(1);
        assertThat(timescales.get(REFERRAL_DECISION)).as("kept for its version, not evaluated again").isSameAs(first);

        deploy(shipped.replace("<outputEntry id=\"Amount_ReferralDecision\">\n          <text>1</text>",
                "<outputEntry id=\"Amount_ReferralDecision\">\n          <text>2</text>"));
        Timescale second = timescales.get(REFERRAL_DECISION);

        assertThat(second.amount()).as("the new version, at once").isEqualTo(2);
        assertThat(timescales.get(REFERRAL_DECISION)).isSameAs(second);

        deploy(shipped);
        Timescale third = timescales.get(REFERRAL_DECISION);

        assertThat(third.amount()).as("the latest version again, not the kept one of the next-to-last").isEqualTo(1);
        assertThat(third).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void oneTransactionReadsOneVersionAndTheNextOneTheLatest() throws IOException {
        String shipped = Files.readString(Path.of("processes", "timescales.dmn"));
        String changed = shipped.replace("<outputEntry id=\"Amount_ReferralDecision\">\n          <text>1</text>",
                "<outputEntry id=\"Amount_ReferralDecision\">\n          <text>3</text>");
        int before = timescales.get(REFERRAL_DECISION).amount();

        int inTheTransaction = new TransactionTemplate(transactions).execute(status -> {
            int first = timescales.get(REFERRAL_DECISION).amount();
            deploy(changed);
            assertThat(timescales.get(REFERRAL_DECISION).amount()).as("the version this transaction first read").isEqualTo(first);
            return first;
        });

        assertThat(inTheTransaction).isEqualTo(before);
        assertThat(timescales.get(REFERRAL_DECISION).amount()).as("the next transaction reads the latest").isEqualTo(3);
        deploy(shipped);
        assertThat(timescales.get(REFERRAL_DECISION).amount()).isEqualTo(before);
    }

    @Test
    void anUnknownTimescaleIsRefusedEachTime() {
        assertThatThrownBy(() -> timescales.get("no-such-timescale")).isInstanceOf(UnknownTimescaleException.class);
        assertThatThrownBy(() -> timescales.get("no-such-timescale")).isInstanceOf(UnknownTimescaleException.class);
    }

    private void deploy(String dmn) {
        engine.getRepositoryService().createDeployment().name("timescales-version-test")
                .addString("processes/timescales.dmn", dmn).deploy();
    }
}
