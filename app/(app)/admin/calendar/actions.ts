"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import {
  addHoliday,
  addTypicalPlan,
  holidayInput,
  removeHoliday,
  removeHolidayInput,
  typicalPlanInput,
} from "@/lib/calendar/holidays";
import { getT } from "@/lib/i18n/server";

export const addHolidayAction = formAction(
  "admin.holiday.create",
  holidayInput,
  async (input, actor) => {
    await addHoliday(actor, input);
    revalidatePath("/admin/calendar");
    return { message: (await getT())("calendar.added", { name: input.name }) };
  },
);

export const removeHolidayAction = formAction(
  "admin.holiday.delete",
  removeHolidayInput,
  async (input, actor) => {
    await removeHoliday(actor, input);
    revalidatePath("/admin/calendar");
    return { message: (await getT())("calendar.removed") };
  },
);

export const addTypicalPlanAction = formAction(
  "admin.holiday.typical-plan",
  typicalPlanInput,
  async (input, actor) => {
    const { added, schoolYear } = await addTypicalPlan(actor, input);
    revalidatePath("/admin/calendar");
    return { message: (await getT())("calendar.typicalPlanAdded", { count: added, schoolYear }) };
  },
);
