package org.careflow.security;

/** Issue 12's hardening on the embedded default's database: H2, in memory for this test context. */
class HardeningH2Test extends HardeningContract {
}
