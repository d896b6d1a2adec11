/**
 * Trivselsforum meetings: date, place and participants. The school's fixed members (leadership,
 * trivselsperson, PPR, health nurse, family counsellor, SSP) are invited to every meeting;
 * ad-hoc participants are added to one meeting and see that meeting only.
 */
import "server-only";
import { z } from "zod";
import { auditedRead, auditedWrite, recordPupilReads } from "@/lib/audit";
import {
  assertCan,
  can,
  FORUM_MEMBER_ROLES,
  forumMeetingScope,
  type Actor,
} from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { danishClock, danishTime, isoDay } from "@/lib/dates";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import type { AgendaItemKind, ForumMeetingStatus, Role } from "@/lib/generated/prisma/enums";
import { gateStates, meetingDay, type GateState } from "./gate";
import type {
  addParticipantInput,
  attendanceInput,
  createMeetingInput,
  removeParticipantInput,
  updateMeetingInput,
} from "./schemas";

/** Who sits in the forum by default (the seed text's fixed members). */
export const FIXED_MEMBER_ROLES: Role[] = ["TRIVSELSPERSON", ...FORUM_MEMBER_ROLES];

export type MeetingRow = {
  id: string;
  day: string;
  startTime: string;
  endTime: string | null;
  place: string;
  status: ForumMeetingStatus;
  itemCount: number;
  participating: boolean;
};

export type Participant = {
  id: string;
  userId: string;
  name: string;
  roles: Role[];
  adHoc: boolean;
  attended: boolean | null;
};

export type AgendaItemRow = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  /** Named pupil items only, and only while the gate lets the item open. */
  pupil: { id: string; name: string; className: string | null } | null;
  gate: GateState | null;
  guardiansAttending: boolean;
  pupilAttending: boolean;
  hasMinutes: boolean;
  actionCount: number;
  version: number;
};

export type MeetingDetail = Omit<MeetingRow, "itemCount" | "participating"> & {
  summary: string | null;
  version: number;
  participants: Participant[];
  agenda: AgendaItemRow[];
  /** The actor manages this meeting (the trivselsperson). */
  manage: boolean;
};

function toTimes(startsAt: Date, endsAt: Date | null) {
  return {
    day: isoDay(meetingDay(startsAt)),
    startTime: danishClock(startsAt),
    endTime: endsAt ? danishClock(endsAt) : null,
  };
}

const MEETING_LIST = { action: "forum.meeting.list", purpose: "forum-meeting" } as const;

export async function listMeetings(actor: Actor): Promise<MeetingRow[]> {
  const meetings = await auditedRead(actor, MEETING_LIST, (tx) =>
    tx.forumMeeting.findMany({
      where: forumMeetingScope(actor),
      orderBy: { startsAt: "desc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        place: true,
        status: true,
        _count: { select: { agendaItems: true } },
        participants: { where: { userId: actor.userId }, select: { id: true } },
      },
    }),
  );
  return meetings.map((meeting) => ({
    id: meeting.id,
    ...toTimes(meeting.startsAt, meeting.endsAt),
    place: meeting.place,
    status: meeting.status,
    itemCount: meeting._count.agendaItems,
    participating: meeting.participants.length > 0,
  }));
}

