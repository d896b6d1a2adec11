/**
 * What the generator's areas share: the run (its seed, the day the data is built around, the
 * school days of the year behind it, the writer) and, per school, its register and staff. Each
 * area (prisma/generator/<area>.ts) draws from its own random stream of the school, so the areas
 * stay independent of one another.
 */
import { FORUM_MEMBER_ROLES } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { randomFor, type Random } from "./random";
import type { Sex } from "./texts";
import type { BulkWriter } from "./writer";

export type Run = {
  seed: number;
  /** The day the data is built around ("today"): everything lies in the year up to it. */
  today: Date;
  /** One year before `today`: when the municipality started using Trivsel. */
  since: Date;
  /** The school days from `since` up to, not including, `today`. */
  schoolDays: Date[];
  /** "2026/27" and its first day (1 August). */
  schoolYear: string;
  schoolYearStart: Date;
  absenceRateMultiplier: number;
  writer: BulkWriter;
};

export type PupilModel = {
  id: string;
  schoolId: string;
  classId: string | null;
  grade: number;
  firstName: string;
  lastName: string;
  sex: Sex;
  active: boolean;
  /** Guardians who hold parental authority: the only ones who can consent. */
  consentingGuardians: string[];
};

export type ClassModel = { id: string; grade: number; letter: string; teacherId: string | null };

/** The school's staff by role; PPR and the others cover several schools each. */
export type SchoolStaff = Record<
  "TRIVSELSPERSON" | "LEADERSHIP" | "ADMIN" | "PPR" | "HEALTH_NURSE" | "FAMILY_COUNSELLOR" | "SSP",
  string
> & { teachers: string[] };

export type SchoolModel = {
  index: number;
  id: string;
  name: string;
  classes: ClassModel[];
  pupils: PupilModel[];
  staff: SchoolStaff;
  /** School 1's pupil with exactly 200 timeline entries (for the benchmark); null elsewhere. */
  timelinePupil: PupilModel | null;
};

/** The random stream of one area of one school. */
export function streamOf(run: Run, school: SchoolModel, area: string): Random {
  return randomFor(run.seed, "school", school.index, area);
}

const HOUR_MS = 3_600_000;

/** A moment in the working day (07:00–15:00 UTC, 8–17 in Denmark) of `day`. */
export function duringWorkday(random: Random, day: Date): Date {
  return new Date(day.getTime() + 7 * HOUR_MS + Math.floor(random.next() * 8 * HOUR_MS));
}

/** The calendar day (midnight UTC) of a moment. */
export function dayOf(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

/** `hours` after the start of `day`, as a timestamp. */
export function atHour(day: Date, hours: number): Date {
  return new Date(day.getTime() + hours * HOUR_MS);
}

/** The forum's fixed members: the trivselsperson and the other members (lib/auth/policy.ts). */
export const FORUM_ROLES = [
  "TRIVSELSPERSON",
  ...FORUM_MEMBER_ROLES,
] as const satisfies readonly Role[];
