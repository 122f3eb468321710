-- Each run of the DfE feed: what it sent (a snapshot, or the changes since a time), in how many
-- batches, and how it ended, so that the next run of changes knows where the last one reached.
create table CF_FEED_RUN (
    ID_          varchar(64)  not null primary key,
    STARTED_AT_  timestamp    not null,
    ENDED_AT_    timestamp,
    SINCE_       timestamp,                 -- null for a full snapshot
    CHILDREN_    integer      default 0 not null,
    BATCHES_     integer      default 0 not null,
    ATTEMPTS_    integer      default 0 not null,
    STATUS_      varchar(16)  not null,     -- running, sent, failed
    DETAIL_      varchar
);
create index CF_FEED_RUN_IDX_STARTED on CF_FEED_RUN (STATUS_, STARTED_AT_);
