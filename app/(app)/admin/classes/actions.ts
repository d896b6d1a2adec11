"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { createClass, createClassInput, updateClass, updateClassInput } from "@/lib/admin/classes";
import { getT } from "@/lib/i18n/server";

export const createClassAction = formAction(
  "admin.class.create",
  createClassInput,
  async (input, actor) => {
    await createClass(actor, input);
    revalidatePath("/admin/classes");
    return { message: (await getT())("adminClasses.created") };
  },
);

export const updateClassAction = formAction(
  "admin.class.update",
  updateClassInput,
  async (input, actor) => {
    await updateClass(actor, input);
    revalidatePath("/admin/classes");
    return { message: (await getT())("adminClasses.updated") };
  },
);
