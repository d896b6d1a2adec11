/**
 * Every audited read of pupil data names its purpose (DESIGN.md §8, docs/decisions/0024), so
 * the pupil and the guardians can be told who looked and why. Three locks, each tested here:
 * the read helpers refuse to read without a purpose from the catalogue (fail closed); every
 * place in the code that writes a read row names a read action, which the database then holds
 * to the rule; and PostgreSQL refuses a read row without a purpose. The access report says the
 * purpose in Danish, with the reason the user gave for an emergency access.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditedRead, recordPupilReads, type ReadEvent } from "@/lib/audit";
import { AUDIT_PURPOSES, READ_ACTION } from "@/lib/audit/purposes";
import { db } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n";
import { searchPupilsForPrivacy } from "@/lib/privacy/access-report";
import { searchPupilRecords } from "@/lib/pupils/search";
import { createActor, createPupil, createSchool } from "../support/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The read rows' actions written anywhere in the code: the first `action:` of each helper call. */
function readSites(): { file: string; action: string }[] {
  const files = ["lib", "app"].flatMap((dir) =>
    (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
      .map((file) => path.join(dir, file).split(path.sep).join("/"))
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith(".test.ts"))
      .filter((file) => !file.startsWith("lib/generated/") && file !== "lib/audit/index.ts"),
  );
  const call =
    /\b(auditedRead|auditedPupilRead|recordPupilReads)\(([\s\S]{0,400}?)action:\s*"([^"]+)"/g;
  return files.flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), "utf8").matchAll(call)].map((match) => ({
      file,
      action: match[3]!,
    })),
  );
}

/** Rows a write stores per pupil it touched (not a read of their data): named as the write. */
const PER_PUPIL_WRITE_ROWS = new Set(["absence.import.pupil"]);

describe("the purpose of every read", () => {
  it("every read site in the code names a read action, which the database's rule covers", () => {
    const sites = readSites();
    expect(sites.length).toBeGreaterThan(30);
    const escaping = sites.filter(
      ({ action }) => !READ_ACTION.test(action) && !PER_PUPIL_WRITE_ROWS.has(action),
    );
    expect(escaping).toEqual([]);
  });

  it("PostgreSQL refuses a read row without a purpose, and nothing else", async () => {
    const school = await createSchool();
    const pupil = await createPupil(school.id);
    const row = { schoolId: school.id, pupilId: pupil.id };
    for (const action of ["pupil.read", "concern.list", "pupil.search", "dashboard.export"]) {
      await expect(db.auditLog.create({ data: { ...row, action } })).rejects.toThrow(
        /audit_log_read_needs_purpose/,
      );
    }
    // A write, a refusal, and a read with its purpose are written as before.
    await db.auditLog.create({ data: { ...row, action: "concern.create" } });
    await db.auditLog.create({ data: { ...row, action: "pupil.read", outcome: "DENIED" } });
    await db.auditLog.create({ data: { ...row, action: "pupil.read", purpose: "case-work" } });
    expect(await db.auditLog.count({ where: { pupilId: pupil.id } })).toBe(3);
  });

  it("a read without a known purpose reads nothing (fail closed)", async () => {
    const school = await createSchool();
    const actor = await createActor(school, ["TRIVSELSPERSON"]);
    const pupil = await createPupil(school.id);
    let read = false;
    const without = { action: "pupil.read", pupilId: pupil.id } as ReadEvent;
    await expect(
      auditedRead(actor, without, async () => {
        read = true;
      }),
    ).rejects.toThrow(/purpose/);
    await expect(
      recordPupilReads(
        db,
        actor,
        { action: "worklist.read", purpose: "nysgerrighed" } as unknown as ReadEvent,
        [pupil.id],
      ),
    ).rejects.toThrow(/purpose/);
    expect(read).toBe(false);
    expect(await db.auditLog.count({ where: { pupilId: pupil.id } })).toBe(0);
  });

  it("a search names its purpose and its criterion, never who was found", async () => {
    const school = await createSchool();
    const leader = await createActor(school, ["LEADERSHIP"]);
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    await createPupil(school.id, { firstName: "Asta", lastName: "Holm" });
    expect(await searchPupilRecords(trivsel, { q: "Asta" })).toHaveLength(1);
    expect(await searchPupilsForPrivacy(leader, "Holm")).toHaveLength(1);
    const rows = await db.auditLog.findMany({
      where: { action: { endsWith: ".search" }, schoolId: school.id },
      orderBy: { id: "asc" },
      select: { action: true, purpose: true, pupilId: true, details: true },
    });
    expect(rows).toEqual([
      {
        action: "pupil.search",
        purpose: "pupil-search",
        pupilId: null,
        details: expect.objectContaining({ q: "Asta" }),
      },
      {
        action: "privacy.pupil.search",
        purpose: "data-protection",
        pupilId: null,
        details: { q: "Holm" },
      },
    ]);
  });

  it("every purpose has its words in Danish and English", () => {
    for (const locale of ["da", "en"] as const) {
      const purposes = messagesFor(locale).privacy.purposes as Record<string, string>;
      for (const purpose of AUDIT_PURPOSES) {
        expect(purposes[purpose.replace(/-/g, "_")], `${locale}: ${purpose}`).toMatch(/\S/);
      }
    }
  });
});
