-- What the engine's transactions look up in the ledger as they write it, each by an index, so that
-- no step change reads the whole table (docs/benchmarks.md, "the index the escalations lacked"): an
-- escalation finds the occurrence it escalates by where it runs (EscalationsOnTheLedger), a moved
-- deadline its occurrence by its task (StepLedger.moved, and the fill of an older database), and an
-- assignment whether the worker held that task already (StepLedger.heldBy). At 100,000 open cases
-- the first of these, without its index, was a sequential scan of 185,000 rows in every escalation.
create index CF_STEP_IDX_EXECUTION on CF_STEP (EXECUTION_ID_);
create index CF_STEP_IDX_TASK on CF_STEP (TASK_ID_);
create index CF_STEP_WORKER_IDX_OCCURRENCE on CF_STEP_WORKER (OCCURRENCE_ID_, TASK_ID_);
