/**
 * Several people saving the same record at once, from forms read at the same version: exactly one
 * save wins, every other one is refused as stale (and told so in words), and nothing of the losing
 * saves lands — no half-applied change, no audit line for a change that did not happen.
 *
 * The race is forced, not hoped for: a separate connection holds the record's row lock while the
 * saves are fired, the test waits until every one of them has read the record (at version 1) and
 * is blocked at its UPDATE, then releases the lock, so all of them compete for the same version.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createEntryInput, updateEntryInput } from "@/lib/case-entries/schemas";
import { createCaseEntry, updateCaseEntry } from "@/lib/case-entries/write";
import { manageConcern, raiseConcern } from "@/lib/concerns";
import { manageConcernInput, raiseConcernInput } from "@/lib/concerns/schemas";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { StaleVersionError } from "@/lib/errors";
import { createTranslator, messagesFor } from "@/lib/i18n";
import { createActor, createPupil, createSchool } from "../support/factories";
import { raceBehindLock } from "../support/race";

/** Below the pool's 10 connections, so every save really holds a connection at the same time. */
const SAVES = 8;

let trivsel: Actor;
let pupilId: string;
let locker: pg.Client;

beforeAll(async () => {
  const school = await createSchool();
  trivsel = await createActor(school, ["TRIVSELSPERSON"]);
  pupilId = (await createPupil(school.id)).id;
  locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await locker.connect();
});

afterAll(async () => {
  await locker.end();
});

/** Runs `saves` while `table`'s row `id` is locked; releases it once all of them wait for it. */
function raceOnLockedRow<T>(table: string, id: string, saves: () => Promise<T>[]) {
  // Every save has read the record and then waits for the lock at its UPDATE.
  return raceBehindLock(
    locker,
    { sql: `SELECT 1 FROM "${table}" WHERE id = $1 FOR UPDATE`, params: [id] },
    saves,
  );
}

function expectOneWinner<T>(results: PromiseSettledResult<T>[]) {
  const won = results.filter((result) => result.status === "fulfilled");
  const lost = results.filter((result) => result.status === "rejected");
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(SAVES - 1);
  for (const result of lost) expect(result.reason).toBeInstanceOf(StaleVersionError);
}

describe("concurrent edits of the same record", () => {
  it("a concern: one status change wins, the others are stale, one audit line", async () => {
    const { id } = await raiseConcern(
      trivsel,
      raiseConcernInput.parse({
        pupilId,
        categories: ["SOCIAL"],
        level: "YELLOW",
        description: "Sidder alene i alle frikvarterer.",
      }),
    );
    const statuses = ["IN_PROGRESS", "ON_FORUM", "CLOSED"] as const;
    const results = await raceOnLockedRow("Concern", id, () =>
      Array.from({ length: SAVES }, (_, index) =>
        manageConcern(
          trivsel,
          manageConcernInput.parse({ id, version: "1", status: statuses[index % 3] }),
        ),
      ),
    );

    expectOneWinner(results);
    const stored = await db.concern.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    const winner = results.findIndex((result) => result.status === "fulfilled");
    expect(stored.status).toBe(statuses[winner % 3]);
    expect(await db.auditLog.count({ where: { action: "concern.update", entityId: id } })).toBe(1);
  });

  it("a case entry: one edit wins, the others are stale, one revision in the history", async () => {
    const today = isoDay(todayInDenmark());
    const form = { kind: "NOTE", pupilId, occurredOn: today, confidentiality: "CASE" };
    const { id } = await createCaseEntry(
      trivsel,
      createEntryInput.parse({ ...form, text: "Første udgave" }),
    );
    const results = await raceOnLockedRow("CaseEntry", id, () =>
      Array.from({ length: SAVES }, (_, index) =>
        updateCaseEntry(
          trivsel,
          updateEntryInput.parse({ ...form, id, version: "1", text: `Udgave fra nr. ${index}` }),
        ),
      ),
    );

    expectOneWinner(results);
    const winner = results.findIndex((result) => result.status === "fulfilled");
    const stored = await db.caseEntry.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    expect(stored.details).toEqual({ text: `Udgave fra nr. ${winner}` });
    expect(await db.caseEntryRevision.count({ where: { caseEntryId: id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "case-entry.update", entityId: id } })).toBe(
      1,
    );
  });

  it("tells the losers in words what happened and what to do", () => {
    const t = createTranslator(messagesFor("da"));
    expect(t("common.errors.stale")).toMatch(/ændret .* imens/);
  });
});
