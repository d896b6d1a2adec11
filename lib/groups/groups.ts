/**
 * The trivselsperson's groups (gruppeforløb): quiet-youth groups, grief and divorce groups,
 * social training and play groups. A group has a leader (a member of staff), a period, its
 * participants and its sessions. That a named child is in a grief or divorce group is sensitive,
 * so every page that names the participants writes one audit row per pupil.
 */
import "server-only";
import { z } from "zod";
import { className } from "@/lib/admin/classes";
import { auditedRead, auditedWrite, recordPupilReads } from "@/lib/audit";
import {
  assertCan,
  assignableStaffScope,
  groupScope,
  pupilScope,
  schoolScope,
  type Actor,
} from "@/lib/auth/policy";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { db, type Tx } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import type { GroupKind, Role } from "@/lib/generated/prisma/enums";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { checkbox, day, id, optionalDay, optionalText, text, version } from "@/lib/validation";

export const GROUP_KINDS = [
  "QUIET_YOUTH",
  "GRIEF",
  "DIVORCE",
  "SOCIAL_TRAINING",
  "PLAY_GROUP",
  "OTHER",
] as const satisfies readonly GroupKind[];

/** Groups whose very membership says something about a child's home or loss. */
export const SENSITIVE_GROUP_KINDS: readonly GroupKind[] = ["GRIEF", "DIVORCE"];

// ─── Input ────────────────────────────────────────────────────────────────────────────────────

const groupFields = z.object({
  kind: z.enum(GROUP_KINDS, { error: "validation.choose" }),
  name: text(120),
  description: optionalText(2000),
  leaderId: z.uuid({ error: "validation.choose" }),
  startsOn: day(),
  endsOn: optionalDay(),
});

function endsAfterStart(value: { startsOn: unknown; endsOn: unknown }): boolean {
  // Runs even when a date itself was refused (zod 4); that field has its own message then.
  const { startsOn, endsOn } = value;
  if (!(startsOn instanceof Date) || !(endsOn instanceof Date)) return true;
  return endsOn.getTime() >= startsOn.getTime();
}
const endsBeforeStart = { path: ["endsOn"], error: "groups.errors.endsBeforeStart" };

export const createGroupInput = groupFields.refine(endsAfterStart, endsBeforeStart);
export const updateGroupInput = groupFields
  .extend({ id: id(), version: version(), active: checkbox() })
  .refine(endsAfterStart, endsBeforeStart);

// ─── DTOs ─────────────────────────────────────────────────────────────────────────────────────

export type GroupRow = {
  id: string;
  kind: GroupKind;
  name: string;
  leaderName: string;
  active: boolean;
  startsOn: string;
  endsOn: string | null;
  participantCount: number;
  /** The latest session held (today or earlier), "YYYY-MM-DD". */
  lastSessionOn: string | null;
  /** The next planned session (after today), "YYYY-MM-DD". */
  nextSessionOn: string | null;
};

export type GroupParticipantRow = {
  pupilId: string;
  firstName: string;
  lastName: string;
  className: string | null;
  joinedOn: string;
  leftOn: string | null;
};

export type GroupSessionRow = {
  id: string;
  heldOn: string;
  notes: string | null;
  authorName: string;
};

export type GroupDetail = {
  id: string;
  kind: GroupKind;
  name: string;
  description: string | null;
  leaderId: string;
  leaderName: string;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
  version: number;
  /** Taking part now, by name. */
  participants: GroupParticipantRow[];
  /** Took part earlier and left, most recent first. */
  formerParticipants: GroupParticipantRow[];
  /** Newest first. */
  sessions: GroupSessionRow[];
};

export type StaffOption = { id: string; name: string; roles: Role[] };

// ─── Reads ────────────────────────────────────────────────────────────────────────────────────

