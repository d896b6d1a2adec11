-- CreateEnum
CREATE TYPE "RetentionRunStatus" AS ENUM ('SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "status" "RetentionRunStatus" NOT NULL,
    "leftOnOrBefore" DATE NOT NULL,
    "auditBefore" TIMESTAMPTZ(3) NOT NULL,
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "pupilsDeleted" INTEGER NOT NULL DEFAULT 0,
    "pupilsOnLegalHold" INTEGER NOT NULL DEFAULT 0,
    "caseEntriesDeleted" INTEGER NOT NULL DEFAULT 0,
    "concernsDeleted" INTEGER NOT NULL DEFAULT 0,
    "absenceDaysDeleted" INTEGER NOT NULL DEFAULT 0,
    "auditRowsPurged" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionRun_startedAt_idx" ON "RetentionRun"("startedAt");

-- ─── The audit trail's one way out: the retention job's purge (docs/decisions/0016) ──────────
-- AuditLog stays append-only for everyone. The single exception is DELETE run by the role
-- "trivsel_audit_purger" — a role nobody logs in as — and only of rows older than six months.
-- That role owns audit_log_purge(), a SECURITY DEFINER function, so calling it is the only way
-- to act as the role. UPDATE and TRUNCATE stay refused for every role.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trivsel_audit_purger') THEN
    CREATE ROLE "trivsel_audit_purger" NOLOGIN;
  END IF;
END
$$;

GRANT SELECT, DELETE ON "AuditLog" TO "trivsel_audit_purger";

CREATE OR REPLACE FUNCTION "audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_user = 'trivsel_audit_purger'
     AND OLD."at" < now() - interval '6 months' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: % is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Deletes audit rows older than `before`, which must itself be at least six months ago.
CREATE FUNCTION "audit_log_purge"("before" TIMESTAMPTZ) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  purged BIGINT;
BEGIN
  IF "before" IS NULL OR "before" > now() - interval '6 months' THEN
    RAISE EXCEPTION 'audit_log_purge: rows younger than six months are kept (asked for %)', "before"
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM "AuditLog" WHERE "at" < "before";
  GET DIAGNOSTICS purged = ROW_COUNT;
  RETURN purged;
END;
$$;

ALTER FUNCTION "audit_log_purge"(TIMESTAMPTZ) OWNER TO "trivsel_audit_purger";
REVOKE ALL ON FUNCTION "audit_log_purge"(TIMESTAMPTZ) FROM PUBLIC;
