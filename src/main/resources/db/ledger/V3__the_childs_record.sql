-- The child, not only the case: one row per child the authority works with, under the identifier
-- the returns accept (the CIN census' LAchildID: letters and digits, at most 20), with the
-- characteristics the returns ask for in their own codes (codes/codes.yaml). A child referred again
-- is the same row; the child's referrals, assessments, enquiries and plans are the engine's process
-- instances whose childId names it, and their steps the ledger's rows that carry it.
create table CF_CHILD (
    CHILD_ID_          varchar(20)  not null primary key,
    NAME_              varchar(255),
    BORN_ON_           date,
    EXPECTED_ON_       date,          -- an unborn child's expected date of birth
    SEX_               varchar(1),
    ETHNICITY_         varchar(4),
    DISABILITIES_      varchar(255),  -- codes separated by spaces
    UPN_               varchar(13),
    UPN_UNKNOWN_       varchar(4),    -- why the UPN is not known
    CASE_REF_          varchar(255),  -- the case the child was last referred under
    TEAM_              varchar(255),
    CREATED_AT_        timestamp    not null,
    UPDATED_AT_        timestamp    not null -- the DfE feed sends the children changed since its last run
);
create index CF_CHILD_IDX_UPDATED on CF_CHILD (UPDATED_AT_);

alter table CF_STEP add column CHILD_ID_ varchar(20);
create index CF_STEP_IDX_CHILD on CF_STEP (CHILD_ID_);
