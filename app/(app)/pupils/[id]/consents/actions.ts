"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { recordConsent, withdrawConsent } from "@/lib/consent/register";
import { recordConsentInput, withdrawConsentInput } from "@/lib/consent/schemas";
import { getT } from "@/lib/i18n/server";

export const recordConsentAction = formAction(
  "consent.record",
  recordConsentInput,
  async (input, actor) => {
    await recordConsent(actor, input);
    revalidatePath(`/pupils/${input.pupilId}`, "layout");
    return { message: (await getT())("consent.saved") };
  },
);

export const withdrawConsentAction = formAction(
  "consent.withdraw",
  withdrawConsentInput,
  async (input, actor) => {
    const { pupilId } = await withdrawConsent(actor, input);
    revalidatePath(`/pupils/${pupilId}`, "layout");
    return { message: (await getT())("consent.withdrawnSaved") };
  },
);