/** The school's groups: active ones first, then the most recently started. */
export async function listGroups(actor: Actor): Promise<GroupRow[]> {
  assertCan(actor, "group:manage");
  const groups = await db.group.findMany({
    where: groupScope(actor),
    orderBy: [{ active: "desc" }, { startsOn: "desc" }, { name: "asc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      active: true,
      startsOn: true,
      endsOn: true,
      leader: { select: { name: true } },
      _count: { select: { participants: { where: { leftOn: null } } } },
    },
  });
  const ids = groups.map((group) => group.id);
  const today = todayInDenmark();
  const [held, planned] = await Promise.all([
    db.groupSession.groupBy({
      by: ["groupId"],
      where: { groupId: { in: ids }, heldOn: { lte: today } },
      _max: { heldOn: true },
    }),
    db.groupSession.groupBy({
      by: ["groupId"],
      where: { groupId: { in: ids }, heldOn: { gt: today } },
      _min: { heldOn: true },
    }),
  ]);
  const last = new Map(held.map((row) => [row.groupId, row._max.heldOn]));
  const next = new Map(planned.map((row) => [row.groupId, row._min.heldOn]));
  return groups.map(({ leader, _count, startsOn, endsOn, ...group }) => {
    const lastOn = last.get(group.id);
    const nextOn = next.get(group.id);
    return {
      ...group,
      leaderName: leader.name,
      startsOn: isoDay(startsOn),
      endsOn: endsOn ? isoDay(endsOn) : null,
      participantCount: _count.participants,
      lastSessionOn: lastOn ? isoDay(lastOn) : null,
      nextSessionOn: nextOn ? isoDay(nextOn) : null,
    };
  });
}

/**
 * One group with its participants (now and earlier) and sessions. Audited: one row for opening
 * the group, and one row per named pupil, so each child's access report shows who saw them
 * listed in, say, a grief group.
 */
export async function getGroup(actor: Actor, groupId: string): Promise<GroupDetail> {
  assertCan(actor, "group:manage");
  if (!z.uuid().safeParse(groupId).success) throw new NotFoundError("group");
  return auditedRead(
    actor,
    { action: "group.read", entityType: "Group", entityId: groupId, purpose: "group-work" },
    async (tx) => {
      const group = await tx.group.findFirst({
        where: { AND: [{ id: groupId }, groupScope(actor)] },
        select: {
          id: true,
          kind: true,
          name: true,
          description: true,
          leaderId: true,
          leader: { select: { name: true } },
          startsOn: true,
          endsOn: true,
          active: true,
          version: true,
          participants: {
            where: { pupil: pupilScope(actor) },
            orderBy: [{ pupil: { lastName: "asc" } }, { pupil: { firstName: "asc" } }],
            select: {
              joinedOn: true,
              leftOn: true,
              pupil: {
                select: {
                  id: true,
                  firstName: true,
                  lastName: true,
                  class: { select: { grade: true, letter: true } },
                },
              },
            },
          },
          sessions: {
            orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
            select: { id: true, heldOn: true, notes: true, author: { select: { name: true } } },
          },
        },
      });
      if (!group) throw new NotFoundError("group");

      const rows = group.participants.map(({ joinedOn, leftOn, pupil }): GroupParticipantRow => ({
        pupilId: pupil.id,
        firstName: pupil.firstName,
        lastName: pupil.lastName,
        className: pupil.class ? className(pupil.class) : null,
        joinedOn: isoDay(joinedOn),
        leftOn: leftOn ? isoDay(leftOn) : null,
      }));
      await recordPupilReads(
        tx,
        actor,
        {
          action: "group.participant.read",
          entityType: "Group",
          entityId: groupId,
          purpose: "group-work",
          details: { kind: group.kind },
        },
        rows.map((row) => row.pupilId),
      );

      const { leader, startsOn, endsOn, participants: _participants, sessions, ...rest } = group;
      return {
        ...rest,
        leaderName: leader.name,
        startsOn: isoDay(startsOn),
        endsOn: endsOn ? isoDay(endsOn) : null,
        participants: rows.filter((row) => row.leftOn === null),
        formerParticipants: rows
          .filter((row) => row.leftOn !== null)
          .sort((a, b) => (b.leftOn ?? "").localeCompare(a.leftOn ?? "")),
        sessions: sessions.map(({ heldOn, author, ...session }) => ({
          ...session,
          heldOn: isoDay(heldOn),
          authorName: author.name,
        })),
      };
    },
  );
}

/** Who can lead a group: the school's active staff other than administrators, by name. */
export async function listGroupLeaderOptions(actor: Actor): Promise<StaffOption[]> {
  assertCan(actor, "group:manage");
  const users = await db.user.findMany({
    where: assignableStaffScope(actor),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      roles: { where: schoolScope(actor), select: { role: true }, orderBy: { role: "asc" } },
    },
  });
  return users.map((user) => ({ ...user, roles: user.roles.map(({ role }) => role) }));
}

// ─── Writes ───────────────────────────────────────────────────────────────────────────────────

/**
 * The leader id came from the browser: it must be one of the school's assignable staff. A group
 * keeps a leader who has since left when it is edited for other reasons.
 */
async function assertLeader(
  tx: Tx,
  actor: Actor,
  leaderId: string,
  currentLeaderId?: string,
): Promise<void> {
  if (leaderId === currentLeaderId) return;
  const found = await tx.user.findFirst({
    where: { AND: [{ id: leaderId }, assignableStaffScope(actor)] },
    select: { id: true },
  });
  if (!found) throw new DomainValidationError("leaderId", "groups.errors.leaderNotStaff");
}

export async function createGroup(
  actor: Actor,
  input: z.output<typeof createGroupInput>,
): Promise<{ id: string }> {
  assertCan(actor, "group:manage");
  return auditedWrite<{ id: string }>(
    actor,
    (created) => ({
      action: "group.create",
      entityType: "Group",
      entityId: created.id,
      details: { kind: input.kind },
    }),
    async (tx) => {
      await assertLeader(tx, actor, input.leaderId);
      return tx.group.create({
        data: { ...input, schoolId: actor.schoolId },
        select: { id: true },
      });
    },
  );
}

export async function updateGroup(
  actor: Actor,
  input: z.output<typeof updateGroupInput>,
): Promise<void> {
  assertCan(actor, "group:manage");
  const { id: groupId, version: readVersion, ...data } = input;
  await auditedWrite(
    actor,
    {
      action: "group.update",
      entityType: "Group",
      entityId: groupId,
      details: { kind: data.kind, active: data.active },
    },
    async (tx) => {
      const inScope = { AND: [{ id: groupId }, groupScope(actor)] };
      const current = await tx.group.findFirst({ where: inScope, select: { leaderId: true } });
      if (!current) throw new NotFoundError("group");
      await assertLeader(tx, actor, data.leaderId, current.leaderId);
      const updated = await tx.group.updateMany({
        where: { AND: [inScope, { version: readVersion }] },
        data: { ...data, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "group", () =>
        tx.group.findFirst({ where: inScope, select: { id: true } }),
      );
    },
  );
}
