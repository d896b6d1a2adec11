import { beforeAll, describe, expect, it } from "vitest";
import { checkAbsenceFile, importAbsenceFile } from "@/lib/absence/import";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { PUBLIC_HOLIDAYS_ONLY } from "@/lib/calendar/school-calendar";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { DomainValidationError } from "@/lib/errors";
import { createActor, createPupil, createSchool } from "../support/factories";

/**
 * The n-th most recent school day before today (the test schools have no holidays of their own:
 * weekdays without public holidays), as "dd-mm-yyyy" (how Danish exports write it).
 */
function schoolDay(n: number): { iso: string; danish: string } {
  let day = addDays(todayInDenmark(), -1);
  for (let found = 0; ; day = addDays(day, -1)) {
    if (PUBLIC_HOLIDAYS_ONLY.isSchoolDay(day) && found++ === n) break;
  }
  const iso = isoDay(day);
  return { iso, danish: `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` };
}

describe("absence import", () => {
  let trivsel: Actor;
  let schoolId: string;

  beforeAll(async () => {
    const school = await createSchool();
    const other = await createSchool();
    schoolId = school.id;
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    await createPupil(school.id, { externalId: "E1001" });
    await createPupil(school.id, { externalId: "E1002" });
    await createPupil(other.id, { externalId: "E9999" });
  });

  const good = () =>
    [
      "elevnummer;dato;type;lektioner",
      `E1001;${schoolDay(0).danish};syg;`,
      `E1001;${schoolDay(1).iso};ulovligt;2`,
      `E1002;${schoolDay(0).danish};lovligt;`,
    ].join("\r\n");

  it("reports every bad row with its line and reason, and imports nothing", async () => {
    const text = [
      "elevnummer;dato;type",
      `E1001;${schoolDay(0).iso};syg`,
      `E1001;32-13-2026;syg`,
      `E1002;${schoolDay(2).iso};pjækket`,
      `E9999;${schoolDay(2).iso};syg`,
      `;${schoolDay(2).iso};syg`,
      `E1002;${isoDay(addDays(todayInDenmark(), 10))};syg`,
    ].join("\n");
    const report = await checkAbsenceFile(trivsel, { name: "fravær.csv", text });
    expect(report.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [3, "absence.import.errors.date"],
      [4, "absence.import.errors.kind"],
      [5, "absence.import.errors.unknownPupil"],
      [6, "absence.import.errors.noPupil"],
      [7, "absence.import.errors.future"],
    ]);
    // Another school's pupil number is unknown here.
    expect(report.unknownPupils).toEqual(["E9999"]);
    await expect(
      importAbsenceFile(trivsel, { name: "fravær.csv", text, checkedHash: report.fileHash }),
    ).rejects.toBeInstanceOf(DomainValidationError);
    expect(await db.absenceRecord.count({ where: { schoolId } })).toBe(0);
    expect(await db.absenceImport.count()).toBe(0);
  });

  it("refuses a file without the needed columns", async () => {
    const report = await checkAbsenceFile(trivsel, {
      name: "x.csv",
      text: "navn,klasse\nAnna,5.A",
    });
    expect(report.fileProblem).toBe("absence.import.errors.header");
  });

  it("imports a good file, all of it, and a second import changes nothing", async () => {
    const text = good();
    const report = await checkAbsenceFile(trivsel, { name: "oktober.csv", text });
    expect(report).toMatchObject({
      problemCount: 0,
      days: 3,
      pupils: 2,
      newDays: 3,
      changedDays: 0,
      alreadyImported: false,
    });
    expect(await db.absenceRecord.count({ where: { schoolId } })).toBe(0);

    const result = await importAbsenceFile(trivsel, {
      name: "oktober.csv",
      text,
      checkedHash: report.fileHash,
    });
    expect(result.written).toBe(3);
    const records = await db.absenceRecord.findMany({
      where: { schoolId },
      orderBy: [{ date: "asc" }],
    });
    expect(records.map((record) => [record.kind, record.lessons, record.source])).toEqual(
      expect.arrayContaining([
        ["ILLNESS", null, "IMPORT"],
        ["UNAUTHORISED", 2, "IMPORT"],
        ["AUTHORISED", null, "IMPORT"],
      ]),
    );
    expect(await db.auditLog.count({ where: { action: "absence.import.pupil" } })).toBe(2);

    const before = await db.absenceRecord.findMany({ orderBy: { id: "asc" } });
    const again = await checkAbsenceFile(trivsel, { name: "oktober.csv", text });
    expect(again).toMatchObject({
      alreadyImported: true,
      newDays: 0,
      changedDays: 0,
      unchangedDays: 3,
    });
    expect(
      (await importAbsenceFile(trivsel, { name: "oktober.csv", text, checkedHash: again.fileHash }))
        .written,
    ).toBe(0);
    expect(await db.absenceRecord.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.absenceImport.count()).toBe(1);
  });

  it("expands a period into its school days and refuses a file changed since it was checked", async () => {
    const text = `elevnummer,fra,til,type\nE1002,${schoolDay(9).iso},${schoolDay(5).iso},syg`;
    const report = await checkAbsenceFile(trivsel, { name: "periode.csv", text });
    expect(report.days).toBe(5);
    await expect(
      importAbsenceFile(trivsel, {
        name: "periode.csv",
        text: `${text}\n`,
        checkedHash: report.fileHash,
      }),
    ).rejects.toBeInstanceOf(DomainValidationError);
  });

  it("is refused to roles that do not import", async () => {
    const teacher = await createActor(
      { id: schoolId, name: "x", municipalityId: trivsel.municipalityId },
      ["TEACHER"],
    );
    await expect(checkAbsenceFile(teacher, { name: "x.csv", text: good() })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
