import { z } from "zod";
import { checkbox, day, id, optionalDay, optionalText, text, version } from "@/lib/validation";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function clock() {
  return z
    .string({ error: "validation.required" })
    .trim()
    .regex(TIME, { error: "forum.errors.time" });
}

export const meetingInput = z
  .object({
    day: day(),
    startTime: clock(),
    endTime: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .pipe(clock().nullable()),
    place: text(200),
  })
  .refine((value) => !value.endTime || value.endTime > value.startTime, {
    error: "forum.errors.endBeforeStart",
    path: ["endTime"],
  });

export const createMeetingInput = meetingInput;
export const updateMeetingInput = z.intersection(
  meetingInput,
  z.object({
    id: id(),
    version: version(),
    status: z.enum(["PLANNED", "HELD", "CANCELLED"], { error: "validation.choose" }),
    summary: optionalText(8000),
  }),
);

export const addParticipantInput = z.object({ meetingId: id(), userId: id() });
export const removeParticipantInput = z.object({ meetingId: id(), participantId: id() });
export const attendanceInput = z.object({
  meetingId: id(),
  participantId: id(),
  attended: checkbox(),
});
/**
 * A participant's row in the meeting is one form: its checkbox posts it without a button (whether
 * they came), its "Fjern" with `intent=remove`.
 */
export const participantInput = attendanceInput.extend({
  intent: z.enum(["attendance", "remove"], { error: "validation.invalid" }).default("attendance"),
});

export const THEMES = [
  "HEALTH_PROMOTION",
  "SUBSTANCES",
  "ABSENCE_PATTERNS",
  "ONLINE_LIFE",
  "CLASS_WELLBEING",
  "PARENT_COOPERATION",
] as const;

export const addAgendaItemInput = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("PUPIL"),
      meetingId: id(),
      pupilId: id(),
      concernId: z
        .string()
        .optional()
        .transform((value) => value || null)
        .pipe(z.uuid().nullable()),
      guardiansAttending: checkbox(),
      pupilAttending: checkbox(),
    }),
    z.object({ kind: z.literal("ANONYMOUS_CASE"), meetingId: id(), title: text(300) }),
    z.object({ kind: z.literal("THEME"), meetingId: id(), title: text(300) }),
  ],
  { error: "validation.choose" },
);

export type AddAgendaItemInput = z.output<typeof addAgendaItemInput>;

export const attendingInput = z.object({
  itemId: id(),
  version: version(),
  guardiansAttending: checkbox(),
  pupilAttending: checkbox(),
});

export const minutesInput = z.object({
  itemId: id(),
  version: version(),
  minutes: optionalText(20000),
});
export const moveItemInput = z.object({ itemId: id(), direction: z.enum(["up", "down"]) });
export const removeItemInput = z.object({ itemId: id() });

/**
 * The agenda's order is one form: each item's buttons post `arrange` as "up:<item id>",
 * "down:<item id>" or "remove:<item id>" (the button that was pressed).
 */
export const arrangeItemInput = z.object({
  arrange: z
    .string({ error: "validation.invalid" })
    .transform((value) => {
      const parts = value.split(":");
      return parts.length === 2 ? { step: parts[0], itemId: parts[1] } : { step: "", itemId: "" };
    })
    .pipe(
      z.object({
        step: z.enum(["up", "down", "remove"], { error: "validation.invalid" }),
        itemId: id(),
      }),
    ),
});

export const planInput = z.object({
  itemId: id(),
  version: z.coerce.number().int().min(0),
  parentInvolvement: optionalText(4000),
  followUpOn: optionalDay(),
  feedbackResponsibleId: z
    .string()
    .optional()
    .transform((value) => value || null)
    .pipe(z.uuid().nullable()),
  feedbackDueOn: optionalDay(),
});

export const RESPONSIBLE_KINDS = ["USER", "PARENTS", "PUPIL"] as const;

export const addActionInput = z
  .object({
    itemId: id(),
    description: text(1000),
    responsible: z.string({ error: "validation.choose" }).min(1, { error: "validation.choose" }),
    dueOn: day(),
  })
  .transform(({ responsible, ...rest }) => ({
    ...rest,
    responsibleKind: (responsible === "PARENTS" || responsible === "PUPIL"
      ? responsible
      : "USER") as "USER" | "PARENTS" | "PUPIL",
    responsibleUserId: responsible === "PARENTS" || responsible === "PUPIL" ? null : responsible,
  }))
  .pipe(
    z.object({
      itemId: z.string(),
      description: z.string(),
      dueOn: z.date(),
      responsibleKind: z.enum(RESPONSIBLE_KINDS),
      responsibleUserId: z.uuid({ error: "validation.choose" }).nullable(),
    }),
  );

export const actionStatusInput = z.object({
  actionId: id(),
  version: version(),
  status: z.enum(["OPEN", "DONE", "CANCELLED"], { error: "validation.choose" }),
});

export const feedbackGivenInput = z.object({
  feedbackId: id(),
  version: version(),
  givenOn: day(),
  summary: text(4000),
});
