-- The managers' counts are read from the window's index alone (V9, V12) only where PostgreSQL's
-- visibility map says a page of the ledger has no change its vacuum has not seen; elsewhere each
-- entry is looked up in the table too. By default autovacuum waits for a fifth of the table to
-- change: a sweep of 5,000 escalations at 20,000 open cases was below that, and the head of
-- service's counts then looked up 9,781 of their 10,320 entries (docs/benchmarks.md, "the window
-- kept visible"). A hundredth keeps the ledger vacuumed within autovacuum's round (a minute) of a
-- burst of escalations, reallocations or rescheduling, at the cost of vacuuming a table whose rows
-- are small. Only PostgreSQL has these settings (H2 keeps no visibility map).
alter table CF_STEP set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
