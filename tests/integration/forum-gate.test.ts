/**
 * The consent gate of the forum agenda, and who sees which meeting, on a real database.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { addAgendaItem, ConsentGateError, saveMinutes } from "@/lib/forum/agenda";
import { gateStates, hasForumConsentOn, meetingDay } from "@/lib/forum/gate";
import { getAgendaItem } from "@/lib/forum/item";
import { addParticipant, createMeeting, getMeeting, listMeetings } from "@/lib/forum/meetings";
import { createMeetingInput } from "@/lib/forum/schemas";
import type { ConsentScope } from "@/lib/generated/prisma/enums";
import {
  actorAt,
  createActor,
  createConsent,
  createPupil,
  createSchool,
  createUser,
  withdrawConsent,
} from "../support/factories";

const inDays = (days: number) => addDays(todayInDenmark(), days);

describe("the consent gate", () => {
  let trivsel: Actor;
  let ppr: Actor;
  let meetingId: string;
  let schoolId: string;

  async function consent(
    pupilId: string,
    scopes: ConsentScope[],
    overrides: { withdrawnOn?: Date; validUntil?: Date } = {},
  ) {
    return db.consent.create({
      data: {
        schoolId,
        pupilId,
        recordedById: trivsel.userId,
        decision: "GIVEN",
        form: "WRITTEN",
        givenOn: inDays(-30),
        scopes,
        purpose: "Drøftelse",
        validFrom: inDays(-30),
        validUntil: overrides.validUntil ?? inDays(300),
        withdrawnOn: overrides.withdrawnOn,
      },
    });
  }

  beforeAll(async () => {
    const school = await createSchool();
    schoolId = school.id;
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    ppr = await createActor(school, ["PPR"]);
    meetingId = (
      await createMeeting(
        trivsel,
        createMeetingInput.parse({
          day: isoDay(inDays(7)),
          startTime: "14:00",
          place: "Mødelokale 2",
        }),
      )
    ).id;
  });

  const pupilItem = (pupilId: string, guardiansAttending = false) => ({
    kind: "PUPIL" as const,
    meetingId,
    pupilId,
    concernId: null,
    guardiansAttending,
    pupilAttending: false,
  });

  it("refuses a named pupil without consent, and takes the case anonymously instead", async () => {
    const pupil = await createPupil(schoolId);
    await expect(addAgendaItem(trivsel, pupilItem(pupil.id))).rejects.toBeInstanceOf(
      ConsentGateError,
    );
    expect(await db.agendaItem.count({ where: { pupilId: pupil.id } })).toBe(0);
    const { id } = await addAgendaItem(trivsel, {
      kind: "ANONYMOUS_CASE",
      meetingId,
      title: "Pige i 5. klasse med stigende fravær",
    });
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      pupilId: null,
      kind: "ANONYMOUS_CASE",
    });
  });

  it("refuses when the consent covers PPR but not the forum", async () => {
    const pupil = await createPupil(schoolId);
    await consent(pupil.id, ["PPR"]);
    await expect(addAgendaItem(trivsel, pupilItem(pupil.id))).rejects.toBeInstanceOf(
      ConsentGateError,
    );
  });

  it("refuses when the consent has expired by the meeting's day", async () => {
    const pupil = await createPupil(schoolId);
    await consent(pupil.id, ["FORUM"], { validUntil: inDays(3) });
    await expect(addAgendaItem(trivsel, pupilItem(pupil.id))).rejects.toBeInstanceOf(
      ConsentGateError,
    );
  });

  it("allows the pupil when the guardians attend the item, consent or not", async () => {
    const pupil = await createPupil(schoolId);
    const { id } = await addAgendaItem(trivsel, pupilItem(pupil.id, true));
    const view = await getAgendaItem(ppr, id);
    expect(view.gate).toBe("OPEN_GUARDIANS_ATTEND");
  });

  it("allows the pupil with consent covering the forum, and blocks the item when it is withdrawn later", async () => {
    const pupil = await createPupil(schoolId);
    const given = await consent(pupil.id, ["FORUM", "PPR"]);
    const { id } = await addAgendaItem(trivsel, pupilItem(pupil.id));
    expect((await getAgendaItem(ppr, id)).gate).toBe("OPEN_CONSENT");

    await db.consent.create({
      data: {
        ...given,
        id: undefined,
        createdAt: undefined,
        supersedesId: given.id,
        withdrawnOn: todayInDenmark(),
      },
    });
    await expect(getAgendaItem(ppr, id)).rejects.toBeInstanceOf(NotFoundError);
    const asTrivsel = await getAgendaItem(trivsel, id);
    expect(asTrivsel.gate).toBe("BLOCKED");
    expect(asTrivsel.sharedEntries).toEqual([]);
    await expect(
      saveMinutes(trivsel, { itemId: id, version: 1, minutes: "Drøftet" }),
    ).rejects.toThrow(/Invalid form: forum.gate.blocked/);
    const agenda = (await getMeeting(ppr, meetingId)).agenda.find((item) => item.id === id)!;
    expect(agenda).toMatchObject({ gate: "BLOCKED", pupil: null });
  });
});

describe("the gate of a whole agenda at once", () => {
  it("agrees with the consent rule asked pupil by pupil and day by day", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    // Each pupil's consents: [from, until] in days from today, the scopes, withdrawn or not.
    const consentSpec = fc.record({
      from: fc.integer({ min: -60, max: 20 }),
      length: fc.integer({ min: 0, max: 60 }),
      forum: fc.boolean(),
      withdrawn: fc.boolean(),
    });
    const seen = new Set<string>();
    const pupilSpec = fc.record({
      consents: fc.array(consentSpec, { maxLength: 3 }),
      meetingIn: fc.integer({ min: -30, max: 40 }),
      guardiansAttending: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(pupilSpec, { minLength: 1, maxLength: 6 }), async (pupils) => {
        const items = [];
        for (const spec of pupils) {
          const pupil = await createPupil(school.id);
          for (const c of spec.consents) {
            const created = await createConsent(school.id, pupil.id, trivsel.userId, {
              scopes: c.forum ? ["FORUM", "PPR"] : ["PPR"],
              validFrom: inDays(c.from),
              validUntil: inDays(c.from + c.length),
            });
            if (c.withdrawn) await withdrawConsent(created);
          }
          const startsAt = new Date(inDays(spec.meetingIn).getTime() + 13 * 3_600_000);
          items.push({ pupilId: pupil.id, guardiansAttending: spec.guardiansAttending, startsAt });
        }
        const batched = await gateStates(db, items);
        const oneByOne = [];
        for (const item of items) {
          if (item.guardiansAttending) {
            oneByOne.push("OPEN_GUARDIANS_ATTEND");
            continue;
          }
          const onMeetingDay = await hasForumConsentOn(db, item.pupilId, meetingDay(item.startsAt));
          const onToday = await hasForumConsentOn(db, item.pupilId, todayInDenmark());
          oneByOne.push(onMeetingDay && onToday ? "OPEN_CONSENT" : "BLOCKED");
        }
        expect(batched).toEqual(oneByOne);
        for (const state of batched) seen.add(state);
      }),
      {
        numRuns: 30,
        // One agenda known to hold each outcome, run before the random ones: a pupil's
        // consent covering today and the meeting's day is rare among random consents, and
        // a run that never drew one compared nothing for that outcome (CI failed on it).
        examples: [
          [
            [
              {
                consents: [{ from: -10, length: 60, forum: true, withdrawn: false }],
                meetingIn: 5,
                guardiansAttending: false,
              },
              { consents: [], meetingIn: 5, guardiansAttending: false },
              { consents: [], meetingIn: 5, guardiansAttending: true },
            ],
          ],
        ],
      },
    );
    // Every outcome was compared, the known ones and whatever the random runs drew.
    expect([...seen].sort()).toEqual(["BLOCKED", "OPEN_CONSENT", "OPEN_GUARDIANS_ATTEND"]);
  });
});

describe("who sees which meeting", () => {
  it("shows an ad-hoc participant the one meeting they were invited to, and nothing else", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const leader = await createActor(school, ["LEADERSHIP"]);
    const first = await createMeeting(
      trivsel,
      createMeetingInput.parse({ day: isoDay(inDays(3)), startTime: "09:00", place: "Lokale 1" }),
    );
    const second = await createMeeting(
      trivsel,
      createMeetingInput.parse({ day: isoDay(inDays(10)), startTime: "09:00", place: "Lokale 1" }),
    );
    // A psychologist from another school of the municipality, with no role here.
    const otherSchool = await createSchool({ municipalityId: school.municipalityId });
    const guest = await createUser();
    await db.userSchoolRole.create({
      data: { userId: guest.id, schoolId: otherSchool.id, role: "PPR" },
    });
    await addParticipant(trivsel, { meetingId: first.id, userId: guest.id });

    const guestHere = actorAt(guest, school, []);
    expect((await listMeetings(guestHere)).map((meeting) => meeting.id)).toEqual([first.id]);
    await expect(getMeeting(guestHere, second.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await db.forumParticipant.findFirstOrThrow({ where: { userId: guest.id } }),
    ).toMatchObject({ adHoc: true });

    // Leadership sees every meeting of the school; the fixed members were invited to both.
    expect((await listMeetings(leader)).map((meeting) => meeting.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(
      await db.forumParticipant.count({ where: { meetingId: second.id, userId: leader.userId } }),
    ).toBe(1);
  });
});
