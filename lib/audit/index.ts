/**
 * The audit trail (DESIGN.md §2, §8): who read or changed which pupil's data, when, through which
 * role, and why. A write and its audit entry share one transaction; a read of a pupil's record
 * writes its entry before the data is returned, so a failing audit insert fails the read
 * (fail closed). The table itself refuses UPDATE, DELETE and TRUNCATE (init migration).
 */
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbOrTx, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEvent = {
  /** "<entity>.<verb>", e.g. "pupil.read", "concern.create", "admin.pupil.update". */
  action: string;
  pupilId?: string | null;
  entityType?: string;
  entityId?: string;
  /** Why: shown in the access report ("bekymring", "forberedelse af Trivselsforum" …). */
  purpose?: string;
  outcome?: "ALLOWED" | "DENIED";
  /** Never case content: ids, counts, search criteria. */
  details?: Prisma.InputJsonValue;
};

/** Someone acting without a (valid) session: sign-in attempts. */
export type AnonymousActor = {
  userId?: string | null;
  schoolId?: string | null;
  requestId?: string;
};

export async function recordAudit(
  client: DbOrTx,
  actor: Actor | AnonymousActor,
  event: AuditEvent,
): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: actor.userId ?? null,
      roles: "roles" in actor ? [...actor.roles] : [],
      schoolId: actor.schoolId ?? null,
      requestId: actor.requestId ?? null,
      pupilId: event.pupilId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      purpose: event.purpose,
      outcome: event.outcome ?? "ALLOWED",
      details: event.details,
    },
  });
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
  event: AuditEvent,
  read: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
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
 */
export async function recordPupilReads(
  client: DbOrTx,
  actor: Actor,
  event: Omit<AuditEvent, "pupilId" | "outcome">,
  pupilIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(pupilIds)];
  if (unique.length === 0) return;
  await client.auditLog.createMany({
    data: unique.map((pupilId) => ({
      actorId: actor.userId,
      roles: [...actor.roles],
      schoolId: actor.schoolId,
      requestId: actor.requestId ?? null,
      pupilId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      purpose: event.purpose,
      details: event.details,
    })),
  });
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
 * so the attempt shows in that pupil's access report as what it was. Returns null then.
 */
export async function auditedPupilRead<T>(
  actor: Actor,
  event: AuditEvent & { pupilId: string },
  read: (tx: Tx) => Promise<T | null>,
  options: { timeoutMs?: number } = {},
): Promise<T | null> {
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
    return null;
  }
}

function detailsObject(details: AuditEvent["details"]): Record<string, Prisma.InputJsonValue> {
  return details && typeof details === "object" && !Array.isArray(details)
    ? (details as Record<string, Prisma.InputJsonValue>)
    : {};
}
