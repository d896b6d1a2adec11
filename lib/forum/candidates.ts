/**
 * Finding a named pupil for a meeting's agenda: the school's pupils by name and/or class, each
 * with whether a consent covers the forum on the meeting's day — the day the gate checks — and
 * their open concerns, one of which the item may take up. A hint for the trivselsperson; the gate
 * in addAgendaItem decides.
 */
import "server-only";
import { z } from "zod";
import { auditedRead, recordPupilReads } from "@/lib/audit";
import { className } from "@/lib/admin/classes";
import {
  assertCan,
  concernScope,
  forumMeetingScope,
  pupilRecordScope,
  validForumConsentWhere,
  type Actor,
} from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import type { ConcernCategory, ConcernLevel } from "@/lib/generated/prisma/enums";
import { meetingDay } from "./gate";

export const agendaCandidateSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).default(""),
  classId: z.uuid().optional().catch(undefined),
});

export type AgendaCandidateSearch = z.output<typeof agendaCandidateSearch>;

export type AgendaCandidate = {
  id: string;
  name: string;
  className: string | null;
  /** A consent covering the forum holds on the meeting's day. */
  forumConsent: boolean;
  openConcerns: {
    id: string;
    level: ConcernLevel;
    categories: ConcernCategory[];
    raisedOn: string;
  }[];
};

export const AGENDA_CANDIDATE_LIMIT = 50;

export async function listAgendaCandidates(
  actor: Actor,
  meetingId: string,
  search: AgendaCandidateSearch,
): Promise<AgendaCandidate[]> {
  assertCan(actor, "forum:manage");
  const words = search.q.split(/\s+/).filter(Boolean);
  if (words.length === 0 && !search.classId) return [];
  if (!z.uuid().safeParse(meetingId).success) throw new NotFoundError("meeting");
  return auditedRead(
    actor,
    {
      action: "forum.agenda.candidates",
      entityType: "ForumMeeting",
      entityId: meetingId,
      purpose: "forum-preparation",
      details: { q: search.q, classId: search.classId ?? null },
    },
    async (tx) => {
      const meeting = await tx.forumMeeting.findFirst({
        where: { id: meetingId, ...forumMeetingScope(actor) },
        select: { startsAt: true },
      });
      if (!meeting) throw new NotFoundError("meeting");
      const day = meetingDay(meeting.startsAt);
      const pupils = await tx.pupil.findMany({
        where: {
          ...pupilRecordScope(actor),
          active: true,
          ...(search.classId ? { classId: search.classId } : {}),
          AND: words.map((word) => ({
            OR: [
              { firstName: { contains: word, mode: "insensitive" as const } },
              { lastName: { contains: word, mode: "insensitive" as const } },
            ],
          })),
        },
        take: AGENDA_CANDIDATE_LIMIT,
        orderBy: [
          { class: { grade: "asc" } },
          { class: { letter: "asc" } },
          { firstName: "asc" },
          { lastName: "asc" },
        ],
        select: {
          id: true,
          firstName: true,
          lastName: true,
          class: { select: { grade: true, letter: true } },
          consents: { where: validForumConsentWhere(day), select: { id: true }, take: 1 },
          concerns: {
            where: { ...concernScope(actor), status: { not: "CLOSED" } },
            select: { id: true, level: true, categories: true, createdAt: true },
            orderBy: { createdAt: "desc" },
          },
        },
      });
      await recordPupilReads(
        tx,
        actor,
        {
          action: "forum.agenda.candidates.read",
          entityType: "ForumMeeting",
          entityId: meetingId,
          purpose: "forum-preparation",
        },
        pupils.map((pupil) => pupil.id),
      );
      return pupils.map((pupil) => ({
        id: pupil.id,
        name: `${pupil.firstName} ${pupil.lastName}`,
        className: pupil.class ? className(pupil.class) : null,
        forumConsent: pupil.consents.length > 0,
        openConcerns: pupil.concerns.map((concern) => ({
          id: concern.id,
          level: concern.level,
          categories: concern.categories,
          raisedOn: concern.createdAt.toISOString(),
        })),
      }));
    },
  );
}
