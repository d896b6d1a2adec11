"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import {
  completeFollowUpInput,
  createEntryInput,
  notificationReceiptInput,
  updateEntryInput,
} from "@/lib/case-entries/schemas";
import {
  completeFollowUp,
  createCaseEntry,
  recordNotificationReceipt,
  updateCaseEntry,
} from "@/lib/case-entries/write";
import { getT } from "@/lib/i18n/server";

export const createEntryAction = formAction(
  "case-entry.create",
  createEntryInput,
  async (input, actor) => {
    const entry = await createCaseEntry(actor, input);
    revalidatePath(`/pupils/${entry.pupilId}`);
    redirect(`/pupils/${entry.pupilId}?saved=created&entry=${entry.id}#entry-${entry.id}`);
  },
);

export const updateEntryAction = formAction(
  "case-entry.update",
  updateEntryInput,
  async (input, actor) => {
    const { pupilId } = await updateCaseEntry(actor, input);
    revalidatePath(`/pupils/${pupilId}`);
    redirect(`/pupils/${pupilId}?saved=updated&entry=${input.id}#entry-${input.id}`);
  },
);

export const completeFollowUpAction = formAction(
  "case-entry.follow-up.complete",
  completeFollowUpInput,
  async (input, actor) => {
    const { pupilId } = await completeFollowUp(actor, input);
    revalidatePath(`/pupils/${pupilId}`);
    return { message: (await getT())("caseEntries.followUp.completed") };
  },
);

export const notificationReceiptAction = formAction(
  "notification.receipt",
  notificationReceiptInput,
  async (input, actor) => {
    const { pupilId } = await recordNotificationReceipt(actor, input);
    revalidatePath(`/pupils/${pupilId}`);
    return { message: (await getT())("caseEntries.notification.receiptSaved") };
  },
);
