/**
 * What the concern functions share: the pupil as the lists show them, and the concern rows' own
 * select. Kept small so every DTO is built from an explicit select, never from a whole record.
 */
import "server-only";
import { className } from "@/lib/admin/classes";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ConcernCategory,
  ConcernLevel,
  ConcernSource,
  ConcernStatus,
} from "@/lib/generated/prisma/enums";

/** The audit trail's "why" for everything read here (DESIGN.md §8). */
export const CONCERN_PURPOSE = "concern";

export type PupilLabel = { id: string; name: string; className: string | null };

export const pupilLabelSelect = {
  id: true,
  firstName: true,
  lastName: true,
  class: { select: { grade: true, letter: true } },
} as const satisfies Prisma.PupilSelect;

export function toPupilLabel(
  pupil: Prisma.PupilGetPayload<{ select: typeof pupilLabelSelect }>,
): PupilLabel {
  return {
    id: pupil.id,
    name: `${pupil.firstName} ${pupil.lastName}`,
    className: pupil.class ? className(pupil.class) : null,
  };
}

/**
 * A concern as its raiser may see it: who, when, how serious, about what, how far it is — and
 * who the tovholder is, so they know whom to ask. Nothing of the case work behind it.
 */
export type ConcernStatusRow = {
  id: string;
  pupil: PupilLabel;
  /** ISO timestamp. */
  raisedAt: string;
  level: ConcernLevel;
  categories: ConcernCategory[];
  status: ConcernStatus;
  coordinatorName: string | null;
};

export const concernStatusSelect = {
  id: true,
  createdAt: true,
  level: true,
  categories: true,
  status: true,
  pupil: { select: pupilLabelSelect },
  coordinator: { select: { name: true } },
} as const satisfies Prisma.ConcernSelect;

export function toConcernStatusRow(
  row: Prisma.ConcernGetPayload<{ select: typeof concernStatusSelect }>,
): ConcernStatusRow {
  return {
    id: row.id,
    pupil: toPupilLabel(row.pupil),
    raisedAt: row.createdAt.toISOString(),
    level: row.level,
    categories: row.categories,
    status: row.status,
    coordinatorName: row.coordinator?.name ?? null,
  };
}

/** A row of the school's list: the status row, and who raised it from where. */
export type ConcernRow = ConcernStatusRow & {
  raisedByName: string;
  source: ConcernSource;
};

export const concernRowSelect = {
  ...concernStatusSelect,
  source: true,
  raisedBy: { select: { name: true } },
} as const satisfies Prisma.ConcernSelect;

export function toConcernRow(
  row: Prisma.ConcernGetPayload<{ select: typeof concernRowSelect }>,
): ConcernRow {
  return { ...toConcernStatusRow(row), raisedByName: row.raisedBy.name, source: row.source };
}
