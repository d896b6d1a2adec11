/**
 * A group's sessions (mødegange): the day and short notes on what was done. A session may be
 * planned ahead; the group list shows the last one held and the next one planned.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import { assertCan, groupScope, type Actor } from "@/lib/auth/policy";
import { isoDay } from "@/lib/dates";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { day, id, optionalText } from "@/lib/validation";

export const addGroupSessionInput = z.object({
  groupId: id(),
  heldOn: day(),
  notes: optionalText(2000),
});

/** Logs (or plans) a session of the group, within the group's period. */
export async function addGroupSession(
  actor: Actor,
  input: z.output<typeof addGroupSessionInput>,
): Promise<{ id: string }> {
  assertCan(actor, "group:manage");
  return auditedWrite<{ id: string }>(
    actor,
    (created) => ({
      action: "group.session.create",
      entityType: "GroupSession",
      entityId: created.id,
      details: { groupId: input.groupId, heldOn: isoDay(input.heldOn) },
    }),
    async (tx) => {
      const group = await tx.group.findFirst({
        where: { AND: [{ id: input.groupId }, groupScope(actor)] },
        select: { startsOn: true, endsOn: true },
      });
      if (!group) throw new NotFoundError("group");
      const time = input.heldOn.getTime();
      if (time < group.startsOn.getTime() || (group.endsOn && time > group.endsOn.getTime()))
        throw new DomainValidationError("heldOn", "groups.errors.sessionOutsidePeriod");
      return tx.groupSession.create({
        data: { ...input, authorId: actor.userId },
        select: { id: true },
      });
    },
  );
}
