"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import {
  createStaff,
  createStaffInput,
  deactivateStaff,
  deactivateStaffInput,
  reactivateStaff,
  reactivateStaffInput,
  removeStaffFromSchool,
  removeStaffInput,
  setStaffClasses,
  setStaffClassesInput,
  setStaffPassword,
  setStaffPasswordInput,
  setStaffRoles,
  setStaffRolesInput,
  updateStaff,
  updateStaffInput,
  type CreateStaffResult,
} from "@/lib/admin/staff";
import { getT } from "@/lib/i18n/server";

/** The staff pages, and the classes pages whose teacher column follows roles and classes. */
function revalidateStaff(options: { classes?: boolean } = {}) {
  revalidatePath("/admin/staff", "layout");
  if (options.classes) revalidatePath("/admin/classes", "layout");
}

/** What the staff member's page says on arrival (a redirect drops the form's own message). */
function creationNotice(result: CreateStaffResult): string {
  if (result.outcome === "created") return "created";
  return result.active ? "existing" : "existing-inactive";
}

export const createStaffAction = formAction(
  "admin.staff.create",
  createStaffInput,
  async (input, actor) => {
    const result = await createStaff(actor, input);
    revalidateStaff();
    redirect(`/admin/staff/${result.id}?notice=${creationNotice(result)}`);
  },
);

export const updateStaffAction = formAction(
  "admin.staff.update",
  updateStaffInput,
  async (input, actor) => {
    await updateStaff(actor, input);
    revalidateStaff({ classes: true });
    return { message: (await getT())("adminStaff.updated") };
  },
);

export const setStaffRolesAction = formAction(
  "admin.staff.roles",
  setStaffRolesInput,
  async (input, actor) => {
    await setStaffRoles(actor, input);
    revalidateStaff({ classes: true });
    return { message: (await getT())("adminStaff.rolesSaved") };
  },
);

export const setStaffClassesAction = formAction(
  "admin.staff.classes",
  setStaffClassesInput,
  async (input, actor) => {
    await setStaffClasses(actor, input);
    revalidateStaff({ classes: true });
    return { message: (await getT())("adminStaff.classesSaved") };
  },
);

export const setStaffPasswordAction = formAction(
  "admin.staff.password",
  setStaffPasswordInput,
  async (input, actor) => {
    await setStaffPassword(actor, input);
    revalidateStaff();
    return { message: (await getT())("adminStaff.passwordSaved") };
  },
);

export const removeStaffAction = formAction(
  "admin.staff.remove",
  removeStaffInput,
  async (input, actor) => {
    await removeStaffFromSchool(actor, input);
    revalidateStaff({ classes: true });
    redirect("/admin/staff?notice=removed");
  },
);

export const deactivateStaffAction = formAction(
  "admin.staff.deactivate",
  deactivateStaffInput,
  async (input, actor) => {
    await deactivateStaff(actor, input);
    revalidateStaff();
    return { message: (await getT())("adminStaff.deactivatedMessage") };
  },
);

export const reactivateStaffAction = formAction(
  "admin.staff.reactivate",
  reactivateStaffInput,
  async (input, actor) => {
    await reactivateStaff(actor, input);
    revalidateStaff();
    return { message: (await getT())("adminStaff.reactivatedMessage") };
  },
);
