/**
 * A year of absence as Danish schools' administrative systems export it, one row per pupil per
 * day missed (docs/decisions/0020): most pupils miss 2–6 % of the school days, about one in ten
 * more than 10 %, a few more than 20 % (chronic absence). Illness far more often than authorised
 * leave, and that more often than unlawful absence, which clusters on Mondays and Fridays and
 * weighs more in the high-absence pupils. Illness comes in spells of a few days; now and then a
 * day is only partly missed (lessons). The register arrives by a daily import per school; a few
 * days are entered by hand by the trivselsperson. `--absence-rate-multiplier` scales every pupil's
 * rate.
 */
import { createHash } from "node:crypto";
import { isoDay } from "@/lib/dates";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";
import { AUTHORISED_REASONS, ILLNESS_REASONS, PARTLY_REASONS } from "../demo-content/absence";
import { atHour, streamOf, type Run, type SchoolModel } from "./context";
import type { Random } from "./random";

/** What the case work needs to know of a pupil's absence. */
export type AbsenceSummary = {
  /** Share of the year's school days missed. */
  rate: number;
  /** Share of the last 60 school days missed (the threshold window). */
  recentRate: number;
  days: number;
};

type Profile = { rate: number; kinds: readonly (readonly [AbsenceKind, number])[] };

/** A pupil's absence rate for the year and the mix of kinds, before the multiplier. */
function profileOf(random: Random): Profile {
  const roll = random.next();
  const mostly = [
    ["ILLNESS", 72],
    ["AUTHORISED", 20],
    ["UNAUTHORISED", 8],
  ] as const;
  if (roll < 0.05) return { rate: random.next() * 0.015, kinds: mostly };
  if (roll < 0.72) return { rate: 0.02 + random.next() * 0.04, kinds: mostly };
  if (roll < 0.9) return { rate: 0.06 + random.next() * 0.04, kinds: mostly };
  const high = [
    ["ILLNESS", 60],
    ["AUTHORISED", 15],
    ["UNAUTHORISED", 25],
  ] as const;
  if (roll < 0.975) return { rate: 0.1 + random.next() * 0.1, kinds: high };
  const chronic = [
    ["ILLNESS", 50],
    ["AUTHORISED", 10],
    ["UNAUTHORISED", 40],
  ] as const;
  return { rate: 0.2 + random.next() * 0.25, kinds: chronic };
}

const SPELL_LENGTHS = [
  [1, 50],
  [2, 25],
  [3, 15],
  [4, 6],
  [5, 4],
] as const;

/** Which of `dayCount` school days the pupil missed, and how (0: present). */
function absentDays(
  random: Random,
  days: Date[],
  profile: Profile,
  multiplier: number,
): Uint8Array {
  const kinds: AbsenceKind[] = ["ILLNESS", "AUTHORISED", "UNAUTHORISED"];
  const marks = new Uint8Array(days.length);
  const target = Math.round(Math.min(0.95, profile.rate * multiplier) * days.length);
  let missed = 0;
  for (let attempt = 0; missed < target && attempt < target * 20; attempt++) {
    const kind = random.weighted(profile.kinds);
    let start = random.int(0, days.length - 1);
    // Unlawful absence clusters on Mondays and Fridays.
    if (kind === "UNAUTHORISED" && ![1, 5].includes(days[start]!.getUTCDay()) && random.chance(0.6))
      start = random.int(0, days.length - 1);
    const length =
      kind === "ILLNESS" ? random.weighted(SPELL_LENGTHS) * (profile.rate > 0.2 ? 2 : 1) : 1;
    for (let day = start; day < Math.min(days.length, start + length) && missed < target; day++) {
      if (marks[day]) continue;
      marks[day] = kinds.indexOf(kind) + 1;
      missed++;
    }
  }
  return marks;
}

/** Writes every pupil's absence and the daily imports; returns each pupil's summary by id. */
export function writeAbsence(run: Run, school: SchoolModel): Map<string, AbsenceSummary> {
  const random = streamOf(run, school, "absence");
  const { writer, schoolDays } = run;
  const importIds = schoolDays.map((day) => random.uuid(atHour(day, 14)));
  const importRows = new Array<number>(schoolDays.length).fill(0);
  const summaries = new Map<string, AbsenceSummary>();
  const recentFrom = Math.max(0, schoolDays.length - 60);

  for (const pupil of school.pupils) {
    const profile = profileOf(random);
    if (!pupil.active) continue;
    const marks = absentDays(random, schoolDays, profile, run.absenceRateMultiplier);
    let days = 0;
    let recent = 0;
    marks.forEach((mark, index) => {
      if (!mark) return;
      days++;
      if (index >= recentFrom) recent++;
      const day = schoolDays[index]!;
      const kind = (["ILLNESS", "AUTHORISED", "UNAUTHORISED"] as const)[mark - 1]!;
      const partly = kind === "ILLNESS" && random.chance(0.08);
      const byHand = random.chance(0.03);
      if (!byHand) importRows[index]!++;
      writer.add("AbsenceRecord", {
        schoolId: school.id,
        pupilId: pupil.id,
        date: day,
        kind,
        lessons: partly ? random.int(1, 4) : null,
        parentsReason: partly
          ? random.pick(PARTLY_REASONS)
          : kind === "ILLNESS"
            ? random.pick(ILLNESS_REASONS)
            : kind === "AUTHORISED"
              ? random.pick(AUTHORISED_REASONS)
              : null,
        source: byHand ? "MANUAL" : "IMPORT",
        importId: byHand ? null : importIds[index]!,
        enteredById: byHand ? school.staff.TRIVSELSPERSON : null,
        createdAt: byHand ? atHour(day, 9 + random.next()) : atHour(day, 14),
      });
    });
    summaries.set(pupil.id, {
      rate: days / Math.max(1, schoolDays.length),
      recentRate: recent / Math.max(1, schoolDays.length - recentFrom),
      days,
    });
  }

  // The school's administrative system exports the day's register every afternoon.
  schoolDays.forEach((day, index) => {
    const fileName = `fravaer-${isoDay(day)}.csv`;
    writer.add("AbsenceImport", {
      id: importIds[index]!,
      schoolId: school.id,
      uploadedById: school.staff.ADMIN,
      fileName,
      fileHash: createHash("sha256").update(`${school.id}/${fileName}`).digest("hex"),
      rowCount: importRows[index]!,
      status: "IMPORTED",
      createdAt: atHour(day, 14),
    });
  });
  return summaries;
}
