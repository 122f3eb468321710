package org.careflow.api;

/** Case integrity on the embedded default's database: H2, in memory for this test context. */
class CaseIntegrityH2Test extends CaseIntegrityContract {
}
