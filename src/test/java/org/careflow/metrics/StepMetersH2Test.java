package org.careflow.metrics;

/** Steps and escalation lag on the embedded default's database: H2, in memory for this test context. */
class StepMetersH2Test extends StepMetersContract {
}
