-- Every audited read of pupil data names its purpose (DESIGN.md §8, docs/decisions/0024). A read
-- is an action named "<entity>.<read verb>" (lib/audit/purposes.ts READ_VERBS); the app's read
-- helpers demand a purpose, and this is the last line: a read whose row has none fails (the row
-- is written before the data is read). NOT VALID: rows written before this rule stay as they
-- were (the trail is append-only; old rows cannot be given a purpose after the fact), every new
-- row is checked.
ALTER TABLE "AuditLog"
  ADD CONSTRAINT "AuditLog_read_has_purpose"
  CHECK (
    "outcome" = 'DENIED'
    OR "purpose" IS NOT NULL
    OR "action" !~ '\.(read|list|list-own|search|export|print|history|options|candidates|calendar|review-list|check)$'
  ) NOT VALID;
