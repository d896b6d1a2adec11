/**
 * Trivselsforum on a real database, seen by every role of the same meeting (beyond the consent
 * gate of forum-gate.test.ts): who lists and opens it, which pupils are named, that an item's
 * shared entries are the pupil's FORUM entries and never anything below, who writes minutes,
 * actions and plans, whose tasks the actions and feedback become, who can be invited, and the
 * audit of each pupil read.
 *
 * The pupils' CASE, PROFESSION and PRIVATE entries, a blocked pupil's FORUM entry and a FORUM
 * entry of a pupil who is not on the agenda carry sentinel strings that no role's result may hold.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { listMyActions, type MyTaskRow } from "@/lib/action-plans/my-actions";
import type { Actor } from "@/lib/auth/policy";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/policy";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { addAgendaItem, moveAgendaItem, removeAgendaItem, saveMinutes } from "@/lib/forum/agenda";
import { addAction, getAgendaItem, recordFeedbackGiven, savePlan } from "@/lib/forum/item";
import {
  addParticipant,
  createMeeting,
  getMeeting,
  listInvitableUsers,
  listMeetings,
  removeParticipant,
  setAttendance,
} from "@/lib/forum/meetings";
import {
  addActionInput,
  arrangeItemInput,
  createMeetingInput,
  participantInput,
  planInput,
} from "@/lib/forum/schemas";
import {
  actorAt,
  createActor,
  createCaseEntry,
  createClass,
  createConsent,
  createPupil,
  createSchool,
  createUser,
  withdrawConsent,
} from "../support/factories";

const inDays = (days: number) => addDays(todayInDenmark(), days);

/** Below FORUM, or FORUM but not the forum's to see: no role's result may contain these. */
const SECRETS = {
  case: "SENTINEL-CASE-7f3a",
  ppr: "SENTINEL-PPR-NOTE-91c2",
  nurse: "SENTINEL-NURSE-NOTE-55e1",
  private: "SENTINEL-PRIVATE-0b7d",
  guardiansCase: "SENTINEL-CASE-OF-GUARDIANS-PUPIL-6a1e",
  blocked: "SENTINEL-BLOCKED-FORUM-3c9e",
  notOnAgenda: "SENTINEL-NOT-ON-AGENDA-2d4f",
} as const;
/** FORUM entries of the two open pupil items. */
const SHARED = {
  consented: "SHARED-FORUM-CONSENTED-1a",
  guardians: "SHARED-FORUM-GUARDIANS-2b",
} as const;

const VIEWERS = [
  "trivselsperson",
  "leadership",
  "leadershipNotInvited",
  "ppr",
  "healthNurse",
  "familyCounsellor",
  "ssp",
  "teacherInvited",
  "teacherNotInvited",
  "admin",
  "otherSchoolTrivselsperson",
  "adHocGuest",
] as const;
type Viewer = (typeof VIEWERS)[number];

/**
 * What each viewer may do with the meeting. `readsTimeline`: the pupils' FORUM entries in the
 * item (DESIGN.md §3: the trivselsperson and the school's forum members, not an ad-hoc teacher or
 * guest). `writes`: minutes and actions (participants and the trivselsperson).
 */
const RULES: Record<Viewer, { opens: boolean; readsTimeline: boolean; writes: boolean }> = {
  trivselsperson: { opens: true, readsTimeline: true, writes: true },
  leadership: { opens: true, readsTimeline: true, writes: true },
  // Leadership sees every meeting of the school (minutes and plans), but writes only in the
  // meetings they take part in.
  leadershipNotInvited: { opens: true, readsTimeline: true, writes: false },
  ppr: { opens: true, readsTimeline: true, writes: true },
  healthNurse: { opens: true, readsTimeline: true, writes: true },
  familyCounsellor: { opens: true, readsTimeline: true, writes: true },
  ssp: { opens: true, readsTimeline: true, writes: true },
  teacherInvited: { opens: true, readsTimeline: false, writes: true },
  teacherNotInvited: { opens: false, readsTimeline: false, writes: false },
  admin: { opens: false, readsTimeline: false, writes: false },
  otherSchoolTrivselsperson: { opens: false, readsTimeline: false, writes: false },
  adHocGuest: { opens: true, readsTimeline: false, writes: true },
};

