/**
 * One concern. Those who handle or oversee concerns (`concern:read:all`) see all of it; the one
 * who raised it sees its status view — what they reported and how far it is, never the case work
 * behind it. Anyone else, and anything out of scope, gets "not found". The read is audited in
 * its own transaction before the data leaves it (fail closed).
 */
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { can, concernScope, ForbiddenError, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConcernSource } from "@/lib/generated/prisma/enums";
import {
  CONCERN_PURPOSE,
  concernRowSelect,
  concernStatusSelect,
  toConcernRow,
  toConcernStatusRow,
  type ConcernRow,
  type ConcernStatusRow,
} from "./shared";

/** The raiser's view: what they reported, and its status. */
export type ConcernStatusView = ConcernStatusRow & {
  source: ConcernSource;
  noticedBy: string | null;
  /** The raiser's own words, as they sent them. */
  description: string;
  closedAt: string | null;
};

export type ConcernDetail = ConcernRow & {
  description: string;
  noticedBy: string | null;
  coordinatorId: string | null;
  version: number;
  /** ISO timestamps. */
  updatedAt: string;
  firstActionAt: string | null;
  closedAt: string | null;
};

export type ConcernView =
  { view: "full"; concern: ConcernDetail } | { view: "status"; concern: ConcernStatusView };

const statusViewSelect = {
  ...concernStatusSelect,
  source: true,
  noticedBy: true,
  description: true,
  closedAt: true,
} as const satisfies Prisma.ConcernSelect;

const detailSelect = {
  ...concernRowSelect,
  description: true,
  noticedBy: true,
  coordinatorId: true,
  version: true,
  updatedAt: true,
  firstActionAt: true,
  closedAt: true,
} as const satisfies Prisma.ConcernSelect;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export async function getConcern(actor: Actor, concernId: string): Promise<ConcernView> {
  const full = can(actor, "concern:read:all");
  if (!full && !can(actor, "concern:read:own")) throw new ForbiddenError("concern:read:own");
  if (!z.uuid().safeParse(concernId).success) throw new NotFoundError("concern");
  const where = { AND: [{ id: concernId }, concernScope(actor)] };

  return db.$transaction(async (tx): Promise<ConcernView> => {
    const audit = (pupilId: string) =>
      recordAudit(tx, actor, {
        action: "concern.read",
        pupilId,
        entityType: "Concern",
        entityId: concernId,
        purpose: CONCERN_PURPOSE,
        details: { view: full ? "full" : "status" },
      });

    if (full) {
      const row = await tx.concern.findFirst({ where, select: detailSelect });
      if (!row) throw new NotFoundError("concern");
      await audit(row.pupil.id);
      return {
        view: "full",
        concern: {
          ...toConcernRow(row),
          description: row.description,
          noticedBy: row.noticedBy,
          coordinatorId: row.coordinatorId,
          version: row.version,
          updatedAt: row.updatedAt.toISOString(),
          firstActionAt: iso(row.firstActionAt),
          closedAt: iso(row.closedAt),
        },
      };
    }

    const row = await tx.concern.findFirst({ where, select: statusViewSelect });
    if (!row) throw new NotFoundError("concern");
    await audit(row.pupil.id);
    return {
      view: "status",
      concern: {
        ...toConcernStatusRow(row),
        source: row.source,
        noticedBy: row.noticedBy,
        description: row.description,
        closedAt: iso(row.closedAt),
      },
    };
  });
}
