/**
 * Who takes part in a group. A pupil of the school is found by name (the search is audited with
 * its criteria), added with the day they joined, and removed by setting the day they left — the
 * row stays, so the group's history shows who took part when. A pupil who left can rejoin.
 */
import "server-only";
import { z } from "zod";
import { className } from "@/lib/admin/classes";
import { auditedRead, auditedWrite } from "@/lib/audit";
import { assertCan, groupScope, pupilScope, type Actor } from "@/lib/auth/policy";
import { isoDay, todayInDenmark } from "@/lib/dates";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { id, optionalDay } from "@/lib/validation";

/** Enough to tell pupils apart, few enough that a search is not a way to list the school. */
export const PUPIL_SEARCH_LIMIT = 20;
export const MIN_SEARCH_LENGTH = 2;

/** The search box's query string; anything odd is no search rather than a failing page. */
export const groupPupilSearchInput = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
});

export const addGroupParticipantInput = z.object({
  groupId: id(),
  pupilId: id(),
  /** Blank: today, or the group's first day if it has not started yet. */
  joinedOn: optionalDay(),
});

export const removeGroupParticipantInput = z.object({
  groupId: id(),
  pupilId: id(),
  /** Blank: today (or the day they joined, if that is later). */
  leftOn: optionalDay(),
});

export type PupilCandidate = {
  id: string;
  firstName: string;
  lastName: string;
  className: string | null;
};

function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

async function findGroup(tx: Tx, actor: Actor, groupId: string) {
  const group = await tx.group.findFirst({
    where: { AND: [{ id: groupId }, groupScope(actor)] },
    select: { id: true, kind: true, startsOn: true },
  });
  if (!group) throw new NotFoundError("group");
  return group;
}

/** Every word must match a first or last name ("anna jen" finds Anna Jensen). */
function nameMatches(query: string): Prisma.PupilWhereInput[] {
  return query
    .split(/\s+/)
    .slice(0, 5)
    .map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
      ],
    }));
}

/**
 * The school's active pupils matching `q` who are not in the group now. Audited as a pupil search
 * with its criteria (never who was found); a query under two letters searches nothing.
 */
export async function searchPupilsForGroup(
  actor: Actor,
  groupId: string,
  q: string | undefined,
): Promise<PupilCandidate[]> {
  assertCan(actor, "group:manage");
  if (!z.uuid().safeParse(groupId).success) throw new NotFoundError("group");
  const query = q?.trim() ?? "";
  if (query.length < MIN_SEARCH_LENGTH) return [];
  return auditedRead(
    actor,
    {
      action: "pupil.search",
      entityType: "Pupil",
      purpose: "group-work",
      details: { q: query, groupId },
    },
    async (tx) => {
      await findGroup(tx, actor, groupId);
      const pupils = await tx.pupil.findMany({
        where: {
          AND: [
            pupilScope(actor),
            { active: true },
            { groupParticipation: { none: { groupId, leftOn: null } } },
            ...nameMatches(query),
          ],
        },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
        take: PUPIL_SEARCH_LIMIT,
        select: {
          id: true,
          firstName: true,
          lastName: true,
          class: { select: { grade: true, letter: true } },
        },
      });
      return pupils.map(({ class: pupilClass, ...pupil }) => ({
        ...pupil,
        className: pupilClass ? className(pupilClass) : null,
      }));
    },
  );
}

/** Adds a pupil of the school to the group, or lets a pupil who left rejoin. */
export async function addGroupParticipant(
  actor: Actor,
  input: z.output<typeof addGroupParticipantInput>,
): Promise<void> {
  assertCan(actor, "group:manage");
  const { groupId, pupilId } = input;
  await auditedWrite<{ joinedOn: Date; rejoined: boolean }>(
    actor,
    (result) => ({
      action: "group.participant.add",
      pupilId,
      entityType: "Group",
      entityId: groupId,
      details: { joinedOn: isoDay(result.joinedOn), rejoined: result.rejoined },
    }),
    async (tx) => {
      const group = await findGroup(tx, actor, groupId);
      // The pupil id came from the browser: an active pupil the actor may find at their school.
      const pupil = await tx.pupil.findFirst({
        where: { AND: [{ id: pupilId, active: true }, pupilScope(actor)] },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");

      const joinedOn = input.joinedOn ?? later(todayInDenmark(), group.startsOn);
      const existing = await tx.groupParticipant.findUnique({
        where: { groupId_pupilId: { groupId, pupilId } },
        select: { leftOn: true },
      });
      if (existing && existing.leftOn === null)
        throw new DomainValidationError("pupilId", "groups.errors.alreadyParticipant");
      if (existing) {
        await tx.groupParticipant.update({
          where: { groupId_pupilId: { groupId, pupilId } },
          data: { joinedOn, leftOn: null },
        });
        return { joinedOn, rejoined: true };
      }
      await tx.groupParticipant.create({ data: { groupId, pupilId, joinedOn } });
      return { joinedOn, rejoined: false };
    },
  );
}

/** The pupil leaves the group: the day is recorded, the row stays. */
export async function removeGroupParticipant(
  actor: Actor,
  input: z.output<typeof removeGroupParticipantInput>,
): Promise<void> {
  assertCan(actor, "group:manage");
  const { groupId, pupilId } = input;
  await auditedWrite<Date>(
    actor,
    (leftOn) => ({
      action: "group.participant.remove",
      pupilId,
      entityType: "Group",
      entityId: groupId,
      details: { leftOn: isoDay(leftOn) },
    }),
    async (tx) => {
      await findGroup(tx, actor, groupId);
      const current = await tx.groupParticipant.findFirst({
        where: { groupId, pupilId, leftOn: null, pupil: pupilScope(actor) },
        select: { joinedOn: true },
      });
      if (!current) throw new NotFoundError("participant");
      const leftOn = input.leftOn ?? later(todayInDenmark(), current.joinedOn);
      if (leftOn.getTime() < current.joinedOn.getTime())
        throw new DomainValidationError("leftOn", "groups.errors.leftBeforeJoined");
      await tx.groupParticipant.updateMany({
        where: { groupId, pupilId, leftOn: null },
        data: { leftOn },
      });
      return leftOn;
    },
  );
}
