/**
 * Consent registers as the app keeps them (lib/consent/register.ts): versions never edited in
 * place, each change a new row that supersedes the previous one. Most consents are given in
 * writing for a year or to the end of the school year, covering the forum and often PPR or the
 * health nurse; some are later widened, some withdrawn by a guardian, some have run out, a few
 * were refused. Only guardians with parental authority consent.
 */
import { addDays } from "@/lib/dates";
import type { ConsentScope } from "@/lib/generated/prisma/enums";
import { duringWorkday, type PupilModel, type Run, type SchoolModel } from "./context";
import type { Random } from "./random";
import { CONSENT_PURPOSE, EXTERNAL_PARTNERS, ORAL_NOTES, PUPIL_VIEWS } from "./texts";

export type ConsentVersion = {
  id: string;
  given: boolean;
  scopes: ConsentScope[];
  validFrom: Date;
  validUntil: Date;
  withdrawn: boolean;
  createdAt: Date;
};

/**
 * Whether the pupil's consent, as registered at `asOf`, covers the forum on `day` — the app's
 * gate (validForumConsentWhere) applied to the version current at that moment.
 */
export function forumConsentOn(chain: readonly ConsentVersion[], day: Date, asOf: Date): boolean {
  const current = chain.filter((version) => version.createdAt <= asOf).at(-1);
  return (
    !!current &&
    current.given &&
    !current.withdrawn &&
    current.scopes.includes("FORUM") &&
    current.validFrom <= day &&
    current.validUntil >= day
  );
}

/** The end of the school year `day` falls in (31 July). */
function schoolYearEnd(day: Date): Date {
  const year = day.getUTCMonth() >= 7 ? day.getUTCFullYear() + 1 : day.getUTCFullYear();
  return new Date(Date.UTC(year, 6, 31));
}

/**
 * Writes a pupil's consent register, starting on `givenOn`; `settled` keeps the first version as
 * it is (the benchmark's timeline pupil, whose consent must cover the forum today).
 */
export function writeConsents(
  run: Run,
  random: Random,
  school: SchoolModel,
  pupil: PupilModel,
  givenOn: Date,
  settled = false,
): ConsentVersion[] {
  const chain: ConsentVersion[] = [];
  const guardians = random.chance(0.7)
    ? pupil.consentingGuardians
    : pupil.consentingGuardians.slice(0, 1);
  const given = settled || random.chance(0.95);
  const form = random.chance(0.7) ? ("WRITTEN" as const) : ("ORAL" as const);
  const scopes: ConsentScope[] = given ? ["FORUM"] : ["FORUM", "PPR"];
  if (given) {
    if (settled || random.chance(0.5)) scopes.push("PPR");
    if (settled || random.chance(0.4)) scopes.push("HEALTH_NURSE");
    if (random.chance(0.25)) scopes.push("FAMILY_COUNSELLOR");
    if (random.chance(0.1)) scopes.push("EXTERNAL");
  }
  const externalPartner = scopes.includes("EXTERNAL") ? random.pick(EXTERNAL_PARTNERS) : null;
  const validUntil = !given
    ? givenOn
    : settled || random.chance(0.6)
      ? addDays(givenOn, 365)
      : schoolYearEnd(givenOn);
  const pupilView = random.pick(PUPIL_VIEWS);

  /** One version, recorded on `recordedOn` (a withdrawal keeps the consent's own dates). */
  const write = (version: {
    givenOn: Date;
    recordedOn: Date;
    scopes: ConsentScope[];
    validUntil: Date;
    withdrawnOn: Date | null;
  }) => {
    const createdAt = duringWorkday(random, version.recordedOn);
    const id = random.uuid(createdAt);
    run.writer.add("Consent", {
      id,
      schoolId: school.id,
      pupilId: pupil.id,
      decision: given ? "GIVEN" : "REFUSED",
      form,
      givenOn: version.givenOn,
      recordedById: school.staff.TRIVSELSPERSON,
      oralNote: form === "ORAL" ? random.pick(ORAL_NOTES) : null,
      scopes: version.scopes,
      externalPartner,
      purpose: CONSENT_PURPOSE,
      validFrom: version.givenOn,
      validUntil: version.validUntil,
      pupilView,
      withdrawnOn: version.withdrawnOn,
      withdrawnByGuardianId: version.withdrawnOn ? guardians[0]! : null,
      supersedesId: chain.at(-1)?.id ?? null,
      createdAt,
    });
    for (const guardianId of guardians)
      run.writer.add("ConsentGuardian", { consentId: id, guardianId });
    chain.push({
      id,
      given,
      scopes: version.scopes,
      validFrom: version.givenOn,
      validUntil: version.validUntil,
      withdrawn: version.withdrawnOn !== null,
      createdAt,
    });
  };

  write({ givenOn, recordedOn: givenOn, scopes, validUntil, withdrawnOn: null });
  if (settled || !given) return chain;

  const daysLeft = Math.floor((run.today.getTime() - givenOn.getTime()) / 86_400_000) - 1;
  if (daysLeft < 14) return chain;
  const later = addDays(givenOn, random.int(7, daysLeft));
  const change = random.next();
  if (change < 0.2 && !scopes.includes("PPR")) {
    // Widened: the parents agree that PPR may be involved too.
    const widened = { givenOn: later, recordedOn: later, validUntil: addDays(later, 365) };
    write({ ...widened, scopes: [...scopes, "PPR"], withdrawnOn: null });
  } else if (change < 0.28 && later <= validUntil) {
    write({ givenOn, recordedOn: later, scopes, validUntil, withdrawnOn: later });
  }
  return chain;
}
