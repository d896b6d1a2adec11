/**
 * The concern's vocabulary: plain values, importable by client components (the forms' option
 * lists) without bringing zod into the browser; the server's schemas beside them (schemas.ts)
 * are built from the same lists.
 */
import type {
  ConcernCategory,
  ConcernLevel,
  ConcernSource,
  ConcernStatus,
} from "@/lib/generated/prisma/enums";

export const CONCERN_CATEGORIES = [
  "ABSENCE",
  "SOCIAL",
  "EMOTIONAL",
  "ACADEMIC",
  "HOME",
  "BEHAVIOUR",
  "HEALTH",
  "ONLINE",
  "SUBSTANCE",
  "CRIME",
] as const satisfies readonly ConcernCategory[];

/** Mildest first, as in TOPI. */
export const CONCERN_LEVELS = ["GREEN", "YELLOW", "RED"] as const satisfies readonly ConcernLevel[];

export const CONCERN_SOURCES = [
  "TEACHER",
  "PARENT",
  "PUPIL",
  "TRIVSELSPERSON",
  "OTHER",
] as const satisfies readonly ConcernSource[];

/** In the order a concern moves through them. */
export const CONCERN_STATUSES = [
  "NEW",
  "IN_PROGRESS",
  "ON_FORUM",
  "CLOSED",
] as const satisfies readonly ConcernStatus[];

/** Long enough to say what was seen or heard; a word or two does not help the trivselsperson. */
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 4000;
