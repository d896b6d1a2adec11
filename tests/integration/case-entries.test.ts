/**
 * The pupil's timeline on a real database, role by role (DESIGN.md §3): what each role sees of
 * the same pupil, edits with history and optimistic locking, bad input, other schools.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { getEntryForEdit, getEntryHistory, getFamilyPage } from "@/lib/case-entries/entry";
import { createEntryInput, updateEntryInput } from "@/lib/case-entries/schemas";
import { getPupilRecord, type TimelineEntry } from "@/lib/case-entries/timeline";
import { completeFollowUp, createCaseEntry, updateCaseEntry } from "@/lib/case-entries/write";
import { db } from "@/lib/db/client";
import { addWorkingDays } from "@/lib/calendar/public-holidays";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  counts,
  createActor,
  createCaseEntry as createEntryRow,
  createPupil,
  createSchool,
} from "../support/factories";

const today = isoDay(todayInDenmark());
const SENTINEL = {
  CASE: "SENTINEL-CASE-7f3a",
  FORUM: "SENTINEL-FORUM-1b9c",
  NURSE: "SENTINEL-NURSE-5d2e",
  PRIVATE: "SENTINEL-PRIVATE-8a41",
  PPR: "SENTINEL-PPR-c3f0",
};

type Cast = Record<
  | "trivsel"
  | "leader"
  | "ppr"
  | "nurse"
  | "otherNurse"
  | "counsellor"
  | "ssp"
  | "teacher"
  | "admin"
  | "otherSchool",
  Actor
>;

async function note(actor: Actor, pupilId: string, confidentiality: string, text: string) {
  return createCaseEntry(
    actor,
    createEntryInput.parse({ kind: "NOTE", pupilId, occurredOn: today, confidentiality, text }),
  );
}

function readableTexts(entries: TimelineEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.readable && entry.content?.kind === "NOTE" ? [entry.content.details.text] : [],
  );
}

describe("the pupil's timeline, role by role", () => {
  let cast: Cast;
  let pupilId: string;

  beforeAll(async () => {
    const school = await createSchool();
    const other = await createSchool();
    const at = (roles: Role[]) => createActor(school, roles);
    cast = {
      trivsel: await at(["TRIVSELSPERSON"]),
      leader: await at(["LEADERSHIP"]),
      ppr: await at(["PPR"]),
      nurse: await at(["HEALTH_NURSE"]),
      otherNurse: await at(["HEALTH_NURSE"]),
      counsellor: await at(["FAMILY_COUNSELLOR"]),
      ssp: await at(["SSP"]),
      teacher: await at(["TEACHER"]),
      admin: await at(["ADMIN"]),
      otherSchool: await createActor(other, ["TRIVSELSPERSON"]),
    };
    pupilId = (await createPupil(school.id)).id;
    await note(cast.trivsel, pupilId, "CASE", SENTINEL.CASE);
    await note(cast.trivsel, pupilId, "FORUM", SENTINEL.FORUM);
    await note(cast.nurse, pupilId, "PROFESSION", SENTINEL.NURSE);
    await note(cast.nurse, pupilId, "PRIVATE", SENTINEL.PRIVATE);
    await note(cast.ppr, pupilId, "PROFESSION", SENTINEL.PPR);
  });

  const expectations: [keyof Cast, string[]][] = [
    ["trivsel", [SENTINEL.CASE, SENTINEL.FORUM]],
    ["nurse", [SENTINEL.NURSE, SENTINEL.PRIVATE]],
    ["otherNurse", [SENTINEL.NURSE]],
    ["ppr", [SENTINEL.PPR]],
    ["leader", []],
    ["counsellor", []],
    ["ssp", []],
  ];

  it.each(expectations)(
    "%s reads exactly its entries without forum consent, and sees that the others exist",
    async (who, readable) => {
      const { entries } = await getPupilRecord(cast[who], pupilId);
      expect(entries).toHaveLength(5);
      expect(readableTexts(entries).sort()).toEqual([...readable].sort());
      // Nothing the role may not read is anywhere in what reaches the page.
      const payload = JSON.stringify(entries);
      for (const sentinel of Object.values(SENTINEL).filter((value) => !readable.includes(value))) {
        expect(payload).not.toContain(sentinel);
      }
    },
  );

  it("opens FORUM entries to the forum members while consent covers the forum, and closes them when it is withdrawn", async () => {
    const consent = await db.consent.create({
      data: {
        schoolId: cast.trivsel.schoolId,
        pupilId,
        recordedById: cast.trivsel.userId,
        decision: "GIVEN",
        form: "WRITTEN",
        givenOn: addDays(todayInDenmark(), -10),
        scopes: ["FORUM"],
        purpose: "Drøftelse i Trivselsforum",
        validFrom: addDays(todayInDenmark(), -10),
        validUntil: addDays(todayInDenmark(), 100),
      },
    });
    for (const who of ["leader", "ppr", "nurse", "counsellor", "ssp"] as const) {
      expect(readableTexts((await getPupilRecord(cast[who], pupilId)).entries), who).toContain(
        SENTINEL.FORUM,
      );
    }
    // The nurse's profession note stays hers, consent or not.
    expect(readableTexts((await getPupilRecord(cast.leader, pupilId)).entries)).not.toContain(
      SENTINEL.NURSE,
    );
    expect(readableTexts((await getPupilRecord(cast.trivsel, pupilId)).entries)).not.toContain(
      SENTINEL.NURSE,
    );

    await db.consent.create({
      data: {
        schoolId: cast.trivsel.schoolId,
        pupilId,
        recordedById: cast.trivsel.userId,
        decision: "GIVEN",
        form: "WRITTEN",
        givenOn: consent.givenOn,
        scopes: ["FORUM"],
        purpose: consent.purpose,
        validFrom: consent.validFrom,
        validUntil: consent.validUntil,
        withdrawnOn: todayInDenmark(),
        supersedesId: consent.id,
      },
    });
    expect(readableTexts((await getPupilRecord(cast.ppr, pupilId)).entries)).not.toContain(
      SENTINEL.FORUM,
    );
  });

  it("keeps teachers, administrators and other schools out of the record altogether", async () => {
    for (const who of ["teacher", "admin", "otherSchool"] as const) {
      await expect(getPupilRecord(cast[who], pupilId), who).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("writes an audit row for every opening of the record", async () => {
    const before = await db.auditLog.count({
      where: { pupilId, action: "pupil.read", actorId: cast.leader.userId },
    });
    await getPupilRecord(cast.leader, pupilId);
    expect(
      await db.auditLog.count({
        where: { pupilId, action: "pupil.read", actorId: cast.leader.userId },
      }),
    ).toBe(before + 1);
  });
});

describe("writing on the timeline", () => {
  let trivsel: Actor;
  let nurse: Actor;
  let pupilId: string;
  let otherPupilId: string;

  beforeAll(async () => {
    const school = await createSchool();
    const other = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    nurse = await createActor(school, ["HEALTH_NURSE"]);
    pupilId = (await createPupil(school.id)).id;
    otherPupilId = (await createPupil(other.id)).id;
  });

  const absenceForm = (overrides: Record<string, unknown> = {}) => ({
    kind: "ABSENCE_FOLLOW_UP",
    pupilId,
    occurredOn: today,
    confidentiality: "CASE",
    periodFrom: isoDay(addDays(todayInDenmark(), -30)),
    periodTo: today,
    absencePercent: "18.5",
    contacts: ["PHONE", "HOME_VISIT"],
    parentsReason: "Mor fortæller om mavepine om morgenen.",
    outcome: "Aftalt hjemmebesøg igen om en uge.",
    ...overrides,
  });

  it("logs an absence follow-up with a home visit", async () => {
    const { id } = await createCaseEntry(trivsel, createEntryInput.parse(absenceForm()));
    const stored = await db.caseEntry.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      kind: "ABSENCE_FOLLOW_UP",
      authorRole: "TRIVSELSPERSON",
      confidentiality: "CASE",
    });
    expect(stored.details).toMatchObject({
      contacts: ["PHONE", "HOME_VISIT"],
      absencePercent: 18.5,
    });
    expect(
      await db.auditLog.findFirst({
        where: { action: "case-entry.create", entityId: id, pupilId },
      }),
    ).not.toBeNull();
  });

  it.each([
    [{ contacts: [] }, "contacts"],
    [{ absencePercent: "140" }, "absencePercent"],
    [{ periodFrom: today, periodTo: isoDay(addDays(todayInDenmark(), -3)) }, "periodTo"],
    [{ outcome: "  " }, "outcome"],
    [{ occurredOn: isoDay(addDays(todayInDenmark(), 2)) }, "occurredOn"],
    [{ confidentiality: "EVERYONE" }, "confidentiality"],
    [{ kind: "GOSSIP" }, "kind"],
  ])("refuses %o on %s and writes nothing", async (overrides, field) => {
    const before = await counts();
    const parsed = createEntryInput.safeParse(absenceForm(overrides));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.flatMap((issue) => issue.path.map(String))).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("refuses what the author's role may not write, and another school's pupil", async () => {
    const entriesBefore = await db.caseEntry.count();
    await expect(
      createCaseEntry(nurse, createEntryInput.parse(absenceForm())),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createCaseEntry(
        nurse,
        createEntryInput.parse({
          kind: "NOTE",
          pupilId,
          occurredOn: today,
          confidentiality: "CASE",
          text: "x",
        }),
      ),
    ).rejects.toBeInstanceOf(DomainValidationError);
    await expect(
      createCaseEntry(trivsel, createEntryInput.parse(absenceForm({ pupilId: otherPupilId }))),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.caseEntry.count()).toBe(entriesBefore);
  });

  it("keeps the history of an edit and refuses a stale one", async () => {
    const { id } = await createCaseEntry(
      trivsel,
      createEntryInput.parse({
        kind: "NOTE",
        pupilId,
        occurredOn: today,
        confidentiality: "CASE",
        text: "Første udgave",
      }),
    );
    const edit = (text: string, version: number) =>
      updateEntryInput.parse({
        id,
        version: String(version),
        kind: "NOTE",
        pupilId,
        occurredOn: today,
        confidentiality: "CASE",
        text,
      });

    await updateCaseEntry(trivsel, edit("Anden udgave", 1));
    await expect(updateCaseEntry(trivsel, edit("Samtidig ændring", 1))).rejects.toBeInstanceOf(
      StaleVersionError,
    );

    const stored = await db.caseEntry.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    expect(stored.details).toEqual({ text: "Anden udgave" });
    const history = await getEntryHistory(trivsel, pupilId, id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      version: 1,
      content: { kind: "NOTE", details: { text: "Første udgave" } },
    });
  });

  it("lets only the author edit", async () => {
    const colleague = await createActor(
      { id: trivsel.schoolId, name: trivsel.schoolName, municipalityId: trivsel.municipalityId },
      ["TRIVSELSPERSON"],
    );
    const { id } = await createCaseEntry(
      trivsel,
      createEntryInput.parse({
        kind: "NOTE",
        pupilId,
        occurredOn: today,
        confidentiality: "CASE",
        text: "Min",
      }),
    );
    await expect(getEntryForEdit(colleague, pupilId, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateCaseEntry(
        colleague,
        updateEntryInput.parse({
          id,
          version: "1",
          kind: "NOTE",
          pupilId,
          occurredOn: today,
          confidentiality: "CASE",
          text: "Din",
        }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.caseEntry.findUniqueOrThrow({ where: { id } })).details).toEqual({
      text: "Min",
    });
  });

  it("completes a follow-up once", async () => {
    const { id } = await createCaseEntry(
      trivsel,
      createEntryInput.parse({
        kind: "NOTE",
        pupilId,
        occurredOn: today,
        confidentiality: "CASE",
        text: "Ring til far",
        followUpOn: isoDay(addDays(todayInDenmark(), 3)),
      }),
    );
    expect((await db.caseEntry.findUniqueOrThrow({ where: { id } })).followUpOwnerId).toBe(
      trivsel.userId,
    );
    await completeFollowUp(trivsel, { id, version: 1 });
    await expect(completeFollowUp(trivsel, { id, version: 1 })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect((await db.caseEntry.findUniqueOrThrow({ where: { id } })).followUpDoneAt).not.toBeNull();
  });

  it("records a notification with the receipt due within 6 working days, never gated by consent", async () => {
    const { id } = await createCaseEntry(
      nurse,
      createEntryInput.parse({
        kind: "NOTIFICATION",
        pupilId,
        occurredOn: "2026-11-20",
        confidentiality: "PROFESSION",
        reason: "Eleven fortæller om slag derhjemme.",
        parentsNotInformedWhy: "Mistanke om vold i hjemmet.",
      }),
    );
    const notification = await db.notification.findUniqueOrThrow({ where: { caseEntryId: id } });
    // Friday 20 November 2026 + 6 working days = Monday 30 November.
    expect(isoDay(notification.receiptDueOn)).toBe("2026-11-30");
    expect(notification).toMatchObject({
      parentsInformed: false,
      parentsNotInformedWhy: "Mistanke om vold i hjemmet.",
    });
    expect(isoDay(addWorkingDays(new Date("2026-11-23T00:00:00Z"), 1))).toBe("2026-11-24");
    expect(
      createEntryInput.safeParse({
        kind: "NOTIFICATION",
        pupilId,
        occurredOn: today,
        confidentiality: "PROFESSION",
        reason: "x",
      }).success,
    ).toBe(false);
  });

  it("prints the family page with the agreements and nothing of the school's notes", async () => {
    const { id } = await createCaseEntry(
      trivsel,
      createEntryInput.parse({
        kind: "SCHOOL_HOME_CONVERSATION",
        pupilId,
        occurredOn: today,
        confidentiality: "CASE",
        participants: "Emma, mor, klasselærer, trivselsperson",
        pupilPerspective: "INTERN-SENTINEL: Emma er bange for frikvartererne.",
        schoolPerspective: "INTERN-SENTINEL-2",
        agreements: "Emma møder kl. 8 og går direkte til Mette.",
        responsibilities: "Mor kører Emma i skole. Mette tager imod.",
        followUpHow: "Telefonsamtale med mor",
        tovholder: "Mette Lund, trivselsperson",
        followUpOn: isoDay(addDays(todayInDenmark(), 14)),
      }),
    );
    const page = await getFamilyPage(trivsel, pupilId, id);
    expect(page).toMatchObject({
      agreements: "Emma møder kl. 8 og går direkte til Mette.",
      tovholder: "Mette Lund, trivselsperson",
    });
    expect(JSON.stringify(page)).not.toContain("INTERN-SENTINEL");
    await expect(getFamilyPage(nurse, pupilId, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a long timeline", () => {
  it("shows the newest entries, says how many there are, and reaches an old one it is asked for", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const nurse = await createActor(school, ["HEALTH_NURSE"]);
    const pupil = await createPupil(school.id);
    const day = (back: number) => addDays(todayInDenmark(), -back);
    // 12 entries, one a day back from today; the oldest is the health nurse's own note.
    for (let back = 0; back < 11; back++)
      await createEntryRow(school.id, pupil.id, trivsel, {
        text: `E${back}`,
        occurredOn: day(back),
      });
    const oldest = await createEntryRow(school.id, pupil.id, nurse, {
      text: "E11",
      occurredOn: day(11),
      confidentiality: "PROFESSION",
      authorRole: "HEALTH_NURSE",
    });

    const first = await getPupilRecord(trivsel, pupil.id, { limit: 5 });
    expect(first.total).toBe(12);
    expect(first.entries.map((entry) => entry.occurredOn)).toEqual(
      [0, 1, 2, 3, 4].map((back) => isoDay(day(back))),
    );
    // The nurse's note is out of sight, and not readable to the trivselsperson: still said.
    expect(first.restricted).toEqual(["PROFESSION"]);

    const down = await getPupilRecord(trivsel, pupil.id, { limit: 5, include: oldest.id });
    expect(down.entries).toHaveLength(12);
    expect(down.entries.at(-1)).toMatchObject({ id: oldest.id, readable: false });

    const all = await getPupilRecord(nurse, pupil.id);
    expect(all.entries).toHaveLength(12);
    expect(all.entries.at(-1)).toMatchObject({ id: oldest.id, readable: true });
    expect(all.restricted).toEqual(["CASE"]);
  });
});
