-- Each mail CareFlow sends: an escalation to one of the people it went to, or a day's digest. Written
-- in the engine's transaction (an escalation rolled back queues no mail), sent from here, each once:
-- the key is the escalation's task (or the digest's day) and the recipient.
create table CF_MAIL (
    ID_                varchar(64)   not null primary key,
    KIND_              varchar(16)   not null, -- escalation, digest
    SUBJECT_KEY_       varchar(128)  not null, -- the escalation's task id, or the digest's day
    RECIPIENT_         varchar(255)  not null, -- the user id
    ADDRESS_           varchar(320)  not null,
    SUBJECT_           varchar(998)  not null,
    BODY_              varchar       not null,
    CREATED_AT_        timestamp     not null,
    NEXT_ATTEMPT_AT_   timestamp     not null,
    ATTEMPTS_          integer       default 0 not null,
    CLAIMED_BY_        varchar(64),            -- the node sending it now
    CLAIMED_UNTIL_     timestamp,
    SENT_AT_           timestamp,
    LAST_ERROR_        varchar(1000),
    constraint CF_MAIL_ONCE unique (KIND_, SUBJECT_KEY_, RECIPIENT_)
);
create index CF_MAIL_IDX_DUE on CF_MAIL (SENT_AT_, NEXT_ATTEMPT_AT_);
