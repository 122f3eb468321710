-- Camunda's authorization-checked task queries (Tasklist's filter counts above all) keep the grants
-- that give READ on the task, or READ_TASK on its process definition, with a test of bits:
--   A.TYPE_ < 2 AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2) OR (A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))
-- PostgreSQL keeps no statistics of an expression such as PERMS_ & 2 and guesses it keeps half a per
-- cent of the rows: at 100,000 open cases it expected 34 of a team manager's grants where 7,041 pass,
-- and joined them to every task by comparing each with each (14 million comparisons, 2.6 s for one
-- count; docs/benchmarks.md, "Camunda's own task count"). Statistics of the two expressions, with the
-- resource type they go with, let it count them. PostgreSQL 14 or later.
create statistics CF_STAT_AUTH_PERMISSIONS on RESOURCE_TYPE_, (PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION;
analyze ACT_RU_AUTHORIZATION;
