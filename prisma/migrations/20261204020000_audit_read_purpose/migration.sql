-- Every audited read of pupil data names its purpose (DESIGN.md §8, docs/decisions/0024). A read
-- is an ALLOWED row whose action is "<entity>.<read verb>" (lib/audit/purposes.ts READ_VERBS);
-- the app's read helpers demand a purpose, and this is the last line: a read whose row has none
-- is refused, and with it the read (the row is written before the data is read).
--
-- A trigger rather than a CHECK constraint: it holds for new rows only, so the rows written
-- before this rule (the trail is append-only; they cannot be given a purpose after the fact) stay
-- as they were, and a restore loads them with triggers off (lib/cli/backup.ts), as it does past
-- the append-only trigger. (Prisma's schema engine also fails on a NOT VALID CHECK.)
CREATE FUNCTION "audit_log_read_needs_purpose"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."outcome" = 'ALLOWED' AND NEW."purpose" IS NULL
     AND NEW."action" ~ '\.(read|list|list-own|search|export|print|history|options|candidates|calendar|review-list|check)$' THEN
    RAISE EXCEPTION 'audit_log_read_needs_purpose: the read "%" names no purpose', NEW."action"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "audit_log_read_has_purpose"
  BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_read_needs_purpose"();
