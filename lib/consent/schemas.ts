/**
 * Consent as the school records it (DESIGN.md §8): from each guardian with parental authority,
 * stating to whom (a service, not a person) and for what purpose; written or oral (then who
 * recorded it and how); voluntary, time-limited and revocable; a refusal is recorded too.
 */
import { z } from "zod";
import { day, id, many, optionalDay, optionalText, text } from "@/lib/validation";
import { CONSENT_SCOPES } from "./scopes";

/** Consent is given for at most this long before it must be renewed. */
export const MAX_CONSENT_DAYS = 366;

export const recordConsentInput = z
  .object({
    pupilId: id(),
    /** When the consent replaces the current version of an earlier one. */
    supersedesId: z
      .string()
      .optional()
      .transform((value) => value || null)
      .pipe(z.uuid().nullable()),
    decision: z.enum(["GIVEN", "REFUSED"], { error: "validation.choose" }),
    form: z.enum(["WRITTEN", "ORAL"], { error: "validation.choose" }),
    givenOn: day(),
    oralNote: optionalText(500),
    guardianIds: many(id()).pipe(z.array(z.uuid()).min(1, { error: "consent.errors.guardians" })),
    scopes: many(z.enum(CONSENT_SCOPES)).pipe(
      z.array(z.enum(CONSENT_SCOPES)).min(1, { error: "validation.chooseAtLeastOne" }),
    ),
    externalPartner: optionalText(200),
    purpose: text(1000),
    validFrom: day(),
    validUntil: optionalDay(),
    pupilView: optionalText(2000),
  })
  .superRefine((value, context) => {
    if (value.form === "ORAL" && !value.oralNote) {
      context.addIssue({ code: "custom", path: ["oralNote"], message: "consent.errors.oralNote" });
    }
    if (value.scopes.includes("EXTERNAL") && !value.externalPartner) {
      context.addIssue({
        code: "custom",
        path: ["externalPartner"],
        message: "consent.errors.externalPartner",
      });
    }
    if (value.decision === "GIVEN" && !value.validUntil) {
      context.addIssue({ code: "custom", path: ["validUntil"], message: "validation.required" });
    }
    if (value.validUntil && value.validUntil < value.validFrom) {
      context.addIssue({
        code: "custom",
        path: ["validUntil"],
        message: "consent.errors.validUntil",
      });
    }
    if (
      value.validUntil &&
      value.validUntil.getTime() - value.validFrom.getTime() > MAX_CONSENT_DAYS * 86_400_000
    ) {
      context.addIssue({ code: "custom", path: ["validUntil"], message: "consent.errors.tooLong" });
    }
  });

export type RecordConsentInput = z.output<typeof recordConsentInput>;

export const withdrawConsentInput = z.object({
  consentId: id(),
  withdrawnOn: day(),
  withdrawnByGuardianId: id(),
});

export type WithdrawConsentInput = z.output<typeof withdrawConsentInput>;
