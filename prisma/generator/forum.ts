/**
 * Each school's Trivselsforum over the year: a meeting on the first Tuesday, Wednesday or Thursday
 * of every month but July, 14.00–15.30, with the fixed members (now and then a class teacher ad
 * hoc), and the next meeting planned a week or two ahead with its agenda ready. Agendas hold
 * named pupils only through the consent gate — consent covering the forum on the meeting day, as
 * registered when the item was added, or the guardians attending (docs/decisions/0011) — besides
 * anonymous cases and general themes. Each held discussion ends in an action plan whose actions
 * are done, open or overdue, with feedback to parents who did not attend.
 */
import { addDays, danishTime } from "@/lib/dates";
import type { ResponsibleKind } from "@/lib/generated/prisma/enums";
import { writeAuditRow } from "./audit";
import { schoolDayFrom } from "./calendar";
import type { CaseWork } from "./case-work";
import { forumConsentOn } from "./consents";
import {
  atHour,
  duringWorkday,
  FORUM_ROLES,
  streamOf,
  type PupilModel,
  type Run,
  type SchoolModel,
} from "./context";
import type { Random } from "./random";
import * as text from "./texts";

/** The first `weekday` (0 Sunday … 6 Saturday) on or after `day`. */
function weekdayFrom(day: Date, weekday: number): Date {
  return addDays(day, (weekday - day.getUTCDay() + 7) % 7);
}

/** The meeting days of the year behind `today`, and the planned one a week or two ahead. */
function meetingDays(run: Run, weekday: number): { held: Date[]; planned: Date } {
  const held: Date[] = [];
  for (
    let month = new Date(Date.UTC(run.since.getUTCFullYear(), run.since.getUTCMonth() + 1, 1));
    month < run.today;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    if (month.getUTCMonth() === 6) continue;
    const day = schoolDayFrom(weekdayFrom(month, weekday));
    if (day < run.today) held.push(day);
  }
  return { held, planned: schoolDayFrom(weekdayFrom(addDays(run.today, 7), weekday)) };
}

/** An action of a plan or a class conference review, its status following its due date. */
export function writeAction(
  run: Run,
  random: Random,
  school: SchoolModel,
  action: {
    planId: string | null;
    reviewId: string | null;
    description: string;
    responsibleKind: ResponsibleKind;
    responsibleUserId: string | null;
    dueOn: Date;
    createdAt: Date;
  },
): void {
  const overdue = action.dueOn < run.today;
  const status = random.weighted(
    overdue
      ? ([
          ["DONE", 80],
          ["OPEN", 17],
          ["CANCELLED", 3],
        ] as const)
      : ([
          ["DONE", 25],
          ["OPEN", 75],
        ] as const),
  );
  const completedAt =
    status === "DONE"
      ? new Date(
          Math.max(
            action.createdAt.getTime(),
            Math.min(
              duringWorkday(random, addDays(action.dueOn, -random.int(0, 5))).getTime(),
              run.today.getTime(),
            ),
          ),
        )
      : null;
  run.writer.add("Action", {
    id: random.uuid(action.createdAt),
    schoolId: school.id,
    planId: action.planId,
    reviewId: action.reviewId,
    description: action.description,
    responsibleKind: action.responsibleKind,
    responsibleUserId: action.responsibleUserId,
    dueOn: action.dueOn,
    status,
    completedAt,
    // The parents' and the pupil's actions are marked done by the trivselsperson.
    completedById: completedAt ? (action.responsibleUserId ?? school.staff.TRIVSELSPERSON) : null,
    createdAt: action.createdAt,
    updatedAt: completedAt ?? action.createdAt,
    version: status === "OPEN" ? 1 : 2,
  });
}

type Item =
  | { kind: "PUPIL"; pupil: PupilModel; guardiansAttending: boolean }
  | { kind: "ANONYMOUS_CASE" | "THEME"; title: string };

