-- Camunda's authorization-checked queries (Tasklist's filters and counts, the REST task queries)
-- join the grants the caller holds: USER_ID_ in (the user, '*') or GROUP_ID_ in (their groups).
-- The groups have Camunda's index (ACT_IDX_AUTH_GROUP_ID); the users had none (Camunda's unique
-- constraint begins with TYPE_, which the check reads as a range), so PostgreSQL read the whole
-- grant table for each such query (docs/benchmarks.md, 1 December 2026). With this index it can
-- read both sides by index.
create index CF_IDX_AUTH_USER on ACT_RU_AUTHORIZATION (USER_ID_);
