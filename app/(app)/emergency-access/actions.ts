"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { reviewEmergencyAccess, reviewEmergencyAccessInput } from "@/lib/emergency-access/review";
import { getT } from "@/lib/i18n/server";

export const reviewEmergencyAccessAction = formAction(
  "emergency-access.review",
  reviewEmergencyAccessInput,
  async (input, actor) => {
    await reviewEmergencyAccess(actor, input);
    revalidatePath("/emergency-access");
    revalidatePath("/dashboard");
    return { message: (await getT())("emergencyAccess.review.done") };
  },
);