/** The meeting, its participants and agenda, with the consent gate's state of each pupil item. */
export async function getMeeting(actor: Actor, meetingId: string): Promise<MeetingDetail> {
  if (!z.uuid().safeParse(meetingId).success) throw new NotFoundError("meeting");
  const manage = can(actor, "forum:manage");
  return auditedRead(
    actor,
    {
      action: "forum.meeting.read",
      entityType: "ForumMeeting",
      entityId: meetingId,
      purpose: "forum-meeting",
    },
    async (tx) => {
      const meeting = await tx.forumMeeting.findFirst({
        where: { id: meetingId, ...forumMeetingScope(actor) },
        include: {
          participants: {
            include: {
              user: {
                select: {
                  name: true,
                  roles: { where: { schoolId: actor.schoolId }, select: { role: true } },
                },
              },
            },
            orderBy: [{ adHoc: "asc" }, { user: { name: "asc" } }],
          },
          agendaItems: {
            orderBy: { position: "asc" },
            include: {
              pupil: {
                select: {
                  id: true,
                  firstName: true,
                  lastName: true,
                  class: { select: { grade: true, letter: true } },
                },
              },
              actionPlan: { select: { _count: { select: { actions: true } } } },
            },
          },
        },
      });
      if (!meeting) throw new NotFoundError("meeting");

      const pupilItems = meeting.agendaItems.flatMap((item) =>
        item.pupilId
          ? [
              {
                id: item.id,
                pupilId: item.pupilId,
                guardiansAttending: item.guardiansAttending,
                startsAt: meeting.startsAt,
              },
            ]
          : [],
      );
      const gates = new Map(
        (await gateStates(tx, pupilItems)).map((state, index) => [pupilItems[index]!.id, state]),
      );
      const agenda: AgendaItemRow[] = [];
      for (const item of meeting.agendaItems) {
        const gate = gates.get(item.id) ?? null;
        // A blocked item names its pupil to the trivselsperson only, who must act on it.
        const showPupil = item.pupil && (gate !== "BLOCKED" || manage);
        agenda.push({
          id: item.id,
          position: item.position,
          kind: item.kind,
          // A pupil item's title is the pupil's name: hidden with the pupil.
          title: item.pupilId && !showPupil ? "" : item.title,
          pupil: showPupil
            ? {
                id: item.pupil!.id,
                name: `${item.pupil!.firstName} ${item.pupil!.lastName}`,
                className: item.pupil!.class
                  ? `${item.pupil!.class.grade}.${item.pupil!.class.letter}`
                  : null,
              }
            : null,
          gate,
          guardiansAttending: item.guardiansAttending,
          pupilAttending: item.pupilAttending,
          hasMinutes: Boolean(item.minutes),
          actionCount: item.actionPlan?._count.actions ?? 0,
          version: item.version,
        });
      }
      await recordPupilReads(
        tx,
        actor,
        {
          action: "forum.agenda.read",
          entityType: "ForumMeeting",
          entityId: meeting.id,
          purpose: "forum-meeting",
        },
        agenda.flatMap((item) => (item.pupil ? [item.pupil.id] : [])),
      );
      return {
        id: meeting.id,
        ...toTimes(meeting.startsAt, meeting.endsAt),
        place: meeting.place,
        status: meeting.status,
        summary: meeting.summary,
        version: meeting.version,
        participants: meeting.participants.map((participant) => ({
          id: participant.id,
          userId: participant.userId,
          name: participant.user.name,
          roles: participant.user.roles.map((row) => row.role),
          adHoc: participant.adHoc,
          attended: participant.attended,
        })),
        agenda,
        manage,
      };
    },
  );
}

/** A new meeting, with the school's fixed members invited. */
export async function createMeeting(
  actor: Actor,
  input: z.output<typeof createMeetingInput>,
): Promise<{ id: string }> {
  assertCan(actor, "forum:manage");
  const startsAt = danishTime(input.day, input.startTime);
  const endsAt = input.endTime ? danishTime(input.day, input.endTime) : null;
  return auditedWrite(
    actor,
    (created) => ({
      action: "forum.meeting.create",
      entityType: "ForumMeeting",
      entityId: created.id,
    }),
    async (tx) => {
      const members = await tx.user.findMany({
        where: {
          active: true,
          roles: { some: { schoolId: actor.schoolId, role: { in: FIXED_MEMBER_ROLES } } },
        },
        select: { id: true },
      });
      return tx.forumMeeting.create({
        data: {
          schoolId: actor.schoolId,
          startsAt,
          endsAt,
          place: input.place,
          createdById: actor.userId,
          participants: { create: members.map((member) => ({ userId: member.id })) },
        },
        select: { id: true },
      });
    },
  );
}

