"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { completeAction, completeActionInput } from "@/lib/action-plans/my-actions";
import { recordFeedbackGiven } from "@/lib/forum/item";
import { feedbackGivenInput } from "@/lib/forum/schemas";

export const completeActionAction = formAction(
  "action.complete",
  completeActionInput,
  async (input, actor) => {
    await completeAction(actor, input);
    revalidatePath("/actions");
    revalidatePath("/worklist");
    // The action moves to "done", and its form with it: the page says what happened.
    redirect("/actions?notice=completed");
  },
);

export const recordFeedbackGivenAction = formAction(
  "forum.feedback.given",
  feedbackGivenInput,
  async (input, actor) => {
    await recordFeedbackGiven(actor, input);
    revalidatePath("/actions");
    revalidatePath("/worklist");
    revalidatePath("/forum", "layout");
    redirect("/actions?notice=feedbackGiven");
  },
);
