/**
 * Groups (lib/groups) on a real PostgreSQL: creating and editing a group with a leader from the
 * school's staff, finding pupils (an audited search), adding, removing and re-adding
 * participants, sessions, and the participant list audited one row per named child — all scoped
 * to the actor's school, versioned where edited, and refused to every other role.
 */
import { describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import {
  createGroup,
  createGroupInput,
  getGroup,
  listGroupLeaderOptions,
  listGroups,
  updateGroup,
  updateGroupInput,
} from "@/lib/groups/groups";
import {
  addGroupParticipant,
  addGroupParticipantInput,
  removeGroupParticipant,
  removeGroupParticipantInput,
  searchPupilsForGroup,
} from "@/lib/groups/participants";
import { addGroupSession, addGroupSessionInput } from "@/lib/groups/sessions";
import { createActor, createClass, createPupil, createSchool } from "../support/factories";

const TODAY = todayInDenmark();
const day = (offset: number) => isoDay(addDays(TODAY, offset));

async function tableCounts() {
  const [groups, participants, sessions, audit] = await Promise.all([
    db.group.count(),
    db.groupParticipant.count(),
    db.groupSession.count(),
    db.auditLog.count(),
  ]);
  return { groups, participants, sessions, audit };
}

async function lastAuditId(): Promise<bigint> {
  const last = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0n;
}

function groupForm(leaderId: string, overrides: Record<string, string> = {}) {
  return {
    kind: "GRIEF",
    name: "Sorggruppe, mellemtrinnet",
    description: "Otte mødegange for børn, der har mistet en forælder eller søskende.",
    leaderId,
    startsOn: day(-30),
    endsOn: day(60),
    ...overrides,
  };
}

async function setting() {
  const school = await createSchool();
  const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
  const klass = await createClass(school.id, { grade: 5, letter: "A" });
  const { id: groupId } = await createGroup(
    trivsel,
    createGroupInput.parse(groupForm(trivsel.userId)),
  );
  return { school, trivsel, klass, groupId };
}

describe("creating and editing groups", () => {
  it("creates a group from good form input, audited, led by a teacher of the school", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const teacher = await createActor(school, ["TEACHER"]);
    const { id } = await createGroup(
      trivsel,
      createGroupInput.parse(groupForm(teacher.userId, { kind: "SOCIAL_TRAINING", endsOn: "" })),
    );
    expect(await db.group.findUniqueOrThrow({ where: { id } })).toMatchObject({
      schoolId: school.id,
      kind: "SOCIAL_TRAINING",
      leaderId: teacher.userId,
      startsOn: addDays(TODAY, -30),
      endsOn: null,
      active: true,
      version: 1,
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "group.create", entityId: id } }),
    ).toMatchObject({ actorId: trivsel.userId, schoolId: school.id });
  });

  it.each([
    [{ kind: "PARTY" }, "kind"],
    [{ kind: "" }, "kind"],
    [{ name: " " }, "name"],
    [{ name: "x".repeat(121) }, "name"],
    [{ leaderId: "" }, "leaderId"],
    [{ startsOn: "31-12-2026" }, "startsOn"],
    [{ endsOn: "2026-13-01" }, "endsOn"],
    [{ startsOn: day(10), endsOn: day(9) }, "endsOn"],
    [{ description: "x".repeat(2001) }, "description"],
  ])("refuses %o on the field %s and writes nothing", async (overrides, field) => {
    const before = await tableCounts();
    const parsed = createGroupInput.safeParse(
      groupForm("0198a4a2-0000-7000-8000-000000000000", overrides),
    );
    expect(parsed.success).toBe(false);
    expect(new Set(parsed.error?.issues.map((issue) => issue.path[0]))).toEqual(new Set([field]));
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a leader who is not assignable staff of the school, on the leader field", async () => {
    const school = await createSchool();
    const other = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const elsewhere = await createActor(other, ["TRIVSELSPERSON"]);
    const admin = await createActor(school, ["ADMIN"]);
    const gone = await createActor(school, ["TEACHER"]);
    await db.user.update({ where: { id: gone.userId }, data: { active: false } });

    const options = (await listGroupLeaderOptions(trivsel)).map((option) => option.id);
    expect(options).toEqual([trivsel.userId]);

    for (const leader of [elsewhere, admin, gone]) {
      const before = await tableCounts();
      const refusal = await createGroup(
        trivsel,
        createGroupInput.parse(groupForm(leader.userId)),
      ).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DomainValidationError);
      expect(refusal).toMatchObject({ field: "leaderId" });
      expect(await tableCounts()).toEqual(before);
    }
  });

  it("edits a group, refuses a stale edit, and keeps a leader who has since left", async () => {
    const { school, trivsel, groupId } = await setting();
    const teacher = await createActor(school, ["TEACHER"]);
    const edit = (overrides: Record<string, string>, version = "1") =>
      updateGroupInput.parse({ ...groupForm(teacher.userId, overrides), id: groupId, version });

    await updateGroup(trivsel, edit({ name: "Sorggruppe, 4.–6. klasse", active: "on" }));
    await expect(updateGroup(trivsel, edit({ name: "Overskrevet" }))).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(await db.group.findUniqueOrThrow({ where: { id: groupId } })).toMatchObject({
      name: "Sorggruppe, 4.–6. klasse",
      leaderId: teacher.userId,
      active: true,
      version: 2,
    });

    await db.user.update({ where: { id: teacher.userId }, data: { active: false } });
    await updateGroup(trivsel, edit({ name: "Sorggruppe, afsluttet" }, "2"));
    expect(await db.group.findUniqueOrThrow({ where: { id: groupId } })).toMatchObject({
      name: "Sorggruppe, afsluttet",
      leaderId: teacher.userId,
      active: false,
      version: 3,
    });
  });

  it("lists active groups first with leader, current participants and last and next sessions", async () => {
    const { school, trivsel, klass, groupId } = await setting();
    const { id: oldGroup } = await createGroup(
      trivsel,
      createGroupInput.parse(
        groupForm(trivsel.userId, { kind: "DIVORCE", startsOn: day(-200), endsOn: day(-100) }),
      ),
    );
    await updateGroup(
      trivsel,
      updateGroupInput.parse({
        ...groupForm(trivsel.userId, { kind: "DIVORCE", startsOn: day(-200), endsOn: day(-100) }),
        id: oldGroup,
        version: "1",
      }),
    );
    const pupils = [
      await createPupil(school.id, { classId: klass.id }),
      await createPupil(school.id, { classId: klass.id }),
    ];
    for (const pupil of pupils)
      await addGroupParticipant(trivsel, { groupId, pupilId: pupil.id, joinedOn: null });
    await removeGroupParticipant(trivsel, { groupId, pupilId: pupils[1]!.id, leftOn: null });
    for (const offset of [-14, -7, 7, 14])
      await addGroupSession(trivsel, { groupId, heldOn: addDays(TODAY, offset), notes: null });

    const rows = await listGroups(trivsel);
    expect(rows.map((row) => row.id)).toEqual([groupId, oldGroup]);
    expect(rows[0]).toEqual({
      id: groupId,
      kind: "GRIEF",
      name: "Sorggruppe, mellemtrinnet",
      leaderName: trivsel.name,
      active: true,
      startsOn: day(-30),
      endsOn: day(60),
      participantCount: 1,
      lastSessionOn: day(-7),
      nextSessionOn: day(7),
    });
    expect(rows[1]).toMatchObject({ active: false, participantCount: 0, lastSessionOn: null });
  });
});

