/**
 * The per-pupil access report (adgangslog) for the school's data-protection function: every
 * audit row about one pupil — who, when (UTC in the data, Danish time on the page), through
 * which role, what and why, and refused attempts. Opening it is itself audited. Printable, for
 * the guardians' requests. Names of staff, never case content (the audit trail holds none).
 */
import "server-only";
import { z } from "zod";
import { auditedPupilRead, auditedRead } from "@/lib/audit";
import { assertCan, schoolScope, type Actor } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/** More than any pupil's report should hold in a page; the page says when it is cut. */
export const ACCESS_REPORT_LIMIT = 5_000;

export type AccessReportRow = {
  id: string;
  at: Date;
  actorName: string | null;
  roles: Role[];
  /** The actor's school, when it is not the pupil's (an attempt from another school). */
  otherSchool: boolean;
  action: string;
  /** A code of lib/audit/purposes.ts (or, in rows older than the catalogue, a word as written). */
  purpose: string | null;
  /** The reason the user stated, where the purpose has one: an emergency access, a legal hold. */
  statedReason: string | null;
  denied: boolean;
  requestId: string | null;
};

export type AccessReport = {
  pupil: { id: string; firstName: string; lastName: string; className: string | null };
  rows: AccessReportRow[];
  truncated: boolean;
};

export async function getAccessReport(actor: Actor, pupilId: string): Promise<AccessReport> {
  assertCan(actor, "audit:read");
  if (!z.uuid().safeParse(pupilId).success) throw new NotFoundError("pupil");
  const result = await auditedPupilRead(
    actor,
    {
      action: "privacy.access-report.read",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      purpose: "access-report",
    },
    async (tx) => {
      const pupil = await tx.pupil.findFirst({
        where: { id: pupilId, ...schoolScope(actor) },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          class: { select: { grade: true, letter: true } },
        },
      });
      if (!pupil) return null;
      const rows = await tx.auditLog.findMany({
        where: { pupilId },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: ACCESS_REPORT_LIMIT + 1,
      });
      const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
      const users = await tx.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, name: true },
      });
      const names = new Map(users.map((user) => [user.id, user.name]));
      // Reads under an emergency access: the reason given for it is the why (one statement).
      const grantIds = [
        ...new Set(rows.flatMap((row) => stringDetail(row.details, "emergencyAccessId") ?? [])),
      ];
      const grants = grantIds.length
        ? await tx.emergencyAccess.findMany({
            where: { id: { in: grantIds }, pupilId },
            select: { id: true, reason: true },
          })
        : [];
      const reasons = new Map(grants.map((grant) => [grant.id, grant.reason]));
      return {
        pupil: {
          id: pupil.id,
          firstName: pupil.firstName,
          lastName: pupil.lastName,
          className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
        },
        truncated: rows.length > ACCESS_REPORT_LIMIT,
        rows: rows.slice(0, ACCESS_REPORT_LIMIT).map((row) => ({
          id: row.id.toString(),
          at: row.at,
          actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
          roles: row.roles,
          otherSchool: row.schoolId !== null && row.schoolId !== actor.schoolId,
          action: row.action,
          purpose: row.purpose,
          statedReason:
            reasons.get(stringDetail(row.details, "emergencyAccessId") ?? "") ??
            (row.purpose === "legal-hold" ? stringDetail(row.details, "reason") : null),
          denied: row.outcome === "DENIED",
          requestId: row.requestId,
        })),
      };
    },
  );
  return result;
}

function stringDetail(details: unknown, key: string): string | null {
  const value =
    details && typeof details === "object" && !Array.isArray(details)
      ? (details as Record<string, unknown>)[key]
      : undefined;
  return typeof value === "string" ? value : null;
}

export type PrivacyPupilHit = {
  id: string;
  name: string;
  className: string | null;
  active: boolean;
  leftOn: Date | null;
  legalHold: boolean;
};

/**
 * Finding the pupil a request is about, among all the school's pupils — those who have left
 * too. One audit row with the criterion, never the names found.
 */
export async function searchPupilsForPrivacy(actor: Actor, q: string): Promise<PrivacyPupilHit[]> {
  assertCan(actor, "audit:read");
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0) return [];
  const pupils = await auditedRead(
    actor,
    { action: "privacy.pupil.search", purpose: "data-protection", details: { q } },
    (tx) =>
      tx.pupil.findMany({
        where: {
          ...schoolScope(actor),
          AND: words.map((word) => ({
            OR: [
              { firstName: { contains: word, mode: "insensitive" as const } },
              { lastName: { contains: word, mode: "insensitive" as const } },
              { externalId: { equals: word } },
            ],
          })),
        },
        take: 30,
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        select: {
          id: true,
          firstName: true,
          lastName: true,
          active: true,
          leftOn: true,
          legalHold: true,
          class: { select: { grade: true, letter: true } },
        },
      }),
  );
  return pupils.map((pupil) => ({
    id: pupil.id,
    name: `${pupil.firstName} ${pupil.lastName}`,
    className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
    active: pupil.active,
    leftOn: pupil.leftOn,
    legalHold: pupil.legalHold,
  }));
}
