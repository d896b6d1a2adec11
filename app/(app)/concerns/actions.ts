"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { manageConcern, raiseConcern } from "@/lib/concerns";
import { manageConcernInput, raiseConcernInput } from "@/lib/concerns/schemas";
import { getT } from "@/lib/i18n/server";

export const raiseConcernAction = formAction(
  "concern.create",
  raiseConcernInput,
  async (input, actor) => {
    await raiseConcern(actor, input);
    revalidatePath("/concerns");
    revalidatePath("/worklist");
    // The form is done with: the list says the trivselsperson has it now.
    redirect("/concerns?notice=created");
  },
);

export const manageConcernAction = formAction(
  "concern.update",
  manageConcernInput,
  async (input, actor) => {
    await manageConcern(actor, input);
    revalidatePath("/concerns");
    revalidatePath(`/concerns/${input.id}`);
    revalidatePath("/worklist");
    return { message: (await getT())("concerns.manage.saved") };
  },
);
