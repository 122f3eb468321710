package org.careflow.api;

/** The REST contract on the embedded default's database: H2, in memory for this test context. */
class RestApiH2Test extends RestApiContract {
}
