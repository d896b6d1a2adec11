-- The database role the app should connect as in production (README, "Your own PostgreSQL";
-- docs/decisions/0016-retention.md). Run as the owner of the schema after `npm run db:migrate`,
-- with your own password. The app may read and write its tables but may not change or remove
-- the audit trail: UPDATE, DELETE and TRUNCATE on "AuditLog" are not granted, and not being the
-- table's owner it cannot disable the append-only triggers either. Migrations and the retention
-- job (`npm run retention`) run as the owner. tests/integration/audit-role.test.ts runs this file.
CREATE ROLE trivsel_app LOGIN PASSWORD 'change-me';
GRANT CONNECT ON DATABASE trivsel TO trivsel_app;
GRANT USAGE ON SCHEMA public TO trivsel_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO trivsel_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO trivsel_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM trivsel_app;
-- The retention job's purge of old audit rows goes through audit_log_purge() (see the migration
-- retention_and_audit_purge). If the job's role is not a superuser, let it call the function:
--   GRANT EXECUTE ON FUNCTION audit_log_purge(timestamptz) TO <the job's role>;
