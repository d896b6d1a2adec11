/**
 * The audit trail (DESIGN.md §2, §8): who read or changed which pupil's data, when, through which
 * role, and why. A write and its audit entry share one transaction; a read of a pupil's record
 * writes its entry before the data is returned, so a failing audit insert fails the read
 * (fail closed). The table itself refuses UPDATE, DELETE and TRUNCATE (init migration).
 */
import "server-only";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { isAuditPurpose, type AuditPurpose } from "./purposes";
import { db, type DbOrTx, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEvent = {
  /** "<entity>.<verb>", e.g. "pupil.read", "concern.create", "admin.pupil.update". */
  action: string;
  pupilId?: string | null;
  entityType?: string;
  entityId?: string;
  /** Why: a code from the catalogue (purposes.ts), shown in the access report in Danish. */
  purpose?: AuditPurpose;
  outcome?: "ALLOWED" | "DENIED";
  /** Never case content: ids, counts, search criteria. */
  details?: Prisma.InputJsonValue;
};

/** A read of pupil data, or a list or search that shows some: always with its purpose. */
export type ReadEvent = AuditEvent & { purpose: AuditPurpose };

/**
 * Fails the read (closed) when it names no purpose the catalogue knows: the types already
 * demand one, this holds for a caller that slipped past them. The database refuses a read row
 * without a purpose as well (migration audit_read_purpose).
 */
function assertPurpose(event: ReadEvent): void {
  if (!isAuditPurpose(event.purpose)) {
    throw new Error(`audit: the read "${event.action}" names no known purpose`);
  }
}

/** Someone acting without a (valid) session: sign-in attempts. */
export type AnonymousActor = {
  userId?: string | null;
  schoolId?: string | null;
  requestId?: string;
};

/**
 * One row of the trail, in the caller's transaction when given one. A plain INSERT rather than
 * Prisma's `create`, which returns the whole row it wrote (nobody reads it): 1.0 → 0.4 ms of CPU a
 * row (docs/performance.md). The time is the database's (the column default), as for
 * `recordPupilReads`; rows of one transaction share it and keep their order by id.
 */
export async function recordAudit(
  client: DbOrTx,
  actor: Actor | AnonymousActor,
  event: AuditEvent,
): Promise<void> {
  const roles = "roles" in actor ? [...actor.roles] : [];
  const details = event.details === undefined ? null : JSON.stringify(event.details);
  await client.$executeRaw`
    INSERT INTO "AuditLog" ("actorId", "roles", "schoolId", "requestId", "pupilId", "action",
                            "entityType", "entityId", "purpose", "outcome", "details")
    VALUES (${actor.userId ?? null}::uuid, ${roles}::"Role"[], ${actor.schoolId ?? null}::uuid,
            ${actor.requestId ?? null}, ${event.pupilId ?? null}::uuid, ${event.action},
            ${event.entityType ?? null}, ${event.entityId ?? null}, ${event.purpose ?? null},
            ${event.outcome ?? "ALLOWED"}::"AuditOutcome", ${details}::jsonb)`;
}

/**
 * A write and its audit entry, in one transaction: both land or neither does. The event may
 * depend on the write's result (the id of what was created).
 */
export async function auditedWrite<T>(
  actor: Actor,
  event: AuditEvent | ((result: T) => AuditEvent),
  write: (tx: Tx) => Promise<T>,
  /** For long writes (an absence import): how long the transaction may take. */
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const result = await write(tx);
      await recordAudit(tx, actor, typeof event === "function" ? event(result) : event);
      return result;
    },
    options.timeoutMs ? { timeout: options.timeoutMs, maxWait: 10_000 } : undefined,
  );
}

/**
 * A read of pupil data with its audit entry. The entry is written first, in the same
 * transaction: if it cannot be written, nothing is read.
 */
export async function auditedRead<T>(
  actor: Actor,
  event: ReadEvent,
  read: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  assertPurpose(event);
  return db.$transaction(
    async (tx) => {
      await recordAudit(tx, actor, event);
      return read(tx);
    },
    options.timeoutMs ? { timeout: options.timeoutMs, maxWait: 10_000 } : undefined,
  );
}

/**
 * A page or list that shows several named pupils' data (a group's participants, the concerns on
 * the worklist), or a write that touches many pupils (an absence import), writes one row per
 * pupil, so each pupil's access report is complete. One statement, in the transaction.
 *
 * The rows are made in PostgreSQL from the list of pupils (unnest), not sent as Prisma's
 * `createMany`: Prisma compiles a `createMany` anew on every call, its query plan never cached,
 * at a cost that grows with the rows — 15.8 ms of CPU for a worklist's 60 pupils, against 1.1 ms
 * for this statement (docs/performance.md). The time is the database's (its column default), as
 * for the rows Prisma writes.
 */
export async function recordPupilReads(
  client: DbOrTx,
  actor: Actor,
  event: Omit<ReadEvent, "pupilId" | "outcome">,
  pupilIds: readonly string[],
): Promise<void> {
  assertPurpose(event);
  const unique = [...new Set(pupilIds)];
  if (unique.length === 0) return;
  const details = event.details === undefined ? null : JSON.stringify(event.details);
  await client.$executeRaw`
    INSERT INTO "AuditLog" ("actorId", "roles", "schoolId", "requestId", "pupilId", "action",
                            "entityType", "entityId", "purpose", "details")
    SELECT ${actor.userId}::uuid, ${[...actor.roles]}::"Role"[], ${actor.schoolId}::uuid,
           ${actor.requestId ?? null}, pupil_id, ${event.action}, ${event.entityType ?? null},
           ${event.entityId ?? null}, ${event.purpose}, ${details}::jsonb
      FROM unnest(${unique}::uuid[]) AS pupil_id`;
}

