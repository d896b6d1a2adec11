"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createGroup, createGroupInput, updateGroup, updateGroupInput } from "@/lib/groups/groups";
import {
  addGroupParticipant,
  addGroupParticipantInput,
  removeGroupParticipant,
  removeGroupParticipantInput,
} from "@/lib/groups/participants";
import { addGroupSession, addGroupSessionInput } from "@/lib/groups/sessions";
import { getT } from "@/lib/i18n/server";

/** The group list and page, and the class pages that show which groups their pupils are in. */
function revalidateGroup(groupId: string) {
  revalidatePath("/groups");
  revalidatePath(`/groups/${groupId}`);
  revalidatePath("/classes", "layout");
}

export const createGroupAction = formAction(
  "group.create",
  createGroupInput,
  async (input, actor) => {
    const { id } = await createGroup(actor, input);
    revalidateGroup(id);
    redirect(`/groups/${id}?notice=created`);
  },
);

export const updateGroupAction = formAction(
  "group.update",
  updateGroupInput,
  async (input, actor) => {
    await updateGroup(actor, input);
    revalidateGroup(input.id);
    return { message: (await getT())("groups.updated") };
  },
);

export const addParticipantAction = formAction(
  "group.participant.add",
  addGroupParticipantInput,
  async (input, actor) => {
    await addGroupParticipant(actor, input);
    revalidateGroup(input.groupId);
    return { message: (await getT())("groups.participants.added") };
  },
);

export const removeParticipantAction = formAction(
  "group.participant.remove",
  removeGroupParticipantInput,
  async (input, actor) => {
    await removeGroupParticipant(actor, input);
    revalidateGroup(input.groupId);
    return { message: (await getT())("groups.participants.removed") };
  },
);

export const addSessionAction = formAction(
  "group.session.create",
  addGroupSessionInput,
  async (input, actor) => {
    await addGroupSession(actor, input);
    revalidateGroup(input.groupId);
    return { message: (await getT())("groups.sessions.added") };
  },
);
