-- Access follows the case's team and nothing else (organisation/TeamAuthorizationProvider):
-- grants the engine once gave users of their own on tasks and their history (as assignee, owner or
-- candidate user) outlived reallocation, a change of team and deletion; nobody may write a case's
-- variables through a grant (the managers' UPDATE_VARIABLE on process instances: dates change by
-- rescheduling, cases by reallocation); and a user may change their own profile, not delete it.
DELETE FROM ACT_RU_AUTHORIZATION WHERE USER_ID_ IS NOT NULL AND RESOURCE_TYPE_ IN (7, 19);
UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = PERMS_ & ~128, REV_ = REV_ + 1
 WHERE TYPE_ = 1 AND RESOURCE_TYPE_ = 8 AND GROUP_ID_ IS NOT NULL AND RESOURCE_ID_ <> '*';
UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = PERMS_ & ~16, REV_ = REV_ + 1
 WHERE TYPE_ = 1 AND RESOURCE_TYPE_ = 1 AND USER_ID_ = RESOURCE_ID_;
