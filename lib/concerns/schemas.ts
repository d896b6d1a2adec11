/**
 * The input of the concern forms and lists, parsed on the server. The vocabulary the forms take
 * their options from is in constants.ts (no zod there, so none in the browser).
 */
import { z } from "zod";
import { id, many, optionalText, version } from "@/lib/validation";
import {
  CONCERN_CATEGORIES,
  CONCERN_LEVELS,
  CONCERN_SOURCES,
  CONCERN_STATUSES,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
} from "./constants";

export const raiseConcernInput = z.object({
  pupilId: z.uuid({ error: "concerns.errors.choosePupil" }),
  /** Blank: the default for the raiser's role. */
  source: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(CONCERN_SOURCES, { error: "validation.choose" }).optional(),
  ),
  categories: many(z.enum(CONCERN_CATEGORIES, { error: "validation.choose" }))
    .refine((values) => values.length > 0, { error: "validation.chooseAtLeastOne" })
    .transform((values) => [...new Set(values)]),
  level: z.enum(CONCERN_LEVELS, { error: "concerns.errors.chooseLevel" }),
  description: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .min(DESCRIPTION_MIN, { error: "concerns.errors.describeMore" })
    .max(DESCRIPTION_MAX, { error: "validation.tooLong" }),
  noticedBy: optionalText(200),
});

export type RaiseConcernInput = z.output<typeof raiseConcernInput>;

/** The trivselsperson's handling: status and tovholder, in one versioned edit. */
export const manageConcernInput = z.object({
  id: id(),
  version: version(),
  status: z.enum(CONCERN_STATUSES, { error: "validation.choose" }),
  /** Blank: no tovholder. */
  coordinatorId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.uuid({ error: "validation.choose" }).nullable()),
});

export type ManageConcernInput = z.output<typeof manageConcernInput>;

/**
 * The filters of the school's list, from the query string: anything odd falls back to "all"
 * rather than failing the page.
 */
export const concernFilterInput = z.object({
  status: z.enum(CONCERN_STATUSES).optional().catch(undefined),
  level: z.enum(CONCERN_LEVELS).optional().catch(undefined),
  category: z.enum(CONCERN_CATEGORIES).optional().catch(undefined),
  classId: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ConcernFilter = z.output<typeof concernFilterInput>;

/** The pupil picker of the concern form (a GET step before the form itself). */
export const pupilPickerInput = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  classId: z.uuid().optional().catch(undefined),
  /** A link from the pupil's page: that pupil, chosen already. */
  pupilId: z.uuid().optional().catch(undefined),
});

export type PupilPickerCriteria = z.output<typeof pupilPickerInput>;

/** A name search needs at least this many letters. */
export const PICKER_MIN_QUERY = 2;
