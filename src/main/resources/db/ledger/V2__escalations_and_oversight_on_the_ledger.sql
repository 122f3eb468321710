-- What the ledger's readers need beside the clock: the child the step is for, the day its clock
-- started (timeliness measures from it), and the step's escalation and oversight, so that the
-- oversight view reads one table and every target date a manager set stays with the step it was for.
alter table CF_STEP add column CHILD_NAME_ varchar(255);
alter table CF_STEP add column CLOCK_START_ date;
alter table CF_STEP add column ESCALATION_ID_ varchar(64);                             -- the latest escalation: its process instance
alter table CF_STEP add column ESCALATION_STATE_ varchar(32) default 'none' not null;  -- EscalationProcess.Stage
alter table CF_STEP add column ESCALATIONS_ integer default 0 not null;                -- escalations of the step, each lateness once
alter table CF_STEP add column TARGET_DATE_ date;                                      -- the latest target date the managers set
alter table CF_STEP add column TARGETS_MISSED_ integer default 0 not null;
create index CF_STEP_IDX_ESCALATION on CF_STEP (ESCALATION_ID_);
create index CF_STEP_IDX_DONE on CF_STEP (STATE_, DONE_ON_);

-- Each oversight recorded: why the step is late, what happens next, by when, who and when. A
-- manager's reasons are kept whole, however long (varchar without a length, in both databases).
create table CF_STEP_OVERSIGHT (
    ID_            varchar(64)   not null primary key, -- the Record oversight's activity instance
    STEP_ID_       varchar(64)   not null,             -- CF_STEP.ID_, the occurrence overseen
    ESCALATION_ID_ varchar(64)   not null,
    RECORDED_AT_   timestamp     not null,
    RECORDED_BY_   varchar(255),
    DELAY_REASON_  varchar,
    NEXT_ACTION_   varchar,
    TARGET_DATE_   date
);
create index CF_STEP_OVERSIGHT_IDX_STEP on CF_STEP_OVERSIGHT (STEP_ID_);
