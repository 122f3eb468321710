-- Each time a looked-after child went missing (M) or was away from their placement without
-- permission (A), to their return: the SSDA903's missing table, written by the lookedAfter process
-- in the engine's transaction. A period still open has no END_.
create table CF_MISSING_EPISODE (
    ID_                varchar(64)  not null primary key,
    PROC_INST_ID_      varchar(64)  not null,
    CHILD_ID_          varchar(20),
    TEAM_              varchar(255),
    MISSING_           varchar(1)   not null, -- M missing, A away from placement without authorisation
    START_             date         not null,
    END_               date,
    RHI_OFFERED_       varchar(3),           -- yes or no: a return home interview offered on their return (Annex A list 8)
    RHI_ACCEPTED_      varchar(3),           -- yes or no: and the child took it up
    RECORDED_AT_       timestamp    not null
);
create index CF_MISSING_EPISODE_IDX_PROC on CF_MISSING_EPISODE (PROC_INST_ID_);
create index CF_MISSING_EPISODE_IDX_CHILD on CF_MISSING_EPISODE (CHILD_ID_);

-- Each contact with a care leaver and each review of their pathway plan, with where they live,
-- whether it suits them and what they do: the SSDA903's OC3 (care leavers around their 17th to 21st
-- birthdays), written by the careLeaver process in the engine's transaction.
create table CF_LEAVER_CONTACT (
    PROC_INST_ID_      varchar(64)  not null,
    CHILD_ID_          varchar(20),
    TEAM_              varchar(255),
    CONTACT_ON_        date         not null,
    ACCOM_             varchar(1)   not null, -- the 903's accommodation letter
    SUITABLE_          varchar(3)   not null, -- yes or no: the 903's 1 or 2 after the letter
    ACTIV_             varchar(2)   not null,
    RECORDED_AT_       timestamp    not null
);
create index CF_LEAVER_CONTACT_IDX_CHILD on CF_LEAVER_CONTACT (CHILD_ID_);

-- A period of care may begin before its placement is recorded (shared/contract.md starts it from its
-- day and legal status): the 903 then has the episode with its placement blank.
alter table CF_CARE_EPISODE alter column PLACE_ drop not null;
alter table CF_CARE_EPISODE alter column PLACE_PROVIDER_ drop not null;
