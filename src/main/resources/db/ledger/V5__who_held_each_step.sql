-- Who held each occurrence of a statutory step, and from when: a row each time its task is assigned
-- to someone new, written in the engine's transaction as the ledger is. The case's social workers
-- in turn, and how often they changed, are read from it (the DfE feed's care workers).
create table CF_STEP_WORKER (
    OCCURRENCE_ID_     varchar(64)  not null, -- CF_STEP.ID_
    PROC_INST_ID_      varchar(64)  not null,
    CASE_REF_          varchar(255),
    CHILD_ID_          varchar(20),
    TASK_ID_           varchar(64)  not null,
    WORKER_            varchar(255) not null,
    CANDIDATE_GROUP_   varchar(255),          -- the group the task was for: a manager's agreement is not casework
    FROM_              timestamp    not null
);
create index CF_STEP_WORKER_IDX_PROC on CF_STEP_WORKER (PROC_INST_ID_);
create index CF_STEP_WORKER_IDX_CHILD on CF_STEP_WORKER (CHILD_ID_);