export async function updateMeeting(
  actor: Actor,
  input: z.output<typeof updateMeetingInput>,
): Promise<void> {
  assertCan(actor, "forum:manage");
  await auditedWrite(
    actor,
    {
      action: "forum.meeting.update",
      entityType: "ForumMeeting",
      entityId: input.id,
      details: { status: input.status },
    },
    async (tx) => {
      const where = { id: input.id, ...forumMeetingScope(actor) };
      const updated = await tx.forumMeeting.updateMany({
        where: { ...where, version: input.version },
        data: {
          startsAt: danishTime(input.day, input.startTime),
          endsAt: input.endTime ? danishTime(input.day, input.endTime) : null,
          place: input.place,
          status: input.status,
          summary: input.summary,
          ...nextVersion,
        },
      });
      await assertVersionedUpdate(updated, "meeting", () =>
        tx.forumMeeting.findFirst({ where, select: { id: true } }),
      );
    },
  );
}

async function managedMeeting(tx: Tx, actor: Actor, meetingId: string) {
  const meeting = await tx.forumMeeting.findFirst({
    where: { id: meetingId, ...forumMeetingScope(actor) },
    select: { id: true, startsAt: true },
  });
  if (!meeting) throw new NotFoundError("meeting");
  return meeting;
}

/**
 * An ad-hoc participant: a staff member of the school (a class teacher for their pupil's item)
 * or any active user of the municipality (a specialist). They see this meeting only.
 */
export async function addParticipant(
  actor: Actor,
  input: z.output<typeof addParticipantInput>,
): Promise<void> {
  assertCan(actor, "forum:manage");
  await auditedWrite(
    actor,
    {
      action: "forum.participant.add",
      entityType: "ForumMeeting",
      entityId: input.meetingId,
      details: { userId: input.userId },
    },
    async (tx) => {
      await managedMeeting(tx, actor, input.meetingId);
      // As listInvitableUsers offers: never someone who is only an administrator, who has no
      // access to case content (separation of duties, DESIGN.md §1).
      const user = await tx.user.findFirst({
        where: {
          id: input.userId,
          active: true,
          roles: {
            some: { school: { municipalityId: actor.municipalityId }, role: { not: "ADMIN" } },
          },
        },
        select: { id: true },
      });
      if (!user) throw new DomainValidationError("userId", "forum.errors.participant");
      const existing = await tx.forumParticipant.findUnique({
        where: { meetingId_userId: { meetingId: input.meetingId, userId: user.id } },
      });
      if (existing) throw new DomainValidationError("userId", "forum.errors.alreadyParticipant");
      const member = await tx.user.count({
        where: {
          id: user.id,
          roles: { some: { schoolId: actor.schoolId, role: { in: FIXED_MEMBER_ROLES } } },
        },
      });
      await tx.forumParticipant.create({
        data: { meetingId: input.meetingId, userId: user.id, adHoc: member === 0 },
      });
    },
  );
}

export async function removeParticipant(
  actor: Actor,
  input: z.output<typeof removeParticipantInput>,
): Promise<void> {
  assertCan(actor, "forum:manage");
  await auditedWrite(
    actor,
    {
      action: "forum.participant.remove",
      entityType: "ForumMeeting",
      entityId: input.meetingId,
      details: { participantId: input.participantId },
    },
    async (tx) => {
      await managedMeeting(tx, actor, input.meetingId);
      const removed = await tx.forumParticipant.deleteMany({
        where: {
          id: input.participantId,
          meetingId: input.meetingId,
          NOT: { userId: actor.userId },
        },
      });
      if (removed.count !== 1) throw new NotFoundError("participant");
    },
  );
}

