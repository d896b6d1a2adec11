"use server";

/** The school's second-factor rule and the reset of a staff member's second factor. */
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import {
  resetStaffTotp,
  resetStaffTotpInput,
  schoolTotpInput,
  setSchoolTotpRequirement,
} from "@/lib/auth/two-factor";
import { getT } from "@/lib/i18n/server";

export const setSchoolTotpAction = formAction(
  "admin.school.require-totp",
  schoolTotpInput,
  async (input, actor) => {
    await setSchoolTotpRequirement(actor, input);
    revalidatePath("/admin/staff");
    return { message: (await getT())("auth.adminTotpSaved") };
  },
);

export const resetStaffTotpAction = formAction(
  "admin.staff.totp-reset",
  resetStaffTotpInput,
  async (input, actor) => {
    await resetStaffTotp(actor, input);
    revalidatePath("/admin/staff", "layout");
    return { message: (await getT())("auth.adminTotpResetDone") };
  },
);
