"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import {
  endEmergencyAccess,
  endEmergencyAccessInput,
  requestEmergencyAccess,
  requestEmergencyAccessInput,
} from "@/lib/emergency-access/request";

export const requestEmergencyAccessAction = formAction(
  "emergency-access.start",
  requestEmergencyAccessInput,
  async (input, actor) => {
    await requestEmergencyAccess(actor, input);
    revalidatePath(`/pupils/${input.pupilId}`, "layout");
    redirect(`/pupils/${input.pupilId}?emergency=started`);
  },
);

export const endEmergencyAccessAction = formAction(
  "emergency-access.end",
  endEmergencyAccessInput,
  async (input, actor) => {
    const { pupilId } = await endEmergencyAccess(actor, input);
    revalidatePath(`/pupils/${pupilId}`, "layout");
    redirect(`/pupils/${pupilId}?emergency=ended`);
  },
);
