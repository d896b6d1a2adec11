/**
 * The form input of a timeline entry. The form is flat — the fields every entry has beside the
 * kind's own fields — so the schema first nests the kind's fields under `details`, then checks
 * them with the kind's schema. Errors keep the form field's name (lib/actions/form-action.ts).
 */
import { z } from "zod";
import type { CaseEntryKind } from "@/lib/generated/prisma/enums";
import { id, optionalDay, optionalText, day, version } from "@/lib/validation";
import { todayInDenmark } from "@/lib/dates";
import {
  absenceFollowUpDetails,
  conversationDetails,
  handoverDetails,
  noteDetails,
  notificationDetails,
  referralDetails,
  schoolHomeDetails,
} from "./kinds";

const CONFIDENTIALITIES = ["CASE", "FORUM", "PROFESSION", "PRIVATE"] as const;

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .pipe(z.uuid({ error: "validation.invalid" }).nullable());

/** What every entry has, whatever its kind. */
const commonFields = {
  pupilId: id(),
  occurredOn: day().refine((value) => value <= todayInDenmark(), {
    error: "validation.dateInFuture",
  }),
  title: optionalText(200),
  confidentiality: z.enum(CONFIDENTIALITIES, { error: "validation.choose" }),
  followUpOn: optionalDay(),
  followUpOwnerId: optionalId,
  concernId: optionalId,
};

const COMMON_KEYS = new Set([...Object.keys(commonFields), "kind", "id", "version"]);

/** Flat form values → `{ …common, kind, details: { …the kind's fields } }`. */
function nestDetails(values: unknown): unknown {
  if (typeof values !== "object" || values === null) return values;
  const common: Record<string, unknown> = {};
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values))
    (COMMON_KEYS.has(key) ? common : details)[key] = value;
  return { ...common, details };
}

function entryOf<K extends CaseEntryKind, D extends z.ZodType>(kind: K, details: D) {
  return z.object({ kind: z.literal(kind), ...commonFields, details });
}

const entryUnion = z.discriminatedUnion(
  "kind",
  [
    entryOf("CONVERSATION", conversationDetails),
    entryOf("ABSENCE_FOLLOW_UP", absenceFollowUpDetails),
    entryOf("SCHOOL_HOME_CONVERSATION", schoolHomeDetails),
    entryOf("REFERRAL", referralDetails),
    entryOf("HANDOVER", handoverDetails),
    entryOf("NOTIFICATION", notificationDetails),
    entryOf("NOTE", noteDetails),
  ],
  { error: "validation.choose" },
);

export const createEntryInput = z.preprocess(nestDetails, entryUnion);
export type CreateEntryInput = z.output<typeof createEntryInput>;

export const updateEntryInput = z.preprocess(
  nestDetails,
  z.intersection(entryUnion, z.object({ id: id(), version: version() })),
);
export type UpdateEntryInput = z.output<typeof updateEntryInput>;

export const completeFollowUpInput = z.object({ id: id(), version: version() });

/** The municipality's receipt of a notification and, later, its feedback. */
export const notificationReceiptInput = z.object({
  entryId: id(),
  version: version(),
  receiptReceivedOn: optionalDay(),
  municipalityFeedback: optionalText(4000),
  municipalityFeedbackOn: optionalDay(),
});
