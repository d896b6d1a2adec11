"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { getT } from "@/lib/i18n/server";
import { setLegalHold, setLegalHoldInput } from "@/lib/privacy/legal-hold";

/** Set or lift a pupil's legal hold (administrators; lib/privacy/legal-hold.ts checks). */
export const setLegalHoldAction = formAction(
  "privacy.legal-hold",
  setLegalHoldInput,
  async (input, actor) => {
    await setLegalHold(actor, input);
    revalidatePath(`/admin/pupils/${input.id}`);
    return { message: (await getT())("privacy.legalHold.saved") };
  },
);