/** A refused attempt: recorded outside any rolled-back transaction, so it stays. */
export async function recordDenied(
  actor: Actor | AnonymousActor,
  event: Omit<AuditEvent, "outcome">,
): Promise<void> {
  await recordAudit(db, actor, { ...event, outcome: "DENIED" });
}

class NothingThere extends Error {}

/**
 * A read of one pupil's data that may find nothing in the actor's scope (a pupil of another
 * school, an id typed into the address bar). Found: one ALLOWED row, written first (fail
 * closed). Not found: the ALLOWED row is rolled back and a DENIED row names the pupil instead,
 * so the attempt shows in that pupil's access report as what it was; then a NotFoundError
 * that says so, so whoever answers it does not write a second one.
 */
export async function auditedPupilRead<T>(
  actor: Actor,
  event: ReadEvent & { pupilId: string },
  read: (tx: Tx) => Promise<T | null>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  try {
    return await auditedRead(
      actor,
      event,
      async (tx) => {
        const result = await read(tx);
        if (result === null) throw new NothingThere();
        return result;
      },
      options,
    );
  } catch (error) {
    if (!(error instanceof NothingThere)) throw error;
    await recordDenied(actor, {
      ...event,
      details: { ...detailsObject(event.details), found: false },
    });
    throw new NotFoundError("pupil", { pupilId: event.pupilId, audited: true });
  }
}

/**
 * A refused request, answered by the action wrapper, a page or a route handler: one DENIED row
 * {actor, roles, school, pupil, action, entity, request id}, whether the policy refused the
 * permission (ForbiddenError) or the record is not in the actor's scope (NotFoundError — from
 * outside the same as not there). Written on its own, after the refused transaction has rolled
 * back, so it stays. The pupil, when the refusal does not name one, is the one the refused
 * record belongs to: the attempt then shows in that pupil's access report.
 */
export async function recordRefusal(
  actor: Actor,
  error: ForbiddenError | NotFoundError,
  context: { action: string; input?: unknown; path?: string; pupilId?: string | null },
): Promise<void> {
  if (error instanceof NotFoundError && error.refused.audited) return;
  const ids = idsOf(context.input);
  const entityId = error instanceof NotFoundError ? (error.refused.id ?? ids.id) : ids.id;
  const named =
    (error instanceof NotFoundError ? error.refused.pupilId : null) ??
    context.pupilId ??
    ids.pupilId ??
    null;
  await recordDenied(actor, {
    action: context.action,
    pupilId: named ?? (entityId ? await unsafePupilOfRecord(entityId) : null),
    entityType: error instanceof NotFoundError ? error.entity : undefined,
    entityId,
    details: {
      ...(error instanceof ForbiddenError
        ? { reason: "forbidden", permission: error.permission }
        : { reason: "not-found" }),
      ...(context.path ? { path: context.path } : {}),
      ...(Object.keys(ids).length > 0 ? { ids } : {}),
    },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record ids a refused request named ("id", "pupilId", "meetingId" …): ids only, never text. */
function idsOf(input: unknown): Record<string, string> {
  if (!input || typeof input !== "object") return {};
  return Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(
      (entry): entry is [string, string] =>
        /^(id|[a-z][A-Za-z]*Id)$/.test(entry[0]) &&
        typeof entry[1] === "string" &&
        UUID.test(entry[1]),
    ),
  );
}

/**
 * The pupil a record of any kind belongs to — outside every scope, on purpose: it only tells the
 * audit trail whose record a refused request aimed at, and is never returned to anyone. Ids are
 * UUIDs, unique across tables, so one statement asks every table that holds a pupil's record.
 */
async function unsafePupilOfRecord(id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const rows = await db.$queryRaw<{ pupilId: string }[]>`
    SELECT "id"::text AS "pupilId" FROM "Pupil" WHERE "id" = ${id}::uuid
    UNION ALL SELECT "pupilId"::text FROM "Concern" WHERE "id" = ${id}::uuid
    UNION ALL SELECT "pupilId"::text FROM "CaseEntry" WHERE "id" = ${id}::uuid
    UNION ALL SELECT "pupilId"::text FROM "Consent" WHERE "id" = ${id}::uuid
    UNION ALL SELECT "pupilId"::text FROM "Guardian" WHERE "id" = ${id}::uuid
    UNION ALL SELECT "pupilId"::text FROM "AgendaItem" WHERE "id" = ${id}::uuid AND "pupilId" IS NOT NULL
    UNION ALL SELECT "pupilId"::text FROM "ActionPlan" WHERE "id" = ${id}::uuid AND "pupilId" IS NOT NULL
    UNION ALL SELECT "pupilId"::text FROM "EmergencyAccess" WHERE "id" = ${id}::uuid
    LIMIT 1`;
  return rows[0]?.pupilId ?? null;
}

function detailsObject(details: AuditEvent["details"]): Record<string, Prisma.InputJsonValue> {
  return details && typeof details === "object" && !Array.isArray(details)
    ? (details as Record<string, Prisma.InputJsonValue>)
    : {};
}
