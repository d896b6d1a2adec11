"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { reviewEmergencyAccess, reviewEmergencyAccessInput } from "@/lib/emergency-access/review";

export const reviewEmergencyAccessAction = formAction(
  "emergency-access.review",
  reviewEmergencyAccessInput,
  async (input, actor) => {
    await reviewEmergencyAccess(actor, input);
    revalidatePath("/emergency-access");
    revalidatePath("/dashboard");
    // The reviewed access moves to the other list, taking its form along: say so on the page.
    redirect("/emergency-access?reviewed=1");
  },
);
