-- The managers' window (V9, V12) holds the case processes' steps alone on PostgreSQL. The oversight
-- view reads nothing else (oversight/OpenSteps), but every overdue step has an escalation whose
-- Record oversight is an open step of the same managers' group in the same window. At 100,000 open
-- cases, with 40 groups to descend for a head of service, PostgreSQL read the whole window and dropped
-- the escalations' 40,000 entries by filter, and right after a sweep each of them cost a look into the
-- table as well (docs/benchmarks.md, "the window of the case processes"). Left out of the index, they
-- are neither read nor written there: an escalation's step costs the index nothing. 'escalation' is
-- the escalation model's process id (processes/escalation.bpmn); the view names the case processes as
-- literals, so the planner can see that they imply this predicate under any plan. H2 has no partial
-- indexes and keeps V12's.
drop index CF_STEP_IDX_ATTENTION;
create index CF_STEP_IDX_ATTENTION on CF_STEP (STATE_, CANDIDATE_GROUP_, PROC_DEF_KEY_, ATTENTION_ON_, DEADLINE_, TEAM_,
    TASK_KEY_, WORKER_, TASK_NAME_) where PROC_DEF_KEY_ <> 'escalation';
