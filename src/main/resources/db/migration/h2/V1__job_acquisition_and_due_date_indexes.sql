-- The same indexes as db/migration/postgres/V1 (the reasons are there); H2 has no partial indexes.
create index CF_IDX_JOB_ACQUISITION on ACT_RU_JOB (TYPE_ desc, DUEDATE_ asc);
create index CF_IDX_JOB_LOCKED on ACT_RU_JOB (PROCESS_INSTANCE_ID_, LOCK_EXP_TIME_);
create index CF_IDX_TASK_DUE on ACT_RU_TASK (DUE_DATE_);
create index CF_IDX_TASK_FOLLOW_UP on ACT_RU_TASK (FOLLOW_UP_DATE_);
