-- The SSDA903 episodes of each looked-after child's period of care: one from each change of legal
-- status or placement to the next, written by the lookedAfter process in the engine's transaction.
create table CF_CARE_EPISODE (
    ID_                    varchar(64)  not null primary key,
    PROC_INST_ID_          varchar(64)  not null,
    CASE_REF_              varchar(255),
    CHILD_ID_              varchar(20),
    TEAM_                  varchar(255),
    DECOM_                 date         not null, -- the episode began
    RNE_                   varchar(1)   not null, -- why: S a new period of care, L legal status, P placement, B both
    LS_                    varchar(2)   not null, -- legal status
    CIN_                   varchar(2),           -- category of need
    PLACE_                 varchar(2)   not null,
    PLACE_PROVIDER_        varchar(3)   not null,
    HOME_POST_             varchar(8),           -- where the child lived before care
    PL_POST_               varchar(8),
    URN_                   varchar(8),
    REASON_PLACE_CHANGE_   varchar(5),
    DEC_                   date,                 -- the episode ceased
    REC_                   varchar(3),           -- why: X1 the period of care goes on, else the reason it ended
    RECORDED_AT_           timestamp    not null
);
create index CF_CARE_EPISODE_IDX_PROC on CF_CARE_EPISODE (PROC_INST_ID_);
create index CF_CARE_EPISODE_IDX_CHILD on CF_CARE_EPISODE (CHILD_ID_);

-- Each review of a looked-after child, with how the child took part (the 903's reviews table) and
-- whether the young person is a mother (its header's MOTHER).
create table CF_CARE_REVIEW (
    PROC_INST_ID_      varchar(64)  not null,
    CHILD_ID_          varchar(20),
    TEAM_              varchar(255),
    REVIEW_ON_         date         not null,
    REVIEW_CODE_       varchar(3)   not null,
    MOTHER_            varchar(3),            -- whether the young person is a mother, as the review found
    RECORDED_AT_       timestamp    not null
);
create index CF_CARE_REVIEW_IDX_CHILD on CF_CARE_REVIEW (CHILD_ID_);