describe("participants", () => {
  it("finds pupils of the school by name, audited with the criteria and not the names found", async () => {
    const { school, trivsel, klass, groupId } = await setting();
    const other = await createSchool();
    const anna = await createPupil(school.id, {
      classId: klass.id,
      firstName: "Anna",
      lastName: "Jensen",
    });
    const annaIn = await createPupil(school.id, { firstName: "Anna", lastName: "Holm" });
    await createPupil(school.id, { firstName: "Bo", lastName: "Jensen" });
    const annaLeft = await createPupil(school.id, { firstName: "Anna", lastName: "Lund" });
    await db.pupil.update({ where: { id: annaLeft.id }, data: { active: false } });
    await createPupil(other.id, { firstName: "Anna", lastName: "Jensen" });
    await addGroupParticipant(trivsel, { groupId, pupilId: annaIn.id, joinedOn: null });

    const since = await lastAuditId();
    const found = await searchPupilsForGroup(trivsel, groupId, "anna");
    expect(found).toEqual([
      { id: anna.id, firstName: "Anna", lastName: "Jensen", className: "5.A" },
    ]);
    expect(
      (await searchPupilsForGroup(trivsel, groupId, "ann jens")).map((pupil) => pupil.id),
    ).toEqual([anna.id]);

    const audit = await db.auditLog.findMany({
      where: { id: { gt: since } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => [row.action, row.pupilId, row.details])).toEqual([
      ["pupil.search", null, { q: "anna", groupId }],
      ["pupil.search", null, { q: "ann jens", groupId }],
    ]);

    // Too short a query searches nothing and logs nothing.
    const before = await tableCounts();
    expect(await searchPupilsForGroup(trivsel, groupId, " a ")).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  it("adds, removes and re-adds a pupil, each step audited with the pupil", async () => {
    const { school, trivsel, klass, groupId } = await setting();
    const pupil = await createPupil(school.id, { classId: klass.id });
    const key = { groupId_pupilId: { groupId, pupilId: pupil.id } };

    await addGroupParticipant(
      trivsel,
      addGroupParticipantInput.parse({ groupId, pupilId: pupil.id }),
    );
    expect(await db.groupParticipant.findUniqueOrThrow({ where: key })).toMatchObject({
      joinedOn: TODAY,
      leftOn: null,
    });
    await expect(
      addGroupParticipant(trivsel, { groupId, pupilId: pupil.id, joinedOn: null }),
    ).rejects.toBeInstanceOf(DomainValidationError);

    await expect(
      removeGroupParticipant(
        trivsel,
        removeGroupParticipantInput.parse({ groupId, pupilId: pupil.id, leftOn: day(-1) }),
      ),
    ).rejects.toMatchObject({ field: "leftOn" });
    await removeGroupParticipant(
      trivsel,
      removeGroupParticipantInput.parse({ groupId, pupilId: pupil.id }),
    );
    expect(await db.groupParticipant.findUniqueOrThrow({ where: key })).toMatchObject({
      leftOn: TODAY,
    });
    await expect(
      removeGroupParticipant(trivsel, { groupId, pupilId: pupil.id, leftOn: null }),
    ).rejects.toBeInstanceOf(NotFoundError);

    expect((await searchPupilsForGroup(trivsel, groupId, pupil.lastName)).map((p) => p.id)).toEqual(
      [pupil.id],
    );
    await addGroupParticipant(trivsel, { groupId, pupilId: pupil.id, joinedOn: TODAY });
    expect(await db.groupParticipant.findUniqueOrThrow({ where: key })).toMatchObject({
      leftOn: null,
    });

    const audit = await db.auditLog.findMany({
      where: { pupilId: pupil.id, action: { startsWith: "group.participant." } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => [row.action, row.entityId, row.actorId])).toEqual([
      ["group.participant.add", groupId, trivsel.userId],
      ["group.participant.remove", groupId, trivsel.userId],
      ["group.participant.add", groupId, trivsel.userId],
    ]);
    expect(audit[2]!.details).toMatchObject({ rejoined: true });
  });

  it("dates a participant joining a group that has not started from the group's first day", async () => {
    const { school, trivsel } = await setting();
    const { id: groupId } = await createGroup(
      trivsel,
      createGroupInput.parse(groupForm(trivsel.userId, { startsOn: day(10), endsOn: "" })),
    );
    const pupil = await createPupil(school.id);
    await addGroupParticipant(trivsel, { groupId, pupilId: pupil.id, joinedOn: null });
    expect(
      await db.groupParticipant.findUniqueOrThrow({
        where: { groupId_pupilId: { groupId, pupilId: pupil.id } },
      }),
    ).toMatchObject({ joinedOn: addDays(TODAY, 10) });
  });

  it("shows the participant list with one audit row per named child, current and former", async () => {
    const { school, trivsel, klass, groupId } = await setting();
    const stays = await createPupil(school.id, { classId: klass.id, lastName: "Andersen" });
    const leaves = await createPupil(school.id, { classId: klass.id, lastName: "Berg" });
    for (const pupil of [stays, leaves])
      await addGroupParticipant(trivsel, { groupId, pupilId: pupil.id, joinedOn: null });
    await removeGroupParticipant(trivsel, { groupId, pupilId: leaves.id, leftOn: null });
    await addGroupSession(trivsel, { groupId, heldOn: addDays(TODAY, -2), notes: "Mindebog" });
    await addGroupSession(trivsel, { groupId, heldOn: addDays(TODAY, -9), notes: "Første gang" });

    const since = await lastAuditId();
    const group = await getGroup(trivsel, groupId);
    expect(group).toMatchObject({ id: groupId, kind: "GRIEF", leaderName: trivsel.name });
    expect(group.participants.map((row) => row.pupilId)).toEqual([stays.id]);
    expect(group.participants[0]).toMatchObject({ className: "5.A", joinedOn: day(0) });
    expect(group.formerParticipants.map((row) => [row.pupilId, row.leftOn])).toEqual([
      [leaves.id, day(0)],
    ]);
    expect(group.sessions.map((session) => session.notes)).toEqual(["Mindebog", "Første gang"]);

    const audit = await db.auditLog.findMany({
      where: { id: { gt: since } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => [row.action, row.pupilId])).toEqual([
      ["group.read", null],
      ["group.participant.read", stays.id],
      ["group.participant.read", leaves.id],
    ]);
    expect(audit[1]).toMatchObject({
      actorId: trivsel.userId,
      entityId: groupId,
      details: { kind: "GRIEF" },
    });
  });

  it("keeps every school to itself: another school's pupil, group and participants are not found and unchanged", async () => {
    const { school, trivsel, groupId } = await setting();
    const other = await setting();
    const ours = await createPupil(school.id);
    const theirs = await createPupil(other.school.id, { firstName: "Theis" });
    await addGroupParticipant(other.trivsel, {
      groupId: other.groupId,
      pupilId: theirs.id,
      joinedOn: null,
    });
    const before = await tableCounts();

    await expect(
      addGroupParticipant(trivsel, { groupId, pupilId: theirs.id, joinedOn: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      addGroupParticipant(trivsel, { groupId: other.groupId, pupilId: ours.id, joinedOn: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      removeGroupParticipant(trivsel, {
        groupId: other.groupId,
        pupilId: theirs.id,
        leftOn: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroup(trivsel, other.groupId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroup(trivsel, "nonsense")).rejects.toBeInstanceOf(NotFoundError);
    await expect(searchPupilsForGroup(trivsel, other.groupId, "Theis")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await searchPupilsForGroup(trivsel, groupId, "Theis")).toEqual([]);
    const search = await db.auditLog.findFirst({ orderBy: { id: "desc" } });
    await expect(
      updateGroup(
        trivsel,
        updateGroupInput.parse({
          ...groupForm(trivsel.userId, { name: "Kapret" }),
          id: other.groupId,
          version: "1",
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      addGroupSession(trivsel, { groupId: other.groupId, heldOn: TODAY, notes: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listGroups(trivsel)).map((row) => row.id)).toEqual([groupId]);

    // Only the (allowed) search in our own group left a trace; nothing else was written.
    expect(await tableCounts()).toEqual({ ...before, audit: before.audit + 1 });
    expect(search).toMatchObject({ action: "pupil.search", pupilId: null });
    expect(await db.group.findUniqueOrThrow({ where: { id: other.groupId } })).toMatchObject({
      name: "Sorggruppe, mellemtrinnet",
      version: 1,
    });
    expect(
      await db.groupParticipant.findUniqueOrThrow({
        where: { groupId_pupilId: { groupId: other.groupId, pupilId: theirs.id } },
      }),
    ).toMatchObject({ leftOn: null });
    expect(
      await db.auditLog.count({ where: { pupilId: theirs.id, actorId: trivsel.userId } }),
    ).toBe(0);
  });
});

describe("sessions", () => {
  it("logs sessions within the group's period and refuses one outside it on the date", async () => {
    const { trivsel, groupId } = await setting();
    const { id } = await addGroupSession(
      trivsel,
      addGroupSessionInput.parse({ groupId, heldOn: day(-1), notes: " Vi talte om minder. " }),
    );
    expect(await db.groupSession.findUniqueOrThrow({ where: { id } })).toMatchObject({
      groupId,
      authorId: trivsel.userId,
      notes: "Vi talte om minder.",
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "group.session.create", entityId: id } }),
    ).toMatchObject({ actorId: trivsel.userId });

    for (const heldOn of [day(-31), day(61)]) {
      const before = await tableCounts();
      await expect(
        addGroupSession(trivsel, addGroupSessionInput.parse({ groupId, heldOn, notes: "" })),
      ).rejects.toMatchObject({ field: "heldOn" });
      expect(await tableCounts()).toEqual(before);
    }
    const parsed = addGroupSessionInput.safeParse({ groupId, heldOn: "", notes: "x" });
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain("heldOn");
  });
});

describe("who may manage groups", () => {
  it.each(["TEACHER", "LEADERSHIP", "PPR", "ADMIN", "SSP", "FAMILY_COUNSELLOR"] as Role[])(
    "refuses %s everywhere and writes nothing",
    async (role) => {
      const { school, trivsel, klass, groupId } = await setting();
      const pupil = await createPupil(school.id, { classId: klass.id });
      await addGroupParticipant(trivsel, { groupId, pupilId: pupil.id, joinedOn: null });
      const newcomer = await createPupil(school.id, { classId: klass.id });
      const someone: Actor = await createActor(school, [role]);
      const before = await tableCounts();

      await expect(listGroups(someone)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getGroup(someone, groupId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listGroupLeaderOptions(someone)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        createGroup(someone, createGroupInput.parse(groupForm(trivsel.userId))),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        updateGroup(
          someone,
          updateGroupInput.parse({ ...groupForm(trivsel.userId), id: groupId, version: "1" }),
        ),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(searchPupilsForGroup(someone, groupId, "Elev")).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(
        addGroupParticipant(someone, { groupId, pupilId: newcomer.id, joinedOn: null }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        removeGroupParticipant(someone, { groupId, pupilId: pupil.id, leftOn: null }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        addGroupSession(someone, { groupId, heldOn: TODAY, notes: null }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await tableCounts()).toEqual(before);
    },
  );
});
