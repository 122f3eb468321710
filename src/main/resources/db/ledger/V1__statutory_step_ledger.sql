-- The statutory step ledger: one row per occurrence of a declared statutory step (a referral
-- decision, an assessment, each visit, each review), written in the engine's own transaction from
-- the step's declaration, so it never disagrees with the engine. Oversight, timeliness and the
-- returns read it instead of scanning the engine's runtime tables.
create table CF_STEP (
    ID_                varchar(64)  not null primary key, -- the occurrence: the declaring element's activity instance
    EXECUTION_ID_      varchar(64)  not null,             -- where it runs (an escalation's overdueExecutionId)
    PROC_INST_ID_      varchar(64)  not null,
    PROC_DEF_KEY_      varchar(255) not null,
    CASE_REF_          varchar(255),
    TEAM_              varchar(255),
    WORKER_            varchar(255),
    TASK_ID_           varchar(64),                       -- its latest task, whose due date is the deadline
    TASK_KEY_          varchar(255),                      -- that task's definition key and name in the model
    TASK_NAME_         varchar(255),
    CANDIDATE_GROUP_   varchar(255),                      -- the group that works it (the team, its managers)
    STEP_ID_           varchar(255) not null,
    STEP_NAME_         varchar(255),
    TIMESCALE_         varchar(255),
    DEADLINE_          date         not null,
    REMINDER_          date,
    OPENED_AT_         timestamp    not null,
    ENDED_AT_          timestamp,
    STATE_             varchar(16)  not null,             -- open, done, cancelled
    DONE_ON_           date,
    ON_TIME_           boolean,
    WORKING_DAYS_LATE_ integer
);
create index CF_STEP_IDX_OPEN on CF_STEP (STATE_, CANDIDATE_GROUP_, DEADLINE_);
create index CF_STEP_IDX_CASE on CF_STEP (CASE_REF_);
create index CF_STEP_IDX_PROC_INST on CF_STEP (PROC_INST_ID_, STATE_);
