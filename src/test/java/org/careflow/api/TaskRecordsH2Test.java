package org.careflow.api;

/** Task records and refused requests on the embedded default's database: H2. */
class TaskRecordsH2Test extends TaskRecordsContract {
}