export function writeForum(run: Run, school: SchoolModel, work: CaseWork): void {
  const random = streamOf(run, school, "forum");
  const { staff } = school;
  const { held, planned } = meetingDays(run, 2 + (school.index % 3));
  const place = random.pick(text.FORUM_PLACES);
  const candidates = [...work.concerns.keys()]
    .map((id) => school.pupils.find((pupil) => pupil.id === id)!)
    .filter((pupil) => pupil !== school.timelinePupil);

  /**
   * Pupils the gate lets onto the agenda of `day` when the item is added at `addedAt` and, for the
   * planned meeting, still today (its items must pass the app's own check of the current consent).
   */
  const consented = (day: Date, addedAt: Date, stillValid: boolean) =>
    candidates.filter((pupil) => {
      const chain = work.consents.get(pupil.id);
      const concern = work.concerns.get(pupil.id)!;
      return (
        chain &&
        concern.createdAt < addedAt &&
        forumConsentOn(chain, day, addedAt) &&
        (!stillValid || forumConsentOn(chain, day, addDays(run.today, 1)))
      );
    });

  const writeMeeting = (
    day: Date,
    status: "HELD" | "PLANNED" | "CANCELLED",
    items: Item[],
    addedAt: Date,
  ) => {
    const startsAt = danishTime(day, "14:00");
    const endsAt = danishTime(day, "15:30");
    const createdAt = duringWorkday(random, addDays(day, -21));
    const meetingId = random.uuid(createdAt);
    const isHeld = status === "HELD";
    writer().add("ForumMeeting", {
      id: meetingId,
      schoolId: school.id,
      startsAt,
      endsAt,
      place,
      status,
      summary: isHeld ? random.pick(text.MEETING_SUMMARIES) : null,
      createdById: staff.TRIVSELSPERSON,
      createdAt,
      updatedAt: isHeld ? endsAt : createdAt,
      version: isHeld ? 2 : 1,
    });
    writeAuditRow(run, random, {
      at: createdAt,
      actorId: staff.TRIVSELSPERSON,
      role: "TRIVSELSPERSON",
      schoolId: school.id,
      action: "forum.meeting.create",
      entityType: "ForumMeeting",
      entityId: meetingId,
    });
    for (const role of FORUM_ROLES)
      writer().add("ForumParticipant", {
        id: random.uuid(createdAt),
        meetingId,
        userId: staff[role],
        adHoc: false,
        attended: isHeld ? random.chance(0.92) : null,
      });
    if (status !== "CANCELLED" && random.chance(0.15))
      writer().add("ForumParticipant", {
        id: random.uuid(createdAt),
        meetingId,
        userId: random.pick(staff.teachers),
        adHoc: true,
        attended: isHeld ? true : null,
      });

    items.forEach((item, index) => {
      const pupil = item.kind === "PUPIL" ? item.pupil : null;
      const guardiansAttending = item.kind === "PUPIL" && item.guardiansAttending;
      const concern = pupil ? (work.concerns.get(pupil.id) ?? null) : null;
      const itemId = random.uuid(addedAt);
      const minutes = !isHeld
        ? null
        : text.about(
            pupil?.sex ?? "girl",
            random.pick(
              item.kind === "PUPIL"
                ? text.PUPIL_MINUTES
                : item.kind === "THEME"
                  ? text.THEME_MINUTES
                  : text.CASE_MINUTES,
            ),
          );
      writer().add("AgendaItem", {
        id: itemId,
        meetingId,
        position: index + 1,
        kind: item.kind,
        pupilId: pupil?.id ?? null,
        concernId: concern?.id ?? null,
        title: pupil ? `${pupil.firstName} ${pupil.lastName}` : (item as { title: string }).title,
        guardiansAttending,
        pupilAttending: guardiansAttending && random.chance(0.5),
        minutes,
        createdAt: addedAt,
        updatedAt: isHeld ? endsAt : addedAt,
        version: isHeld ? 2 : 1,
      });
      if (pupil)
        writeAuditRow(run, random, {
          at: addedAt,
          actorId: staff.TRIVSELSPERSON,
          role: "TRIVSELSPERSON",
          schoolId: school.id,
          pupilId: pupil.id,
          action: "forum.agenda.add",
          entityType: "AgendaItem",
          entityId: itemId,
        });
      if (isHeld && (pupil || random.chance(0.7)))
        writePlan(day, endsAt, itemId, pupil, guardiansAttending);
    });
  };

  const writePlan = (
    day: Date,
    endsAt: Date,
    agendaItemId: string,
    pupil: PupilModel | null,
    guardiansAttending: boolean,
  ) => {
    const planId = random.uuid(endsAt);
    writer().add("ActionPlan", {
      id: planId,
      schoolId: school.id,
      agendaItemId,
      pupilId: pupil?.id ?? null,
      parentInvolvement: pupil ? random.pick(text.PARENT_INVOLVEMENT) : null,
      followUpOn: pupil && random.chance(0.5) ? addDays(day, 28) : null,
      createdById: staff.TRIVSELSPERSON,
      createdAt: endsAt,
      updatedAt: endsAt,
      version: 1,
    });
    const members = FORUM_ROLES.map((role) => staff[role]);
    for (let i = random.int(1, 4); i > 0; i--) {
      const responsibleKind = pupil
        ? random.weighted([
            ["USER", 75],
            ["PARENTS", 15],
            ["PUPIL", 10],
          ] as const)
        : ("USER" as const);
      writeAction(run, random, school, {
        planId,
        reviewId: null,
        description: random.pick(text.ACTIONS[responsibleKind]),
        responsibleKind,
        responsibleUserId: responsibleKind === "USER" ? random.pick(members) : null,
        dueOn: addDays(day, random.int(7, 60)),
        createdAt: endsAt,
      });
    }
    if (pupil && !guardiansAttending) {
      const dueOn = addDays(day, random.int(7, 14));
      const givenOn =
        dueOn < run.today && random.chance(0.85) ? addDays(day, random.int(2, 12)) : null;
      writer().add("ParentFeedback", {
        id: random.uuid(endsAt),
        schoolId: school.id,
        planId,
        responsibleUserId: random.chance(0.8) ? staff.TRIVSELSPERSON : staff.PPR,
        dueOn,
        givenOn: givenOn && givenOn < run.today ? givenOn : null,
        summary: givenOn && givenOn < run.today ? random.pick(text.FEEDBACK_SUMMARIES) : null,
        createdAt: endsAt,
        updatedAt: givenOn && givenOn < run.today ? atHour(givenOn, 12) : endsAt,
        version: givenOn && givenOn < run.today ? 2 : 1,
      });
    }
  };
  const writer = () => run.writer;

  /** An agenda: consented pupils, perhaps one discussed with the guardians present, cases, a theme. */
  const agenda = (day: Date, addedAt: Date, planned: boolean): Item[] => {
    const first = planned && school.timelinePupil ? [school.timelinePupil] : [];
    const gated = random.sample(consented(day, addedAt, planned), random.int(1, 4));
    const named = [...first, ...gated];
    const items: Item[] = named.map((pupil) => ({
      kind: "PUPIL",
      pupil,
      guardiansAttending: false,
    }));
    const others = candidates.filter((pupil) => !named.includes(pupil));
    // The planned meeting has a named pupil in any case: with the guardians there if need be.
    if (others.length > 0 && (random.chance(0.3) || (planned && named.length === 0)))
      items.push({ kind: "PUPIL", pupil: random.pick(others), guardiansAttending: true });
    for (const title of random.sample(text.ANONYMOUS_CASES, random.int(1, 2)))
      items.push({ kind: "ANONYMOUS_CASE", title });
    items.push({ kind: "THEME", title: random.pick(text.THEMES) });
    return items;
  };

  for (const day of held) {
    const addedAt = duringWorkday(random, addDays(day, -random.int(3, 10)));
    writeMeeting(
      day,
      random.chance(0.04) ? "CANCELLED" : "HELD",
      agenda(day, addedAt, false),
      addedAt,
    );
  }
  const addedAt = duringWorkday(random, addDays(run.today, -random.int(1, 5)));
  writeMeeting(planned, "PLANNED", agenda(planned, addedAt, true), addedAt);
}
