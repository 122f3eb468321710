-- The same index as db/migration/postgres/V3 (the reason is there).
create index CF_IDX_AUTH_USER on ACT_RU_AUTHORIZATION (USER_ID_);
