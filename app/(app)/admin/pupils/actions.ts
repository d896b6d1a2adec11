"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import {
  createGuardian,
  createGuardianInput,
  removeGuardian,
  removeGuardianInput,
  updateGuardian,
  updateGuardianInput,
} from "@/lib/admin/guardians";
import {
  createPupil,
  createPupilInput,
  markPupilLeft,
  markPupilLeftInput,
  reactivatePupil,
  reactivatePupilInput,
  updatePupil,
  updatePupilInput,
} from "@/lib/admin/pupils";
import { getT } from "@/lib/i18n/server";
import type { PupilNotice } from "./notices";

function pupilPath(pupilId: string): string {
  return `/admin/pupils/${pupilId}`;
}

/**
 * For changes after which the form itself is gone (the pupil is new, the guardian removed, the
 * leave form swapped for "reactivate"): the pupil's page says what happened instead.
 */
function showPupilWithNotice(pupilId: string, notice: PupilNotice): never {
  revalidatePath("/admin/pupils");
  revalidatePath(pupilPath(pupilId));
  redirect(`${pupilPath(pupilId)}?notice=${notice}`);
}

export const createPupilAction = formAction(
  "admin.pupil.create",
  createPupilInput,
  async (input, actor) => {
    const { id } = await createPupil(actor, input);
    showPupilWithNotice(id, "created");
  },
);

export const updatePupilAction = formAction(
  "admin.pupil.update",
  updatePupilInput,
  async (input, actor) => {
    await updatePupil(actor, input);
    revalidatePath("/admin/pupils");
    revalidatePath(pupilPath(input.id));
    return { message: (await getT())("adminPupils.saved") };
  },
);

export const markPupilLeftAction = formAction(
  "admin.pupil.leave",
  markPupilLeftInput,
  async (input, actor) => {
    await markPupilLeft(actor, input);
    showPupilWithNotice(input.id, "left");
  },
);

export const reactivatePupilAction = formAction(
  "admin.pupil.reactivate",
  reactivatePupilInput,
  async (input, actor) => {
    await reactivatePupil(actor, input);
    showPupilWithNotice(input.id, "reactivated");
  },
);

export const createGuardianAction = formAction(
  "admin.guardian.create",
  createGuardianInput,
  async (input, actor) => {
    await createGuardian(actor, input);
    revalidatePath(pupilPath(input.pupilId));
    return { message: (await getT())("adminPupils.guardianAdded") };
  },
);

export const updateGuardianAction = formAction(
  "admin.guardian.update",
  updateGuardianInput,
  async (input, actor) => {
    const { pupilId } = await updateGuardian(actor, input);
    revalidatePath(pupilPath(pupilId));
    return { message: (await getT())("adminPupils.guardianSaved") };
  },
);

export const removeGuardianAction = formAction(
  "admin.guardian.remove",
  removeGuardianInput,
  async (input, actor) => {
    const { pupilId } = await removeGuardian(actor, input);
    showPupilWithNotice(pupilId, "guardian-removed");
  },
);
