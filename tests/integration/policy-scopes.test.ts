/**
 * The policy's query scopes agree with its rules on a real database: for every role, the case
 * entries `caseEntryContentScope` returns are exactly those `canReadEntryContent` allows, over
 * entries of every level by several professions, for pupils with and without valid forum
 * consent (expired, withdrawn, superseded, refused, PPR-only), at two schools.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  ALL_ROLES,
  canReadEntryContent,
  caseEntryContentScope,
  forumConsentWhere,
  pupilScope,
  type Actor,
} from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Confidentiality, Role } from "@/lib/generated/prisma/enums";
import { createActor, createClass, createPupil, createSchool } from "../support/factories";

const TODAY = new Date("2026-11-21T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type ConsentState =
  "valid" | "none" | "expired" | "withdrawn" | "superseded-by-refusal" | "ppr-only" | "future";

async function giveConsent(
  schoolId: string,
  pupilId: string,
  recordedById: string,
  state: ConsentState,
) {
  if (state === "none") return;
  const base = {
    schoolId,
    pupilId,
    recordedById,
    decision: "GIVEN" as const,
    form: "WRITTEN" as const,
    givenOn: day("2026-09-01"),
    purpose: "Drøftelse i Trivselsforum",
    scopes: ["FORUM" as const],
    validFrom: day("2026-09-01"),
    validUntil: day("2027-06-30"),
  };
  if (state === "valid") await db.consent.create({ data: base });
  if (state === "expired")
    await db.consent.create({ data: { ...base, validUntil: day("2026-11-20") } });
  if (state === "future")
    await db.consent.create({ data: { ...base, validFrom: day("2026-11-22") } });
  if (state === "ppr-only") await db.consent.create({ data: { ...base, scopes: ["PPR"] } });
  if (state === "withdrawn")
    await db.consent.create({ data: { ...base, withdrawnOn: day("2026-10-01") } });
  if (state === "superseded-by-refusal") {
    const first = await db.consent.create({ data: base });
    await db.consent.create({ data: { ...base, decision: "REFUSED", supersedesId: first.id } });
  }
}

describe("caseEntryContentScope agrees with canReadEntryContent", () => {
  const actors: Actor[] = [];
  const consentByPupil = new Map<string, boolean>();

  beforeAll(async () => {
    const school = await createSchool();
    const other = await createSchool({ municipalityId: school.municipalityId });
    for (const role of ALL_ROLES) actors.push(await createActor(school, [role]));
    // A second nurse: the nurse's PROFESSION notes are hers too.
    actors.push(await createActor(school, ["HEALTH_NURSE"]));
    actors.push(await createActor(school, ["TRIVSELSPERSON", "SSP"]));
    const otherTrivsel = await createActor(other, ["TRIVSELSPERSON"]);

    const authors = actors.filter(
      (actor) => !actor.roles.includes("TEACHER") && !actor.roles.includes("ADMIN"),
    );
    const states: ConsentState[] = [
      "valid",
      "none",
      "expired",
      "withdrawn",
      "superseded-by-refusal",
      "ppr-only",
      "future",
    ];
    const levels: Confidentiality[] = ["CASE", "FORUM", "PROFESSION", "PRIVATE"];

    for (const state of states) {
      const pupil = await createPupil(school.id);
      await giveConsent(school.id, pupil.id, actors[0]!.userId, state);
      consentByPupil.set(pupil.id, state === "valid");
      for (const author of authors) {
        for (const level of levels) {
          await db.caseEntry.create({
            data: {
              schoolId: school.id,
              pupilId: pupil.id,
              authorId: author.userId,
              authorRole: author.roles[author.roles.length - 1] as Role,
              kind: "NOTE",
              confidentiality: level,
              occurredOn: TODAY,
              details: { text: `${state} ${level}` },
            },
          });
        }
      }
    }
    const otherPupil = await createPupil(other.id);
    await giveConsent(other.id, otherPupil.id, otherTrivsel.userId, "valid");
    consentByPupil.set(otherPupil.id, true);
    for (const level of levels) {
      await db.caseEntry.create({
        data: {
          schoolId: other.id,
          pupilId: otherPupil.id,
          authorId: otherTrivsel.userId,
          authorRole: "TRIVSELSPERSON",
          kind: "NOTE",
          confidentiality: level,
          occurredOn: TODAY,
          details: { text: "other school" },
        },
      });
    }
  });

  it("the consent query finds exactly the pupils with valid forum consent today", async () => {
    const withConsent = await db.pupil.findMany({
      where: forumConsentWhere(TODAY),
      select: { id: true },
    });
    const expected = [...consentByPupil].filter(([, valid]) => valid).map(([id]) => id);
    expect(withConsent.map((pupil) => pupil.id).sort()).toEqual(expected.sort());
  });

  it("for every role, the database returns exactly the readable entries", async () => {
    const entries = await db.caseEntry.findMany();
    expect(entries.length).toBeGreaterThan(100);
    for (const actor of actors) {
      const fromDb = await db.caseEntry.findMany({
        where: caseEntryContentScope(actor, TODAY),
        select: { id: true },
      });
      const fromRule = entries.filter((entry) =>
        canReadEntryContent(actor, entry, {
          forumConsentActive: consentByPupil.get(entry.pupilId) ?? false,
        }),
      );
      expect(fromDb.map((entry) => entry.id).sort(), actor.roles.join("+")).toEqual(
        fromRule.map((entry) => entry.id).sort(),
      );
    }
  });
});

describe("pupilScope on the database", () => {
  it("gives a teacher the pupils of their own classes only, and nobody another school's", async () => {
    const school = await createSchool();
    const other = await createSchool();
    const mine = await createClass(school.id, { letter: "A" });
    const notMine = await createClass(school.id, { letter: "B" });
    const teacher = await createActor(school, ["TEACHER"]);
    await db.classTeacher.create({ data: { userId: teacher.userId, classId: mine.id } });
    const inMine = await createPupil(school.id, { classId: mine.id });
    await createPupil(school.id, { classId: notMine.id });
    await createPupil(other.id);

    const seen = await db.pupil.findMany({ where: pupilScope(teacher), select: { id: true } });
    expect(seen.map((pupil) => pupil.id)).toEqual([inMine.id]);

    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const all = await db.pupil.findMany({ where: pupilScope(trivsel), select: { schoolId: true } });
    expect(all).toHaveLength(2);
    expect(all.every((pupil) => pupil.schoolId === school.id)).toBe(true);
  });
});
