import { describe, expect, it } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n";
import { conferenceSeason, defaultConferenceTitle } from "./title";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the default title of a class conference", () => {
  it.each([
    ["2026-08-01", "autumn"],
    ["2026-10-07", "autumn"],
    ["2026-12-31", "autumn"],
    ["2027-01-01", "spring"],
    ["2027-07-31", "spring"],
  ] as const)("%s is in the %s", (iso, season) => {
    expect(conferenceSeason(day(iso))).toBe(season);
  });

  it("names the season and the calendar year, in Danish and English", () => {
    expect(defaultConferenceTitle(day("2026-10-07"), createTranslator(messagesFor("da")))).toBe(
      "Klassekonference efterår 2026",
    );
    expect(defaultConferenceTitle(day("2027-03-02"), createTranslator(messagesFor("da")))).toBe(
      "Klassekonference forår 2027",
    );
    expect(defaultConferenceTitle(day("2026-10-07"), createTranslator(messagesFor("en")))).toBe(
      "Class conference autumn 2026",
    );
  });
});
