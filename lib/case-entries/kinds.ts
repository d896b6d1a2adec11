/**
 * The kinds of entry on a pupil's timeline and the fields each kind holds in `details`
 * (docs/decisions/0006). One zod schema per kind validates both the form and what is stored;
 * days are stored as "YYYY-MM-DD" so the JSON stays plain.
 */
import { z } from "zod";
import type { CaseEntryKind } from "@/lib/generated/prisma/enums";
import { checkbox, many, optionalText, parseDay, text } from "@/lib/validation";
import { CONTACT_METHODS, CONVERSATION_WITH, HANDOVER_DIRECTIONS } from "./constants";

export const CASE_ENTRY_KINDS = [
  "CONVERSATION",
  "ABSENCE_FOLLOW_UP",
  "SCHOOL_HOME_CONVERSATION",
  "REFERRAL",
  "HANDOVER",
  "NOTIFICATION",
  "NOTE",
] as const satisfies readonly CaseEntryKind[];

/** A calendar day kept as its ISO string. */
function dayString() {
  return z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .refine((value) => parseDay(value) !== null, { error: "validation.date" });
}

/** Long free text: notes are written in full sentences, not squeezed. */
const notes = (max = 8000) => text(max);

export const conversationDetails = z.object({
  with: z.enum(CONVERSATION_WITH, { error: "validation.choose" }),
  notes: notes(),
  agreements: optionalText(4000),
});

export const absenceFollowUpDetails = z
  .object({
    periodFrom: dayString(),
    periodTo: dayString(),
    absencePercent: z.coerce
      .number({ error: "validation.number" })
      .min(0, { error: "caseEntries.errors.percent" })
      .max(100, { error: "caseEntries.errors.percent" }),
    contacts: many(z.enum(CONTACT_METHODS)).pipe(
      z.array(z.enum(CONTACT_METHODS)).min(1, { error: "validation.chooseAtLeastOne" }),
    ),
    parentsReason: optionalText(2000),
    outcome: notes(4000),
  })
  .refine((value) => value.periodFrom <= value.periodTo, {
    error: "caseEntries.errors.periodOrder",
    path: ["periodTo"],
  });

/**
 * The school-home conversation on absence, after the template "Skole-hjem-samtaler om
 * skolefravær": three perspectives, the four questions, agreements the pupil can understand, who
 * does what until the next talk, when and how to follow up, and the tovholder. `agreements`,
 * `responsibilities`, `followUpHow` and `tovholder` are printed for the family; the rest is not.
 */
export const schoolHomeDetails = z.object({
  participants: text(500),
  pupilPerspective: optionalText(4000),
  homePerspective: optionalText(4000),
  schoolPerspective: optionalText(4000),
  academic: optionalText(4000),
  social: optionalText(4000),
  atHome: optionalText(4000),
  childSays: optionalText(4000),
  agreements: notes(4000),
  responsibilities: notes(4000),
  followUpHow: text(500),
  tovholder: text(200),
});

export const referralDetails = z.object({
  partner: text(200),
  reason: notes(4000),
  consentNote: optionalText(1000),
});

export const handoverDetails = z.object({
  direction: z.enum(HANDOVER_DIRECTIONS, { error: "validation.choose" }),
  otherSchool: text(200),
  contactPerson: optionalText(200),
  wellbeingNeeds: notes(4000),
});

/** An underretning: its facts live in the Notification table; the entry carries its reason. */
export const notificationDetails = z
  .object({
    reason: notes(4000),
    parentsInformed: checkbox(),
    parentsNotInformedWhy: optionalText(2000),
  })
  .refine((value) => value.parentsInformed || !!value.parentsNotInformedWhy, {
    error: "caseEntries.errors.parentsNotInformedWhy",
    path: ["parentsNotInformedWhy"],
  });

export const noteDetails = z.object({ text: notes() });

export const DETAILS_SCHEMAS = {
  CONVERSATION: conversationDetails,
  ABSENCE_FOLLOW_UP: absenceFollowUpDetails,
  SCHOOL_HOME_CONVERSATION: schoolHomeDetails,
  REFERRAL: referralDetails,
  HANDOVER: handoverDetails,
  NOTIFICATION: notificationDetails,
  NOTE: noteDetails,
} as const satisfies Record<CaseEntryKind, z.ZodType>;

export type DetailsOf<K extends CaseEntryKind> = z.output<(typeof DETAILS_SCHEMAS)[K]>;

/** An entry's details as stored, read back with its kind's schema (a discriminated pair). */
export type EntryDetails = {
  [K in CaseEntryKind]: { kind: K; details: DetailsOf<K> };
}[CaseEntryKind];

export function readDetails(kind: CaseEntryKind, stored: unknown): EntryDetails | null {
  const parsed = DETAILS_SCHEMAS[kind].safeParse(stored);
  return parsed.success ? ({ kind, details: parsed.data } as EntryDetails) : null;
}

/** The agreements of a school-home conversation as printed for the family: nothing internal. */
export function familyPageOf(details: DetailsOf<"SCHOOL_HOME_CONVERSATION">) {
  const { agreements, responsibilities, followUpHow, tovholder } = details;
  return { agreements, responsibilities, followUpHow, tovholder };
}
