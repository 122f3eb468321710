-- The job executor, configured to prefer timer jobs and acquire them by due date, orders the
-- jobs it may run by TYPE_ desc, DUEDATE_ asc: only an index in that same order serves it, and
-- only jobs that can run are in it (the acquisition query filters on both literals).
create index CF_IDX_JOB_ACQUISITION on ACT_RU_JOB (TYPE_ desc, DUEDATE_ asc)
    where RETRIES_ > 0 and SUSPENSION_STATE_ = 1;

-- For each exclusive job it acquires, the query checks that no other job of the same process
-- instance is locked; without this small index of locked jobs that check read the whole table.
create index CF_IDX_JOB_LOCKED on ACT_RU_JOB (PROCESS_INSTANCE_ID_, LOCK_EXP_TIME_)
    where LOCK_OWNER_ is not null;

-- Overdue and due-soon steps, by due date and follow-up date: Tasklist's Overdue and Due soon
-- filters, the oversight view and the step metrics.
create index CF_IDX_TASK_DUE on ACT_RU_TASK (DUE_DATE_);
create index CF_IDX_TASK_FOLLOW_UP on ACT_RU_TASK (FOLLOW_UP_DATE_);
