-- What an escalation knows of the step it escalates, as one row written in the transaction that
-- starts it (escalation/Escalations), instead of six variables of the escalation process: each of
-- those was a row in the runtime and another in the history, and the sweep of 20,000 passed deadlines
-- wrote 37 rows an escalation (docs/benchmarks.md, "an escalation on a row of its own"). Nothing here
-- changes once written, but the deadline the step is held to, which each target date recorded moves;
-- every target date set stays in CF_STEP_OVERSIGHT and with its Record oversight task in the history.
-- Escalations started before this row was kept keep their variables, which are read instead.
create table CF_ESCALATION (
    ID_                   varchar(64)  not null primary key, -- the escalation's process instance
    CASE_REF_             varchar(255),
    STEP_ID_              varchar(255) not null,             -- the overdue step's element in its model
    STEP_NAME_            varchar(255) not null,             -- its name, as people read it
    PROC_INST_ID_         varchar(64)  not null,             -- the process instance the step waits in
    EXECUTION_ID_         varchar(64),                       -- the occurrence: CF_STEP.EXECUTION_ID_
    DEADLINE_             timestamp    not null,             -- the step's due date, the end of its deadline day
    TARGET_DEADLINE_      timestamp    not null,             -- the deadline the step is held to now
    ALREADY_ESCALATED_BY_ varchar(64),                       -- the escalation of the same lateness, if one came first
    STARTED_AT_           timestamp    not null
);
-- the same lateness (this step of this process instance, due by this deadline) is escalated once
create index CF_ESCALATION_IDX_LATENESS on CF_ESCALATION (PROC_INST_ID_, STEP_ID_, DEADLINE_);
