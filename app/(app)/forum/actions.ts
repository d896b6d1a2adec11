"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import type { AgendaFormState } from "@/components/forum/agenda-forms";
import {
  addAgendaItem,
  ConsentGateError,
  moveAgendaItem,
  removeAgendaItem,
  saveMinutes,
  setItemAttendance,
} from "@/lib/forum/agenda";
import { addAction, recordFeedbackGiven, savePlan, setActionStatus } from "@/lib/forum/item";
import {
  addParticipant,
  createMeeting,
  removeParticipant,
  setAttendance,
  updateMeeting,
} from "@/lib/forum/meetings";
import {
  actionStatusInput,
  addActionInput,
  addAgendaItemInput,
  addParticipantInput,
  arrangeItemInput,
  attendingInput,
  createMeetingInput,
  feedbackGivenInput,
  minutesInput,
  participantInput,
  planInput,
  THEMES,
  updateMeetingInput,
} from "@/lib/forum/schemas";
import { createTranslator, DEFAULT_LOCALE, messagesFor, type MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { id, optionalText } from "@/lib/validation";

/** Every forum page reads the same meetings; "Mine opgaver" and the worklist show their actions. */
function revalidateForum() {
  revalidatePath("/forum", "layout");
  revalidatePath("/actions");
  revalidatePath("/worklist");
}

async function saved(key: MessageKey) {
  return { message: (await getT())(key) };
}

// ─── Meetings and participants ─────────────────────────────────────────────────────────────

export const createMeetingAction = formAction(
  "forum.meeting.create",
  createMeetingInput,
  async (input, actor) => {
    const { id: meetingId } = await createMeeting(actor, input);
    revalidateForum();
    redirect(`/forum/${meetingId}?notice=created`);
  },
);

export const updateMeetingAction = formAction(
  "forum.meeting.update",
  updateMeetingInput,
  async (input, actor) => {
    await updateMeeting(actor, input);
    revalidateForum();
    return saved("forum.meeting.saved");
  },
);

export const addParticipantAction = formAction(
  "forum.participant.add",
  addParticipantInput,
  async (input, actor) => {
    await addParticipant(actor, input);
    revalidateForum();
    return saved("forum.participants.added");
  },
);

/**
 * A participant's row, one form: the ticked box saves whether they came (the box is the
 * confirmation; a message in every row would be noise), "Fjern" takes them off the meeting.
 */
export const participantAction = formAction(
  "forum.participant",
  participantInput,
  async ({ intent, meetingId, participantId, attended }, actor) => {
    if (intent === "remove") {
      await removeParticipant(actor, { meetingId, participantId });
      revalidateForum();
      return saved("forum.participants.removed");
    }
    await setAttendance(actor, { meetingId, participantId, attended });
    revalidateForum();
    return { message: "" };
  },
);

// ─── The agenda ────────────────────────────────────────────────────────────────────────────

export async function addPupilItemAction(
  previous: FormState,
  formData: FormData,
): Promise<AgendaFormState> {
  const outcome = { refused: false };
  const state = await formAction("forum.agenda.add", addAgendaItemInput, async (input, actor) => {
    try {
      await addAgendaItem(actor, input);
    } catch (error) {
      outcome.refused = error instanceof ConsentGateError;
      throw error;
    }
    revalidateForum();
    return saved("forum.add.added");
  })(previous, formData);
  return outcome.refused ? { ...state, gateRefused: true } : state;
}

export const addCaseItemAction = formAction(
  "forum.agenda.add",
  addAgendaItemInput,
  async (input, actor) => {
    await addAgendaItem(actor, input);
    revalidateForum();
    return saved("forum.add.added");
  },
);

const themeItemInput = z
  .object({
    meetingId: id(),
    theme: z.enum([...THEMES, "OTHER"], { error: "validation.choose" }),
    title: optionalText(300),
  })
  .refine((value) => value.theme !== "OTHER" || value.title, {
    error: "forum.errors.theme",
    path: ["title"],
  });

/** The school's themes are stored in Danish, the school's language, whoever chose them. */
const danish = createTranslator(messagesFor(DEFAULT_LOCALE));

export const addThemeItemAction = formAction(
  "forum.agenda.add",
  themeItemInput,
  async (input, actor) => {
    const title =
      input.theme === "OTHER" ? (input.title ?? "") : danish(`forum.themes.${input.theme}`);
    await addAgendaItem(actor, { kind: "THEME", meetingId: input.meetingId, title });
    revalidateForum();
    return saved("forum.add.added");
  },
);

/** The agenda's order, one form for the list: the pressed button moves its item or removes it. */
export const arrangeItemAction = formAction(
  "forum.agenda.arrange",
  arrangeItemInput,
  async ({ arrange: { step, itemId } }, actor) => {
    if (step === "remove") {
      await removeAgendaItem(actor, { itemId });
      revalidateForum();
      return saved("forum.agenda.removed");
    }
    await moveAgendaItem(actor, { itemId, direction: step });
    revalidateForum();
    return { message: "" };
  },
);

// ─── In the meeting: one item ──────────────────────────────────────────────────────────────

export const setItemAttendanceAction = formAction(
  "forum.agenda.attendance",
  attendingInput,
  async (input, actor) => {
    await setItemAttendance(actor, input);
    revalidateForum();
    return saved("forum.item.attendanceSaved");
  },
);

export const saveMinutesAction = formAction(
  "forum.minutes.save",
  minutesInput,
  async (input, actor) => {
    await saveMinutes(actor, input);
    revalidateForum();
    return saved("forum.item.minutes.saved");
  },
);

export const savePlanAction = formAction("forum.plan.save", planInput, async (input, actor) => {
  await savePlan(actor, input);
  revalidateForum();
  return saved("forum.plan.saved");
});

export const addActionAction = formAction(
  "forum.action.add",
  addActionInput,
  async (input, actor) => {
    await addAction(actor, input);
    revalidateForum();
    return saved("forum.plan.actionAdded");
  },
);

export const setActionStatusAction = formAction(
  "forum.action.status",
  actionStatusInput,
  async (input, actor) => {
    await setActionStatus(actor, input);
    revalidateForum();
    return saved("forum.plan.statusSaved");
  },
);

export const recordFeedbackAction = formAction(
  "forum.feedback.given",
  feedbackGivenInput,
  async (input, actor) => {
    await recordFeedbackGiven(actor, input);
    revalidateForum();
    return saved("forum.plan.given.saved");
  },
);