describe("one meeting, every role", () => {
  const actors = {} as Record<Viewer, Actor>;
  let schoolId: string;
  let meetingId: string;
  let laterMeetingId: string;
  let laterItemId: string;
  const pupils = {} as Record<"consented" | "guardians" | "blocked", { id: string; name: string }>;
  const items = {} as Record<"consented" | "guardians" | "blocked" | "anonymous" | "theme", string>;
  let farUserId: string;
  let adminOnlyUserId: string;
  let guestUserId: string;
  let otherSchoolGuest: Actor;

  const pupilItem = (pupilId: string, guardiansAttending = false) => ({
    kind: "PUPIL" as const,
    meetingId,
    pupilId,
    concernId: null,
    guardiansAttending,
    pupilAttending: false,
  });
  const versionOf = async (itemId: string) =>
    (await db.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).version;

  beforeAll(async () => {
    const school = await createSchool();
    schoolId = school.id;
    const otherSchool = await createSchool({ municipalityId: school.municipalityId });
    const farSchool = await createSchool();

    actors.trivselsperson = await createActor(school, ["TRIVSELSPERSON"]);
    actors.leadership = await createActor(school, ["LEADERSHIP"]);
    actors.ppr = await createActor(school, ["PPR"]);
    actors.healthNurse = await createActor(school, ["HEALTH_NURSE"]);
    actors.familyCounsellor = await createActor(school, ["FAMILY_COUNSELLOR"]);
    actors.ssp = await createActor(school, ["SSP"]);
    actors.teacherInvited = await createActor(school, ["TEACHER"]);
    actors.teacherNotInvited = await createActor(school, ["TEACHER"]);
    actors.admin = await createActor(school, ["ADMIN"]);
    actors.otherSchoolTrivselsperson = await createActor(otherSchool, ["TRIVSELSPERSON"]);
    const trivsel = actors.trivselsperson;

    // The invited teacher is class teacher of the consented pupil's class.
    const ownClass = await createClass(school.id, { grade: 5, letter: "B" });
    await db.classTeacher.create({
      data: { userId: actors.teacherInvited.userId, classId: ownClass.id },
    });
    const pupil = async (key: keyof typeof pupils, firstName: string, classId?: string) => {
      const created = await createPupil(school.id, { firstName, lastName: "Testesen", classId });
      pupils[key] = { id: created.id, name: `${firstName} Testesen` };
      return created;
    };
    const consented = await pupil("consented", "Sofie", ownClass.id);
    const guardians = await pupil("guardians", "Malthe");
    const blocked = await pupil("blocked", "Ida");
    const notOnAgenda = await createPupil(school.id, { firstName: "Otto" });

    await createConsent(school.id, consented.id, trivsel.userId, { scopes: ["FORUM", "PPR"] });
    const blockedConsent = await createConsent(school.id, blocked.id, trivsel.userId);
    await createConsent(school.id, notOnAgenda.id, trivsel.userId);

    const entry = (
      pupilId: string,
      text: string,
      confidentiality: "CASE" | "FORUM" | "PROFESSION" | "PRIVATE",
      author: Actor = trivsel,
      authorRole: "TRIVSELSPERSON" | "PPR" | "HEALTH_NURSE" = "TRIVSELSPERSON",
    ) => createCaseEntry(school.id, pupilId, author, { text, confidentiality, authorRole });
    await entry(consented.id, SHARED.consented, "FORUM");
    await entry(consented.id, SECRETS.case, "CASE");
    await entry(consented.id, SECRETS.ppr, "PROFESSION", actors.ppr, "PPR");
    await entry(consented.id, SECRETS.nurse, "PROFESSION", actors.healthNurse, "HEALTH_NURSE");
    await entry(consented.id, SECRETS.private, "PRIVATE");
    await entry(guardians.id, SHARED.guardians, "FORUM");
    await entry(guardians.id, SECRETS.guardiansCase, "CASE");
    await entry(blocked.id, SECRETS.blocked, "FORUM");
    await entry(notOnAgenda.id, SECRETS.notOnAgenda, "FORUM");

    meetingId = (
      await createMeeting(
        trivsel,
        createMeetingInput.parse({
          day: isoDay(inDays(7)),
          startTime: "14:00",
          endTime: "15:30",
          place: "Mødelokalet ved kontoret",
        }),
      )
    ).id;
    laterMeetingId = (
      await createMeeting(
        trivsel,
        createMeetingInput.parse({
          day: isoDay(inDays(35)),
          startTime: "14:00",
          place: "Mødelokalet ved kontoret",
        }),
      )
    ).id;
    // Joined the leadership after the meetings were called: not invited to them.
    actors.leadershipNotInvited = await createActor(school, ["LEADERSHIP"]);

    await addParticipant(trivsel, { meetingId, userId: actors.teacherInvited.userId });
    // A psychologist of another school in the municipality, with no role at this one.
    const guest = await createUser();
    guestUserId = guest.id;
    await db.userSchoolRole.create({
      data: { userId: guest.id, schoolId: otherSchool.id, role: "PPR" },
    });
    await addParticipant(trivsel, { meetingId, userId: guest.id });
    actors.adHocGuest = actorAt(guest, school, []);
    otherSchoolGuest = actorAt(guest, otherSchool, ["PPR"]);

    const far = await createUser();
    farUserId = far.id;
    await db.userSchoolRole.create({
      data: { userId: far.id, schoolId: farSchool.id, role: "PPR" },
    });
    adminOnlyUserId = actors.admin.userId;

    items.consented = (await addAgendaItem(trivsel, pupilItem(consented.id))).id;
    items.guardians = (await addAgendaItem(trivsel, pupilItem(guardians.id, true))).id;
    items.blocked = (await addAgendaItem(trivsel, pupilItem(blocked.id))).id;
    items.anonymous = (
      await addAgendaItem(trivsel, {
        kind: "ANONYMOUS_CASE",
        meetingId,
        title: "Dreng i 6. klasse med mange konflikter",
      })
    ).id;
    items.theme = (
      await addAgendaItem(trivsel, { kind: "THEME", meetingId, title: "Alkohol og rusmidler" })
    ).id;
    laterItemId = (
      await addAgendaItem(trivsel, {
        kind: "THEME",
        meetingId: laterMeetingId,
        title: "Sundhedsfremme: søvn og skærm",
      })
    ).id;
    // The blocked pupil's guardians withdraw their consent after the item was added.
    await withdrawConsent(blockedConsent);
  });

  it("invites the fixed members and marks the teacher and the guest as ad hoc", async () => {
    const participants = await db.forumParticipant.findMany({ where: { meetingId } });
    const byUser = new Map(participants.map((row) => [row.userId, row.adHoc]));
    for (const viewer of [
      "trivselsperson",
      "leadership",
      "ppr",
      "healthNurse",
      "familyCounsellor",
      "ssp",
    ] as const) {
      expect(byUser.get(actors[viewer].userId), viewer).toBe(false);
    }
    expect(byUser.get(actors.teacherInvited.userId)).toBe(true);
    expect(byUser.get(guestUserId)).toBe(true);
    expect(participants).toHaveLength(8);
  });

  it.each(VIEWERS)("%s lists and opens the meeting only as the rules say", async (viewer) => {
    const actor = actors[viewer];
    const listed = (await listMeetings(actor)).map((meeting) => meeting.id);
    expect(listed.includes(meetingId), "listed").toBe(RULES[viewer].opens);
    if (!RULES[viewer].opens) {
      await expect(getMeeting(actor, meetingId)).rejects.toBeInstanceOf(NotFoundError);
      for (const itemId of Object.values(items)) {
        await expect(getAgendaItem(actor, itemId)).rejects.toBeInstanceOf(NotFoundError);
      }
      return;
    }
    const meeting = await getMeeting(actor, meetingId);
    expect(meeting.agenda.map((item) => item.id)).toEqual([
      items.consented,
      items.guardians,
      items.blocked,
      items.anonymous,
      items.theme,
    ]);
    const manage = viewer === "trivselsperson";
    expect(meeting.agenda.map((item) => item.pupil?.name ?? null)).toEqual([
      pupils.consented.name,
      pupils.guardians.name,
      // A blocked item names its pupil to the trivselsperson only, who must act on it.
      manage ? pupils.blocked.name : null,
      null,
      null,
    ]);
    expect(meeting.agenda.map((item) => item.gate)).toEqual([
      "OPEN_CONSENT",
      "OPEN_GUARDIANS_ATTEND",
      "BLOCKED",
      null,
      null,
    ]);
    if (!manage) expect(JSON.stringify(meeting)).not.toContain("Ida");
    expect(meeting.manage).toBe(manage);
  });

  it.each(VIEWERS)(
    "%s sees the pupils' FORUM entries at most, never anything below",
    async (viewer) => {
      const actor = actors[viewer];
      const results: unknown[] = [await listMeetings(actor)];
      if (RULES[viewer].opens) {
        results.push(await getMeeting(actor, meetingId));
        const consented = await getAgendaItem(actor, items.consented);
        const guardians = await getAgendaItem(actor, items.guardians);
        results.push(consented, guardians);
        const titles = (view: typeof consented) => view.sharedEntries.map((entry) => entry.title);
        expect(titles(consented)).toEqual(
          RULES[viewer].readsTimeline ? [`Titel ${SHARED.consented}`] : [],
        );
        expect(titles(guardians)).toEqual(
          RULES[viewer].readsTimeline ? [`Titel ${SHARED.guardians}`] : [],
        );
        expect(consented).toMatchObject({
          gate: "OPEN_CONSENT",
          pupil: { id: pupils.consented.id, name: pupils.consented.name },
          canWrite: RULES[viewer].writes,
        });
        for (const itemId of [items.anonymous, items.theme]) {
          const view = await getAgendaItem(actor, itemId);
          expect(view.sharedEntries).toEqual([]);
          results.push(view);
        }
        if (viewer === "trivselsperson") {
          const blocked = await getAgendaItem(actor, items.blocked);
          expect(blocked).toMatchObject({ gate: "BLOCKED", sharedEntries: [], minutes: null });
          results.push(blocked);
        } else {
          await expect(getAgendaItem(actor, items.blocked)).rejects.toBeInstanceOf(NotFoundError);
        }
      }
      const json = JSON.stringify(results);
      for (const secret of Object.values(SECRETS)) expect(json, secret).not.toContain(secret);
      if (!RULES[viewer].readsTimeline) {
        for (const shared of Object.values(SHARED)) expect(json, shared).not.toContain(shared);
      }
    },
  );

  it.each(VIEWERS)("%s writes minutes only as the rules say", async (viewer) => {
    const actor = actors[viewer];
    const version = await versionOf(items.theme);
    const minutes = `Drøftet: forebyggende forløb i 8. klasse (${viewer})`;
    const write = saveMinutes(actor, { itemId: items.theme, version, minutes });
    if (RULES[viewer].writes) {
      await write;
      expect(await db.agendaItem.findUniqueOrThrow({ where: { id: items.theme } })).toMatchObject({
        minutes,
        version: version + 1,
      });
    } else {
      await expect(write).rejects.toBeInstanceOf(NotFoundError);
      expect(await versionOf(items.theme)).toBe(version);
    }
  });

  it("refuses minutes written against a version someone else changed meanwhile", async () => {
    const version = await versionOf(items.anonymous);
    await saveMinutes(actors.ppr, {
      itemId: items.anonymous,
      version,
      minutes: "PPR tilbyder konsultation til klasseteamet.",
    });
    await expect(
      saveMinutes(actors.healthNurse, {
        itemId: items.anonymous,
        version,
        minutes: "Sundhedsplejersken tager en samtale med ham.",
      }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      (await db.agendaItem.findUniqueOrThrow({ where: { id: items.anonymous } })).minutes,
    ).toBe("PPR tilbyder konsultation til klasseteamet.");
  });

  it("refuses to write on a blocked item, even for the trivselsperson", async () => {
    const version = await versionOf(items.blocked);
    await expect(
      saveMinutes(actors.trivselsperson, { itemId: items.blocked, version, minutes: "Drøftet" }),
    ).rejects.toThrow(/forum.gate.blocked/);
  });

  it("turns an action into its owner's task, with the pupil and a link to the item", async () => {
    const action = (responsible: string, description: string) =>
      addActionInput.parse({
        itemId: items.consented,
        description,
        responsible,
        dueOn: isoDay(inDays(21)),
      });
    await addAction(
      actors.trivselsperson,
      action(actors.ppr.userId, "PPR observerer i klassen og giver råd til klasseteamet"),
    );
    await addAction(actors.ppr, action("PARENTS", "Forældrene holder fast i morgenrutinen"));
    await addAction(
      actors.healthNurse,
      action(actors.teacherInvited.userId, "Klasselæreren sørger for en makker i frikvarteret"),
    );
    // Only the meeting's participants can be made responsible.
    await expect(
      addAction(
        actors.trivselsperson,
        action(actors.teacherNotInvited.userId, "Lærer uden for mødet"),
      ),
    ).rejects.toBeInstanceOf(DomainValidationError);
    // Leadership outside the meeting reads the plan but does not add to it.
    await expect(
      addAction(actors.leadershipNotInvited, action("PUPIL", "Eleven skriver dagbog")),
    ).rejects.toBeInstanceOf(NotFoundError);

    const tasksOf = async (viewer: Viewer) => {
      const mine = await listMyActions(actors[viewer]);
      return [...mine.overdue, ...mine.open];
    };
    const ppr = await tasksOf("ppr");
    expect(ppr).toHaveLength(1);
    expect(ppr[0]).toMatchObject({
      type: "action",
      description: "PPR observerer i klassen og giver råd til klasseteamet",
      dueOn: isoDay(inDays(21)),
      overdue: false,
      source: { kind: "forum", item: "PUPIL", pupil: { name: pupils.consented.name } },
      forumItem: { meetingId, itemId: items.consented },
    });
    const teacher = await tasksOf("teacherInvited");
    expect(teacher.map((row) => row.type === "action" && row.description)).toEqual([
      "Klasselæreren sørger for en makker i frikvarteret",
    ]);
    // Her own class's pupil: named; the item link too, as she takes part in the meeting.
    expect(teacher[0]).toMatchObject({
      source: { pupil: { name: pupils.consented.name }, canOpenPupil: false },
      forumItem: { meetingId, itemId: items.consented },
    });
    // The parents' action is nobody's task in the app.
    for (const viewer of ["trivselsperson", "leadership", "healthNurse"] as const) {
      expect(JSON.stringify(await tasksOf(viewer)), viewer).not.toContain("morgenrutinen");
    }
  });

  it("requires feedback to the parents when they did not attend, and makes it its owner's task", async () => {
    const plan = (itemId: string, feedback: { responsible?: string; dueOn?: string } = {}) =>
      planInput.parse({
        itemId,
        version: "0",
        parentInvolvement: "Forældrene inviteres til et opfølgende møde.",
        followUpOn: isoDay(inDays(60)),
        feedbackResponsibleId: feedback.responsible ?? "",
        feedbackDueOn: feedback.dueOn ?? "",
      });
    await expect(savePlan(actors.trivselsperson, plan(items.consented))).rejects.toBeInstanceOf(
      DomainValidationError,
    );
    await expect(
      savePlan(
        actors.trivselsperson,
        plan(items.consented, {
          responsible: actors.teacherNotInvited.userId,
          dueOn: isoDay(inDays(10)),
        }),
      ),
    ).rejects.toThrow(/forum.errors.responsible/);
    const planVersion = (
      await db.actionPlan.findUniqueOrThrow({ where: { agendaItemId: items.consented } })
    ).version;
    await savePlan(actors.trivselsperson, {
      ...plan(items.consented, {
        responsible: actors.healthNurse.userId,
        dueOn: isoDay(inDays(10)),
      }),
      version: planVersion,
    });
    // The guardians attended: no feedback is needed.
    await savePlan(actors.trivselsperson, plan(items.guardians));
    const guardiansPlan = await db.actionPlan.findUniqueOrThrow({
      where: { agendaItemId: items.guardians },
      include: { parentFeedback: true },
    });
    expect(guardiansPlan.parentFeedback).toBeNull();

    const nurse = await listMyActions(actors.healthNurse);
    const feedback = nurse.open.find(
      (row): row is Extract<MyTaskRow, { type: "feedback" }> => row.type === "feedback",
    );
    expect(feedback).toMatchObject({
      dueOn: isoDay(inDays(10)),
      status: "OPEN",
      overdue: false,
      givenOn: null,
      source: { kind: "forum", item: "PUPIL", pupil: { name: pupils.consented.name } },
      forumItem: { meetingId, itemId: items.consented },
    });
    expect(
      JSON.stringify(await listMyActions(actors.trivselsperson)),
      "the trivselsperson's tasks",
    ).not.toContain(feedback!.id);

    // Only its owner (or the trivselsperson) records it as given.
    const given = {
      feedbackId: feedback!.id,
      version: feedback!.version,
      givenOn: inDays(0),
      summary: "Mor er orienteret i telefonen om drøftelsen og aftalerne.",
    };
    await expect(recordFeedbackGiven(actors.leadership, given)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await recordFeedbackGiven(actors.healthNurse, given);
    const after = await listMyActions(actors.healthNurse);
    expect(after.open.some((row) => row.id === feedback!.id)).toBe(false);
    expect(after.done.find((row) => row.id === feedback!.id)).toMatchObject({
      type: "feedback",
      status: "DONE",
      givenOn: isoDay(inDays(0)),
    });
    await expect(recordFeedbackGiven(actors.healthNurse, given)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
  });

  it("offers the school's staff, and other schools' staff of the municipality only found by name", async () => {
    const colleague = await createUser({ name: "Birgitte Kjærsgaard Holm" });
    await db.userSchoolRole.create({
      data: { userId: colleague.id, schoolId: otherSchoolGuest.schoolId, role: "HEALTH_NURSE" },
    });
    const far = await db.user.findUniqueOrThrow({ where: { id: farUserId } });
    const offered = async (guest?: string) => {
      const users = await listInvitableUsers(actors.trivselsperson, laterMeetingId, guest);
      return {
        staff: users.staff.map((user) => user.id),
        guests: users.guests.map((user) => user.id),
      };
    };

    const unsearched = await offered();
    expect(unsearched.staff).toContain(actors.teacherInvited.userId);
    expect(unsearched.staff).not.toContain(adminOnlyUserId);
    expect(unsearched.staff).not.toContain(colleague.id);
    expect(unsearched.guests).toEqual([]);

    expect((await offered("kjærsgaard")).guests).toEqual([colleague.id]);
    expect((await offered("Birgitte holm")).guests).toEqual([colleague.id]);
    expect((await offered("Birgitte Jensen")).guests).toEqual([]);
    // Not from another municipality, however exactly named.
    expect((await offered(far.name)).guests).toEqual([]);
    // Already a participant of the meeting: not offered again.
    expect((await offered(actors.teacherInvited.name)).staff).toContain(
      actors.teacherInvited.userId,
    );
    const invited = await listInvitableUsers(actors.trivselsperson, meetingId);
    expect(invited.staff.map((user) => user.id)).not.toContain(actors.teacherInvited.userId);
    await expect(listInvitableUsers(actors.healthNurse, meetingId)).rejects.toThrow(/Forbidden/);
  });

  it("invites no one from another municipality, and no one who is only an administrator", async () => {
    const before = await db.forumParticipant.count({ where: { meetingId } });
    await expect(
      addParticipant(actors.trivselsperson, { meetingId, userId: farUserId }),
    ).rejects.toThrow(/forum.errors.participant/);
    await expect(
      addParticipant(actors.trivselsperson, { meetingId, userId: adminOnlyUserId }),
    ).rejects.toThrow(/forum.errors.participant/);
    await expect(
      addParticipant(actors.leadership, { meetingId, userId: actors.teacherNotInvited.userId }),
    ).rejects.toThrow(/Forbidden/);
    expect(await db.forumParticipant.count({ where: { meetingId } })).toBe(before);
  });

  it("shows the ad-hoc guest their one meeting and nothing else, here or at their own school", async () => {
    const guest = actors.adHocGuest;
    expect((await listMeetings(guest)).map((meeting) => meeting.id)).toEqual([meetingId]);
    await expect(getMeeting(guest, laterMeetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAgendaItem(guest, laterItemId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveMinutes(guest, { itemId: laterItemId, version: 1, minutes: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Leadership sees both meetings; the fixed members were invited to the later one as well.
    expect((await listMeetings(actors.leadershipNotInvited)).map((row) => row.id).sort()).toEqual(
      [meetingId, laterMeetingId].sort(),
    );
    expect((await listMeetings(actors.ppr)).map((row) => row.id).sort()).toEqual(
      [meetingId, laterMeetingId].sort(),
    );
    // At their own school the guest meets nothing of this school's forum.
    expect(await listMeetings(otherSchoolGuest)).toEqual([]);
    await expect(getMeeting(otherSchoolGuest, meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("audits each named pupil read: the open pupil item, and the agenda's named pupils", async () => {
    const since = new Date();
    const audit = (action: string, actorId: string) =>
      db.auditLog.findMany({
        where: { action, actorId, at: { gte: since } },
        orderBy: { id: "asc" },
      });

    await getAgendaItem(actors.ppr, items.consented);
    await getAgendaItem(actors.ppr, items.theme);
    await getAgendaItem(actors.ppr, items.anonymous);
    const itemReads = await audit("forum.item.pupil.read", actors.ppr.userId);
    expect(itemReads.map((row) => [row.pupilId, row.entityId])).toEqual([
      [pupils.consented.id, items.consented],
    ]);
    expect(itemReads[0]).toMatchObject({ schoolId, roles: ["PPR"], purpose: "forum-meeting" });

    await getAgendaItem(actors.teacherInvited, items.guardians);
    expect(
      (await audit("forum.item.pupil.read", actors.teacherInvited.userId)).map(
        (row) => row.pupilId,
      ),
    ).toEqual([pupils.guardians.id]);

    await getMeeting(actors.healthNurse, meetingId);
    expect(
      (await audit("forum.agenda.read", actors.healthNurse.userId))
        .map((row) => row.pupilId)
        .sort(),
    ).toEqual([pupils.consented.id, pupils.guardians.id].sort());

    // A refused read reads nothing and names no pupil.
    await expect(getAgendaItem(actors.teacherNotInvited, items.consented)).rejects.toThrow();
    expect(await audit("forum.item.pupil.read", actors.teacherNotInvited.userId)).toEqual([]);
  });
});

describe("the agenda's order", () => {
  let trivsel: Actor;
  let teacher: Actor;
  let meetingId: string;
  const titles = ["Frikvarteret", "Skolevejen", "Sociale medier"];

  const order = async () =>
    (
      await db.agendaItem.findMany({
        where: { meetingId },
        orderBy: { position: "asc" },
        select: { title: true },
      })
    ).map((item) => item.title);
  const idOf = async (title: string) =>
    (await db.agendaItem.findFirstOrThrow({ where: { meetingId, title } })).id;

  beforeAll(async () => {
    const school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    teacher = await createActor(school, ["TEACHER"]);
    meetingId = (
      await createMeeting(
        trivsel,
        createMeetingInput.parse({ day: isoDay(inDays(3)), startTime: "13:00", place: "Lokale 4" }),
      )
    ).id;
    for (const title of titles) await addAgendaItem(trivsel, { kind: "THEME", meetingId, title });
  });

  it("reads the pressed button: a step and an item, nothing else", () => {
    const itemId = "0194f3a0-0000-7000-8000-000000000001";
    expect(arrangeItemInput.parse({ arrange: `up:${itemId}` }).arrange).toEqual({
      step: "up",
      itemId,
    });
    expect(arrangeItemInput.parse({ arrange: `remove:${itemId}` }).arrange.step).toBe("remove");
    for (const arrange of ["sideways:" + itemId, "up:not-an-id", "up", "", `up:${itemId}:x`])
      expect(arrangeItemInput.safeParse({ arrange }).success, arrange).toBe(false);
    expect(arrangeItemInput.safeParse({}).success).toBe(false);
  });

  it("moves an item past its neighbour, and not past either end", async () => {
    await moveAgendaItem(trivsel, { itemId: await idOf("Sociale medier"), direction: "up" });
    expect(await order()).toEqual(["Frikvarteret", "Sociale medier", "Skolevejen"]);
    await moveAgendaItem(trivsel, { itemId: await idOf("Frikvarteret"), direction: "down" });
    expect(await order()).toEqual(["Sociale medier", "Frikvarteret", "Skolevejen"]);
    await moveAgendaItem(trivsel, { itemId: await idOf("Sociale medier"), direction: "up" });
    await moveAgendaItem(trivsel, { itemId: await idOf("Skolevejen"), direction: "down" });
    expect(await order()).toEqual(["Sociale medier", "Frikvarteret", "Skolevejen"]);
  });

  it("lets only the forum's manager arrange it", async () => {
    await expect(
      moveAgendaItem(teacher, { itemId: await idOf("Skolevejen"), direction: "up" }),
    ).rejects.toThrow(ForbiddenError);
    await expect(removeAgendaItem(teacher, { itemId: await idOf("Skolevejen") })).rejects.toThrow(
      ForbiddenError,
    );
    expect(await order()).toEqual(["Sociale medier", "Frikvarteret", "Skolevejen"]);
  });

  it("removes an item without minutes, and keeps one with them", async () => {
    const withMinutes = await idOf("Frikvarteret");
    await saveMinutes(trivsel, {
      itemId: withMinutes,
      version: (await db.agendaItem.findUniqueOrThrow({ where: { id: withMinutes } })).version,
      minutes: "Gårdvagterne fordeles anderledes fra næste uge.",
    });
    await expect(removeAgendaItem(trivsel, { itemId: withMinutes })).rejects.toThrow(
      DomainValidationError,
    );
    await removeAgendaItem(trivsel, { itemId: await idOf("Skolevejen") });
    expect(await order()).toEqual(["Sociale medier", "Frikvarteret"]);
  });
});

describe("a participant's row: who came, and who is taken off", () => {
  let trivsel: Actor;
  let teacher: Actor;
  let meetingId: string;
  let otherMeetingId: string;

  const newMeeting = async (days: number) =>
    (
      await createMeeting(
        trivsel,
        createMeetingInput.parse({
          day: isoDay(inDays(days)),
          startTime: "13:00",
          place: "Lokale 2",
        }),
      )
    ).id;
  const participantOf = async (actor: Actor, meeting = meetingId) =>
    db.forumParticipant.findFirstOrThrow({ where: { meetingId: meeting, userId: actor.userId } });

  beforeAll(async () => {
    const school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    teacher = await createActor(school, ["TEACHER"]);
    meetingId = await newMeeting(4);
    otherMeetingId = await newMeeting(11);
    await addParticipant(trivsel, { meetingId, userId: teacher.userId });
  });

  it("reads the form: the box without a button is the attendance, Fjern posts intent=remove", () => {
    const ids = {
      meetingId: "0194f3a0-0000-7000-8000-000000000001",
      participantId: "0194f3a0-0000-7000-8000-000000000002",
    };
    expect(participantInput.parse({ ...ids, attended: "on" })).toEqual({
      ...ids,
      attended: true,
      intent: "attendance",
    });
    expect(participantInput.parse({ ...ids, intent: "remove" })).toMatchObject({
      attended: false,
      intent: "remove",
    });
    expect(participantInput.safeParse({ ...ids, intent: "promote" }).success).toBe(false);
    expect(participantInput.safeParse({ ...ids, participantId: "x" }).success).toBe(false);
  });

  it("records who came, and who did not, only for the forum's manager", async () => {
    const { id: participantId } = await participantOf(teacher);
    expect((await participantOf(teacher)).attended).toBeNull();
    await setAttendance(trivsel, { meetingId, participantId, attended: true });
    expect((await participantOf(teacher)).attended).toBe(true);
    await setAttendance(trivsel, { meetingId, participantId, attended: false });
    expect((await participantOf(teacher)).attended).toBe(false);

    await expect(
      setAttendance(teacher, { meetingId, participantId, attended: true }),
    ).rejects.toThrow(ForbiddenError);
    // A participant named with another meeting's id is not found there, and nothing changes.
    await expect(
      setAttendance(trivsel, { meetingId: otherMeetingId, participantId, attended: true }),
    ).rejects.toThrow(NotFoundError);
    expect((await participantOf(teacher)).attended).toBe(false);
  });

  it("takes a participant off the meeting, but not the one who runs it", async () => {
    const { id: participantId } = await participantOf(teacher);
    await expect(removeParticipant(teacher, { meetingId, participantId })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      removeParticipant(trivsel, { meetingId: otherMeetingId, participantId }),
    ).rejects.toThrow(NotFoundError);
    const own = await participantOf(trivsel);
    await expect(removeParticipant(trivsel, { meetingId, participantId: own.id })).rejects.toThrow(
      NotFoundError,
    );
    expect(await db.forumParticipant.count({ where: { meetingId } })).toBe(2);

    await removeParticipant(trivsel, { meetingId, participantId });
    expect(
      await db.forumParticipant.findMany({ where: { meetingId }, select: { userId: true } }),
    ).toEqual([{ userId: trivsel.userId }]);
    // The other meeting keeps its own participants.
    expect((await participantOf(trivsel, otherMeetingId)).id).not.toBe(own.id);
  });
});
