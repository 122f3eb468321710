-- The managers' window (V9) read by the group and the process before the day: at 100,000 open cases
-- about half of each group's window was its escalation processes' own steps (Record oversight),
-- which the oversight view leaves out by process (oversight/OpenSteps). With the day before the
-- process, the index read those entries and then dropped them; with the process before the day,
-- the index goes straight to each group's and each case process's part of the window and reads
-- only that (docs/benchmarks.md, "the window by group and process"). The same columns, so the
-- counts still come from the index alone, and the writes cost what they did.
drop index CF_STEP_IDX_ATTENTION;
create index CF_STEP_IDX_ATTENTION on CF_STEP (STATE_, CANDIDATE_GROUP_, PROC_DEF_KEY_, ATTENTION_ON_, DEADLINE_, TEAM_,
    TASK_KEY_, WORKER_, TASK_NAME_);
