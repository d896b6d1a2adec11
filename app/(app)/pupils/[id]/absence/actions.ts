"use server";

import { revalidatePath } from "next/cache";
import {
  parentsReasonInput,
  recordAbsence,
  recordAbsenceInput,
  recordParentsReason,
} from "@/lib/absence/manual";
import { formAction } from "@/lib/actions/form-action";
import { getT } from "@/lib/i18n/server";

export const recordAbsenceAction = formAction(
  "absence.manual",
  recordAbsenceInput,
  async (input, actor) => {
    const { days } = await recordAbsence(actor, input);
    revalidatePath(`/pupils/${input.pupilId}`, "layout");
    return { message: (await getT())("absence.manual.recorded", { days }) };
  },
);

export const parentsReasonAction = formAction(
  "absence.reason",
  parentsReasonInput,
  async (input, actor) => {
    const { days } = await recordParentsReason(actor, input);
    revalidatePath(`/pupils/${input.pupilId}`, "layout");
    return { message: (await getT())("absence.manual.reasonSaved", { days }) };
  },
);
