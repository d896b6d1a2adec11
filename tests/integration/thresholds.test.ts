import { describe, expect, it } from "vitest";
import { getThresholds, saveThresholds, thresholdsInput } from "@/lib/admin/thresholds";
import { ForbiddenError } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { StaleVersionError } from "@/lib/errors";
import { createActor, createSchool } from "../support/factories";

const form = (overrides: Record<string, string> = {}) => ({
  version: "1",
  unauthorisedWarningPct: "10",
  unauthorisedNotifyPct: "15",
  patternDays: "15",
  patternWindowDays: "60",
  consecutiveDays: "5",
  ...overrides,
});

describe("absence thresholds per school", () => {
  it("starts at the Danish defaults and saves a change, versioned", async () => {
    const school = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    expect(await getThresholds(admin)).toMatchObject({
      unauthorisedWarningPct: 10,
      unauthorisedNotifyPct: 15,
      patternDays: 15,
      patternWindowDays: 60,
      consecutiveDays: 5,
    });
    await saveThresholds(admin, thresholdsInput.parse(form({ patternDays: "12" })));
    await expect(
      saveThresholds(admin, thresholdsInput.parse(form({ patternDays: "11" }))),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      await db.thresholdSettings.findUniqueOrThrow({ where: { schoolId: school.id } }),
    ).toMatchObject({ patternDays: 12, version: 2 });
  });

  it.each([
    [{ unauthorisedNotifyPct: "8" }, "unauthorisedNotifyPct"],
    [{ patternDays: "70" }, "patternDays"],
    [{ consecutiveDays: "0" }, "consecutiveDays"],
    [{ unauthorisedWarningPct: "ti" }, "unauthorisedWarningPct"],
  ])("refuses %o on %s", (overrides, field) => {
    const parsed = thresholdsInput.safeParse(form(overrides));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("is for the administrator, and only of the active school", async () => {
    const school = await createSchool();
    const other = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    await expect(getThresholds(trivsel)).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await createActor(school, ["ADMIN"]);
    await saveThresholds(admin, thresholdsInput.parse(form({ patternDays: "9" })));
    expect(
      (await db.thresholdSettings.findUniqueOrThrow({ where: { schoolId: other.id } })).patternDays,
    ).toBe(15);
  });
});
