"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { saveThresholds, thresholdsInput } from "@/lib/admin/thresholds";
import { getT } from "@/lib/i18n/server";

export const saveThresholdsAction = formAction(
  "admin.thresholds.update",
  thresholdsInput,
  async (input, actor) => {
    await saveThresholds(actor, input);
    revalidatePath("/admin/thresholds");
    return { message: (await getT())("thresholds.saved") };
  },
);
