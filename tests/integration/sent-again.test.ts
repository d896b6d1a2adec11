/**
 * A form sent twice creates one thing (docs/decisions/0040): the same concern, or the same entry
 * on a timeline, from the same person about the same pupil within ten minutes is the send before
 * it — one after the other (sent again) or at the same moment (a double click before the page's
 * JavaScript has loaded; forced here, as in concurrent-edits.test.ts). Different content, another person or a later send is a new one.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SENT_AGAIN_WINDOW_MS } from "@/lib/actions/sent-again";
import type { Actor } from "@/lib/auth/policy";
import { createCaseEntry } from "@/lib/case-entries/write";
import { createEntryInput } from "@/lib/case-entries/schemas";
import { raiseConcern } from "@/lib/concerns";
import { raiseConcernInput } from "@/lib/concerns/schemas";
import { db } from "@/lib/db/client";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { createActor, createPupil, createSchool } from "../support/factories";
import { raceBehindLock } from "../support/race";

const concern = (pupilId: string, description = "Sidder alene i alle frikvarterer i to uger.") =>
  raiseConcernInput.parse({ pupilId, categories: ["SOCIAL"], level: "YELLOW", description });

const note = (pupilId: string, text = "Samtale med eleven om frikvartererne.") =>
  createEntryInput.parse({
    kind: "NOTE",
    pupilId,
    occurredOn: isoDay(todayInDenmark()),
    confidentiality: "CASE",
    text,
  });

async function auditActions(pupilId: string, prefix: string): Promise<string[]> {
  const rows = await db.auditLog.findMany({
    where: { pupilId, action: { startsWith: prefix } },
    orderBy: { id: "asc" },
    select: { action: true },
  });
  return rows.map((row) => row.action);
}

/** What every send waits at: the table it looks for an earlier send in. */
const LOCK = (table: string) => `LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`;

function fulfilled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

describe("a form sent twice", () => {
  let trivsel: Actor;
  let colleague: Actor;
  let schoolId: string;
  let locker: pg.Client;

  afterAll(async () => {
    await locker.end();
  });

  beforeAll(async () => {
    locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    const school = await createSchool();
    schoolId = school.id;
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    colleague = await createActor(school, ["TRIVSELSPERSON"]);
  });

  it("raises one concern when the same one is sent again, and says so in the audit trail", async () => {
    const pupil = await createPupil(schoolId);
    const first = await raiseConcern(trivsel, concern(pupil.id));
    const again = await raiseConcern(trivsel, concern(pupil.id));
    expect(again.id).toBe(first.id);
    expect(await db.concern.count({ where: { pupilId: pupil.id } })).toBe(1);
    expect(await auditActions(pupil.id, "concern.create")).toEqual([
      "concern.create",
      "concern.create.sent-again",
    ]);
  });

  it("raises one concern when the same one is sent three times at once", async () => {
    const pupil = await createPupil(schoolId);
    // All three have found the pupil, and wait at the concerns; then they go on together.
    const sends = await raceBehindLock(locker, { sql: LOCK("Concern") }, () =>
      [1, 2, 3].map(() => raiseConcern(trivsel, concern(pupil.id))),
    );
    expect(new Set(sends.map((sent) => fulfilled(sent).id)).size).toBe(1);
    expect(await db.concern.count({ where: { pupilId: pupil.id } })).toBe(1);
  });

  it("raises a new concern for other words, from another person, or after ten minutes", async () => {
    const pupil = await createPupil(schoolId);
    const first = await raiseConcern(trivsel, concern(pupil.id));
    await raiseConcern(
      trivsel,
      concern(pupil.id, "Græder ofte i timerne og vil ikke sige hvorfor."),
    );
    await raiseConcern(colleague, concern(pupil.id));
    expect(await db.concern.count({ where: { pupilId: pupil.id } })).toBe(3);

    // Ten minutes and a second later, the same words are a concern of their own.
    await db.concern.update({
      where: { id: first.id },
      data: { createdAt: new Date(Date.now() - SENT_AGAIN_WINDOW_MS - 1000) },
    });
    const later = await raiseConcern(trivsel, concern(pupil.id));
    expect(later.id).not.toBe(first.id);
    expect(await db.concern.count({ where: { pupilId: pupil.id } })).toBe(4);
  });

  it("writes one entry on the timeline when the same one is sent twice, at once or after", async () => {
    const pupil = await createPupil(schoolId);
    const sends = await raceBehindLock(locker, { sql: LOCK("CaseEntry") }, () =>
      [1, 2].map(() => createCaseEntry(trivsel, note(pupil.id))),
    );
    const again = await createCaseEntry(trivsel, note(pupil.id));
    expect(new Set([...sends.map(fulfilled), again].map((sent) => sent.id)).size).toBe(1);
    expect(await db.caseEntry.count({ where: { pupilId: pupil.id } })).toBe(1);
    expect(await auditActions(pupil.id, "case-entry.create")).toEqual([
      "case-entry.create",
      "case-entry.create.sent-again",
      "case-entry.create.sent-again",
    ]);

    // Another text, or the same by a colleague, is an entry of its own.
    await createCaseEntry(trivsel, note(pupil.id, "Ringede til mor; hun kommer torsdag."));
    await createCaseEntry(colleague, note(pupil.id));
    expect(await db.caseEntry.count({ where: { pupilId: pupil.id } })).toBe(3);
  });
});
