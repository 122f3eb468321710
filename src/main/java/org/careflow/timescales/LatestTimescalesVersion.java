package org.careflow.timescales;

import java.util.function.Supplier;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The latest deployed version of the timescales table, asked once per transaction. A case's start
 * computes several deadlines (each step's due date, its timer, its ledger row), and asking the
 * engine's decision query for each took more of the request threads' time than the deadlines
 * themselves: most of it MyBatis building the query's dynamic SQL (docs/benchmarks.md, 1 December
 * 2026). Within one transaction every deadline then reads the same version, which a deployment
 * committed meanwhile by another node could not have given it anyway; the next transaction asks
 * again, so a new version still counts at once, on every node. Outside a transaction it asks each time.
 */
final class LatestTimescalesVersion {

    private final Object key = new Object();

    DecisionDefinition get(Supplier<DecisionDefinition> ask) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return ask.get();
        }
        DecisionDefinition held = (DecisionDefinition) TransactionSynchronizationManager.getResource(key);
        if (held != null) {
            return held;
        }
        DecisionDefinition latest = ask.get();
        if (latest != null) {
            TransactionSynchronizationManager.bindResource(key, latest);
            TransactionSynchronizationManager.registerSynchronization(new Held(latest));
        }
        return latest;
    }

    /** Lets go of the version when the transaction ends, and while another one runs inside it (REQUIRES_NEW). */
    private final class Held implements TransactionSynchronization {

        private final DecisionDefinition latest;

        Held(DecisionDefinition latest) {
            this.latest = latest;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(key, latest);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }
}
