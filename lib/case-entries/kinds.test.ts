/**
 * Every kind's details survive the trip form → stored JSON → read back, with optional fields
 * filled and blank (stored as null). A kind that cannot be read back would show an empty card.
 */
import { describe, expect, it } from "vitest";
import { createEntryInput } from "./schemas";
import { readDetails } from "./kinds";

const common = {
  pupilId: "0196a000-0000-7000-8000-000000000001",
  occurredOn: "2026-11-02",
  confidentiality: "CASE",
};

const MINIMAL = {
  CONVERSATION: { with: "PUPIL", notes: "Snak om frikvarterer." },
  ABSENCE_FOLLOW_UP: {
    periodFrom: "2026-10-01",
    periodTo: "2026-10-31",
    absencePercent: "12",
    contacts: "PHONE",
    outcome: "Mor ringer i morgen.",
  },
  SCHOOL_HOME_CONVERSATION: {
    participants: "Emma og mor",
    agreements: "Emma kommer kl. 8.",
    responsibilities: "Mor kører.",
    followUpHow: "Telefon",
    tovholder: "Mette",
  },
  REFERRAL: { partner: "PPR", reason: "Udredning af angst." },
  HANDOVER: {
    direction: "INCOMING",
    otherSchool: "Vestskolen",
    wellbeingNeeds: "Tryg voksen om morgenen.",
  },
  NOTIFICATION: { reason: "Bekymrende udtalelser.", parentsInformed: "on" },
  NOTE: { text: "Kort notat." },
} as const;

const FULL = {
  ...MINIMAL,
  CONVERSATION: { ...MINIMAL.CONVERSATION, agreements: "Vi ses igen fredag." },
  ABSENCE_FOLLOW_UP: {
    ...MINIMAL.ABSENCE_FOLLOW_UP,
    contacts: ["PHONE", "HOME_VISIT"],
    parentsReason: "Ondt i maven.",
  },
  SCHOOL_HOME_CONVERSATION: {
    ...MINIMAL.SCHOOL_HOME_CONVERSATION,
    pupilPerspective: "Svært i idræt.",
    childSays: "Jeg savner Ida.",
  },
  REFERRAL: { ...MINIMAL.REFERRAL, consentNote: "Mor, mundtligt 3/11." },
  HANDOVER: { ...MINIMAL.HANDOVER, contactPerson: "Lone" },
  NOTIFICATION: { reason: "Bekymrende udtalelser.", parentsNotInformedWhy: "Mistanke om vold." },
};

describe("details round trip", () => {
  for (const [name, forms] of [
    ["minimal", MINIMAL],
    ["full", FULL],
  ] as const) {
    for (const [kind, fields] of Object.entries(forms)) {
      it(`${kind} (${name})`, () => {
        const input = createEntryInput.parse({ ...common, kind, ...fields });
        const stored: unknown = JSON.parse(JSON.stringify(input.details));
        expect(readDetails(input.kind, stored)).toEqual({ kind, details: input.details });
      });
    }
  }
});
