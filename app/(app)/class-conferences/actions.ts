"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createConference, createConferenceInput } from "@/lib/class-conferences/conferences";
import {
  addFocusPupil,
  addFocusPupilInput,
  removeFocusPupil,
  removeFocusPupilInput,
} from "@/lib/class-conferences/focus-pupils";
import { saveReview, saveReviewInput } from "@/lib/class-conferences/reviews";
import {
  addConferenceTask,
  addConferenceTaskInput,
  cancelConferenceTask,
  cancelConferenceTaskInput,
} from "@/lib/class-conferences/tasks";
import { getT } from "@/lib/i18n/server";

/**
 * Every page of the conferences, and the class pages, which show the latest focus pupils; the
 * worklist and "Mine opgaver" show the tasks.
 */
function revalidateConferences() {
  revalidatePath("/class-conferences", "layout");
  revalidatePath("/classes", "layout");
  revalidatePath("/worklist");
  revalidatePath("/actions");
}

function reviewPath(conferenceId: string, classId: string): string {
  return `/class-conferences/${conferenceId}/classes/${classId}`;
}

export const createConferenceAction = formAction(
  "class-conference.create",
  createConferenceInput,
  async (input, actor) => {
    const { id } = await createConference(actor, input);
    revalidateConferences();
    redirect(`/class-conferences/${id}?notice=created`);
  },
);

export const saveReviewAction = formAction(
  "class-conference.review.update",
  saveReviewInput,
  async (input, actor) => {
    const { conferenceId, nextClassId } = await saveReview(actor, input);
    revalidateConferences();
    const t = await getT();
    switch (input.intent) {
      case "next":
        return redirect(
          nextClassId
            ? reviewPath(conferenceId, nextClassId)
            : `/class-conferences/${conferenceId}`,
        );
      case "reviewed":
        return { message: t("conferences.review.markedReviewed") };
      case "reopen":
        return { message: t("conferences.review.reopened") };
      case "save":
        return { message: t("conferences.review.saved") };
    }
  },
);

export const addFocusPupilAction = formAction(
  "class-conference.focus-pupil.add",
  addFocusPupilInput,
  async (input, actor) => {
    await addFocusPupil(actor, input);
    revalidateConferences();
    return { message: (await getT())("conferences.focus.added") };
  },
);

export const removeFocusPupilAction = formAction(
  "class-conference.focus-pupil.remove",
  removeFocusPupilInput,
  async (input, actor) => {
    await removeFocusPupil(actor, input);
    revalidateConferences();
    return { message: (await getT())("conferences.focus.removed") };
  },
);

export const addTaskAction = formAction(
  "class-conference.task.create",
  addConferenceTaskInput,
  async (input, actor) => {
    await addConferenceTask(actor, input);
    revalidateConferences();
    return { message: (await getT())("conferences.tasks.added") };
  },
);

export const cancelTaskAction = formAction(
  "class-conference.task.cancel",
  cancelConferenceTaskInput,
  async (input, actor) => {
    await cancelConferenceTask(actor, input);
    revalidateConferences();
    return { message: (await getT())("conferences.tasks.cancelled") };
  },
);
