"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import {
  logClassWork,
  logClassWorkInput,
  updateClassWork,
  updateClassWorkInput,
} from "@/lib/classes/class-work";
import { getT } from "@/lib/i18n/server";

export const logClassWorkAction = formAction(
  "class-work.create",
  logClassWorkInput,
  async (input, actor) => {
    await logClassWork(actor, input);
    revalidatePath("/classes");
    revalidatePath(`/classes/${input.classId}`);
    return { message: (await getT())("classes.work.logged") };
  },
);

export const updateClassWorkAction = formAction(
  "class-work.update",
  updateClassWorkInput,
  async (input, actor) => {
    const { classId } = await updateClassWork(actor, input);
    revalidatePath("/classes");
    revalidatePath(`/classes/${classId}`);
    return { message: (await getT())("classes.work.updated") };
  },
);
