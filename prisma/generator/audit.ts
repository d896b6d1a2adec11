/**
 * The audit trail of a year's use (docs/decisions/0009): a row for every change the generator
 * writes within the year (written by each area as it goes, through `writeAuditRow`), and the
 * everyday reads around them — staff signing in each morning, the trivselsperson's worklist
 * (a row per pupil on it), pupils' records opened by the trivselsperson and the forum members,
 * leadership's dashboard — until the school has about 40 rows per pupil, about a million for a
 * municipality of 25,000 pupils. Rows carry the same actions, roles and details as the app's own.
 */
import type { AuditPurpose } from "@/lib/audit/purposes";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { duringWorkday, streamOf, type PupilModel, type Run, type SchoolModel } from "./context";
import type { Random } from "./random";

export const AUDIT_ROWS_PER_PUPIL = 40;

type AuditRow = {
  at: Date;
  actorId: string;
  role: Role | null;
  schoolId: string | null;
  pupilId?: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  purpose?: AuditPurpose;
  details?: Prisma.JsonValue;
  requestId?: string;
};

/** One audit row, if it falls within the year the municipality has used Trivsel. */
export function writeAuditRow(run: Run, random: Random, row: AuditRow): void {
  if (row.at < run.since || row.at > run.today) return;
  run.writer.add("AuditLog", {
    at: row.at,
    actorId: row.actorId,
    roles: row.role ? [row.role] : [],
    schoolId: row.schoolId,
    pupilId: row.pupilId ?? null,
    action: row.action,
    entityType: row.entityType ?? null,
    entityId: row.entityId ?? null,
    purpose: row.purpose ?? null,
    outcome: "ALLOWED",
    requestId: row.requestId ?? random.uuid(row.at),
    details: row.details ?? null,
  });
}

/**
 * The everyday reads of one school, day by day, filling its trail up to AUDIT_ROWS_PER_PUPIL per
 * pupil; `written` is how many rows the school's changes have made already. `casePupils` are the
 * pupils with case work, whose records are opened far more often than the others'.
 */
export function writeEverydayReads(
  run: Run,
  school: SchoolModel,
  casePupils: readonly PupilModel[],
  written: number,
): void {
  const random = streamOf(run, school, "audit");
  const { staff } = school;
  const active = school.pupils.filter((pupil) => pupil.active);
  const days = run.schoolDays;
  const forumMembers: [string, Role][] = [
    [staff.LEADERSHIP, "LEADERSHIP"],
    [staff.PPR, "PPR"],
    [staff.HEALTH_NURSE, "HEALTH_NURSE"],
    [staff.FAMILY_COUNSELLOR, "FAMILY_COUNSELLOR"],
    [staff.SSP, "SSP"],
  ];
  const signingIn = [staff.TRIVSELSPERSON, staff.LEADERSHIP, staff.ADMIN, ...staff.teachers];
  // What a day's sign-ins, worklist and dashboard take; records opened make up the rest.
  const SIGN_IN_CHANCE = 0.55;
  const everyDay = signingIn.length * SIGN_IN_CHANCE + (casePupils.length > 0 ? 12.5 : 0) + 0.2;
  const budget = AUDIT_ROWS_PER_PUPIL * school.pupils.length - written;
  const readsPerDay = Math.max(0, budget / Math.max(1, days.length) - everyDay);

  for (const day of days) {
    // Sign-in: a row without school or roles, as lib/auth/credentials.ts writes it.
    for (const actorId of signingIn) {
      if (!random.chance(SIGN_IN_CHANCE)) continue;
      writeAuditRow(run, random, {
        at: duringWorkday(random, day),
        actorId,
        role: null,
        schoolId: null,
        action: "auth.sign-in",
        details: { method: "password" },
      });
    }
    // The trivselsperson's worklist: one request, a row per pupil shown.
    if (casePupils.length > 0) {
      const at = duringWorkday(random, day);
      const requestId = random.uuid(at);
      for (const pupil of random.sample(casePupils, random.int(5, 20))) {
        writeAuditRow(run, random, {
          at,
          actorId: staff.TRIVSELSPERSON,
          role: "TRIVSELSPERSON",
          schoolId: school.id,
          pupilId: pupil.id,
          action: "worklist.read",
          purpose: "worklist",
          requestId,
        });
      }
    }
    if (day.getUTCDay() === 1) {
      writeAuditRow(run, random, {
        at: duringWorkday(random, day),
        actorId: staff.LEADERSHIP,
        role: "LEADERSHIP",
        schoolId: school.id,
        action: "dashboard.read",
        purpose: "dashboard",
        details: { period: "90d" },
      });
    }
    // Records opened: mostly case pupils, by the trivselsperson, else a forum member.
    const reads = Math.round(readsPerDay * (0.5 + random.next()));
    for (let i = 0; i < reads; i++) {
      const pupil =
        casePupils.length > 0 && random.chance(0.85)
          ? random.pick(casePupils)
          : random.pick(active);
      const [actorId, role] = random.chance(0.7)
        ? [staff.TRIVSELSPERSON, "TRIVSELSPERSON" as const]
        : random.pick(forumMembers);
      writeAuditRow(run, random, {
        at: duringWorkday(random, day),
        actorId,
        role,
        schoolId: school.id,
        pupilId: pupil.id,
        action: "pupil.read",
        entityType: "Pupil",
        entityId: pupil.id,
        purpose: "case-work",
        details: { kinds: null },
      });
    }
  }
}