export async function setAttendance(
  actor: Actor,
  input: z.output<typeof attendanceInput>,
): Promise<void> {
  assertCan(actor, "forum:manage");
  await auditedWrite(
    actor,
    {
      action: "forum.participant.attendance",
      entityType: "ForumMeeting",
      entityId: input.meetingId,
    },
    async (tx) => {
      await managedMeeting(tx, actor, input.meetingId);
      const updated = await tx.forumParticipant.updateMany({
        where: { id: input.participantId, meetingId: input.meetingId },
        data: { attended: input.attended },
      });
      if (updated.count !== 1) throw new NotFoundError("participant");
    },
  );
}

/** At most this many staff of the municipality's other schools are offered for one search. */
export const GUEST_SEARCH_LIMIT = 20;

export type InvitableUsers = {
  /** The school's own staff who are not yet participants, by name. */
  staff: { id: string; name: string }[];
  /** Staff of the municipality's other schools whose name matches `guest`, by name. */
  guests: { id: string; name: string }[];
  /** More matched than are offered: the search should be narrower. */
  moreGuests: boolean;
};

/**
 * Who may be added to the meeting as an ad-hoc participant: the school's own staff, and — found
 * by name, never listed whole (a municipality has a thousand) — the staff of its other schools.
 * Never someone who is only an administrator.
 */
export async function listInvitableUsers(
  actor: Actor,
  meetingId: string,
  guest = "",
): Promise<InvitableUsers> {
  assertCan(actor, "forum:manage");
  const words = guest.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const notYet = { active: true, forumParticipation: { none: { meetingId } } };
  const staffRole = { role: { not: "ADMIN" as const } };
  return auditedRead(
    actor,
    {
      action: "forum.participant.options",
      entityType: "ForumMeeting",
      entityId: meetingId,
      purpose: "forum-preparation",
      ...(words.length ? { details: { guestSearch: words.join(" ") } } : {}),
    },
    async (tx) => {
      const staff = await tx.user.findMany({
        where: { ...notYet, roles: { some: { schoolId: actor.schoolId, ...staffRole } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true },
      });
      const guests = words.length
        ? await tx.user.findMany({
            where: {
              ...notYet,
              AND: words.map((word) => ({
                name: { contains: word, mode: "insensitive" as const },
              })),
              roles: {
                some: { school: { municipalityId: actor.municipalityId }, ...staffRole },
                none: { schoolId: actor.schoolId, ...staffRole },
              },
            },
            orderBy: [{ name: "asc" }, { id: "asc" }],
            take: GUEST_SEARCH_LIMIT + 1,
            select: { id: true, name: true },
          })
        : [];
      return {
        staff,
        guests: guests.slice(0, GUEST_SEARCH_LIMIT),
        moreGuests: guests.length > GUEST_SEARCH_LIMIT,
      };
    },
  );
}

/** For the calendar export: the meeting as the participant's calendar needs it. */
export async function getMeetingForCalendar(actor: Actor, meetingId: string) {
  if (!z.uuid().safeParse(meetingId).success) throw new NotFoundError("meeting");
  const meeting = await auditedRead(
    actor,
    {
      action: "forum.meeting.calendar",
      entityType: "ForumMeeting",
      entityId: meetingId,
      purpose: "forum-meeting",
    },
    // Not found inside the read, so that a refusal leaves its DENIED row and no ALLOWED one.
    async (tx) =>
      (await tx.forumMeeting.findFirst({
        where: {
          id: meetingId,
          ...forumMeetingScope(actor),
          participants: { some: { userId: actor.userId } },
        },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          place: true,
          status: true,
          version: true,
          updatedAt: true,
          school: { select: { name: true } },
        },
      })) ?? Promise.reject(new NotFoundError("meeting")),
  );
  return meeting;
}

/**
 * Whether someone outside the forum's roles (a class teacher) has been invited to a meeting of
 * the school: then the forum belongs in their navigation.
 */
export async function isInvitedToForum(actor: Actor): Promise<boolean> {
  if (can(actor, "forum:participate")) return true;
  const count = await db.forumParticipant.count({
    where: { userId: actor.userId, meeting: { schoolId: actor.schoolId } },
  });
  return count > 0;
}
