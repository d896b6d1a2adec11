"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import {
  createSchool,
  createSchoolInput,
  updateSchool,
  updateSchoolInput,
} from "@/lib/admin/schools";
import { getT } from "@/lib/i18n/server";

// The school's name shows in the shell and the school picker, so the whole app is refreshed.
export const createSchoolAction = formAction(
  "admin.school.create",
  createSchoolInput,
  async (input, actor) => {
    await createSchool(actor, input);
    revalidatePath("/", "layout");
    return { message: (await getT())("adminSchools.created") };
  },
);

export const updateSchoolAction = formAction(
  "admin.school.update",
  updateSchoolInput,
  async (input, actor) => {
    await updateSchool(actor, input);
    revalidatePath("/", "layout");
    return { message: (await getT())("adminSchools.updated") };
  },
);
