/**
 * The second factor in the database: enrolment (a secret shown once, confirmed with a code),
 * checking a code at sign-in (each TOTP step and each recovery code works once), the school's
 * requirement, and the administrator's reset. Secrets are encrypted at rest (totp.ts).
 */
import "server-only";
import { z } from "zod";
import { auditedWrite, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { checkbox, id } from "@/lib/validation";
import { assertCan, PROFESSION_ROLES, type Actor } from "./policy";
import { beginSignInAttempt, signInSucceeded } from "./throttle";
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  isRecoveryCodeShape,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  verifyTotp,
} from "./totp";

/** The roles that must use a second factor where the school requires it: those with notes of their own. */
export function roleNeedsTotp(role: Role): boolean {
  return (PROFESSION_ROLES as readonly Role[]).includes(role);
}

/** Whether the user holds such a role at a school that requires the second factor. */
export async function totpRequiredFor(userId: string): Promise<boolean> {
  const count = await db.userSchoolRole.count({
    where: {
      userId,
      role: { in: [...PROFESSION_ROLES] },
      school: { active: true, requireTotp: true },
    },
  });
  return count > 0;
}

export async function totpStatus(
  userId: string,
): Promise<{ enabled: boolean; required: boolean; recoveryCodesLeft: number }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpEnabledAt: true, totpRecoveryHashes: true },
  });
  return {
    enabled: !!user.totpEnabledAt,
    required: await totpRequiredFor(userId),
    recoveryCodesLeft: user.totpRecoveryHashes.length,
  };
}

/**
 * Starts (or restarts) enrolment: a new secret, stored encrypted but not yet in force. Refused
 * when a second factor is already in force (the administrator resets it first).
 */
export async function startTotpEnrolment(
  userId: string,
): Promise<{ secret: string; uri: string } | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) return null;
  const secret = newTotpSecret();
  await db.user.update({
    where: { id: userId },
    data: { totpSecret: encryptSecret(secret), totpLastStep: null, totpRecoveryHashes: [] },
  });
  return { secret, uri: otpauthUri(secret, user.email) };
}

/** Confirms enrolment with a code from the app; returns the recovery codes (shown once). */
export async function confirmTotpEnrolment(
  userId: string,
  code: string,
  meta: { requestId?: string } = {},
): Promise<string[] | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt || !user.totpSecret) return null;
  const step = verifyTotp(decryptSecret(user.totpSecret), code, null);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  const updated = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
    data: {
      totpEnabledAt: new Date(),
      totpLastStep: step,
      totpRecoveryHashes: codes.map(hashRecoveryCode),
    },
  });
  if (updated.count !== 1) return null;
  await recordAudit(
    db,
    { userId, requestId: meta.requestId },
    { action: "auth.totp.enrol", entityType: "User", entityId: userId },
  );
  return codes;
}

/**
 * Checks a second-factor code at sign-in: a TOTP code not used before, or an unused recovery
 * code (then spent). The update names what it read, so two requests cannot both spend one code.
 */
export async function verifySecondFactor(
  userId: string,
  code: string,
): Promise<"totp" | "recovery-code" | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      totpSecret: true,
      totpEnabledAt: true,
      totpLastStep: true,
      totpRecoveryHashes: true,
    },
  });
  if (!user.totpEnabledAt || !user.totpSecret) return null;

  if (isRecoveryCodeShape(code)) {
    const hash = hashRecoveryCode(code);
    if (!user.totpRecoveryHashes.includes(hash)) return null;
    const spent = await db.$executeRaw`
      UPDATE "User" SET "totpRecoveryHashes" = array_remove("totpRecoveryHashes", ${hash})
      WHERE "id" = ${userId}::uuid AND ${hash} = ANY("totpRecoveryHashes")`;
    return spent === 1 ? "recovery-code" : null;
  }

  const step = verifyTotp(decryptSecret(user.totpSecret), code, user.totpLastStep);
  if (step === null) return null;
  const used = await db.user.updateMany({
    where: {
      id: userId,
      OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }],
    },
    data: { totpLastStep: step },
  });
  return used.count === 1 ? "totp" : null;
}

export type StepUpOutcome = "ok" | "throttled" | "invalid";

/**
 * The second factor given after sign-in, by a session that proved who it is elsewhere (the
 * identity provider). It passes the same throttle as a password (the counters are shared, so
 * the step-up page gives no extra guesses) and is audited like the sign-in it completes.
 */
export async function giveSecondFactor(
  user: { id: string; email: string },
  code: string,
  meta: { ip: string; requestId?: string },
): Promise<StepUpOutcome> {
  const audit = (outcome: "ALLOWED" | "DENIED", details: Record<string, string>) =>
    recordAudit(
      db,
      { userId: user.id, requestId: meta.requestId },
      { action: "auth.second-factor", outcome, details },
    );
  const attempt = await beginSignInAttempt(user.email, meta.ip);
  if (!attempt.allowed) {
    await audit("DENIED", { reason: "throttled", counters: attempt.kinds.join(",") });
    return "throttled";
  }
  const clean = code.trim().slice(0, 32);
  const factor = clean ? await verifySecondFactor(user.id, clean) : null;
  if (!factor) {
    await audit("DENIED", { reason: "wrong-second-factor" });
    return "invalid";
  }
  await signInSucceeded(attempt.keys);
  await audit("ALLOWED", { secondFactor: factor });
  return "ok";
}

// ─── Administration ──────────────────────────────────────────────────────────────────────────

export const schoolTotpInput = z.object({ required: checkbox() });
export const resetStaffTotpInput = z.object({
  id: id(),
  confirm: checkbox().refine((value) => value, { error: "adminStaff.confirmRequired" }),
});

/** The school's rule: staff with notes of their own must use a second factor. */
export async function setSchoolTotpRequirement(
  actor: Actor,
  input: z.output<typeof schoolTotpInput>,
): Promise<void> {
  assertCan(actor, "admin:schools");
  await auditedWrite(
    actor,
    {
      action: "admin.school.require-totp",
      entityType: "School",
      entityId: actor.schoolId,
      details: { required: input.required },
    },
    (tx) =>
      tx.school.update({ where: { id: actor.schoolId }, data: { requireTotp: input.required } }),
  );
}

export async function schoolRequiresTotp(actor: Actor): Promise<boolean> {
  const school = await db.school.findUniqueOrThrow({
    where: { id: actor.schoolId },
    select: { requireTotp: true },
  });
  return school.requireTotp;
}

/**
 * The administrator's reset for a staff member of her school who lost the phone: the second
 * factor is removed; she enrols again at her next sign-in (at once, where the school requires it).
 */
export async function resetStaffTotp(
  actor: Actor,
  input: z.output<typeof resetStaffTotpInput>,
): Promise<void> {
  assertCan(actor, "admin:staff");
  await auditedWrite(
    actor,
    { action: "auth.totp.reset", entityType: "User", entityId: input.id },
    async (tx) => {
      const updated = await tx.user.updateMany({
        where: { id: input.id, roles: { some: { schoolId: actor.schoolId } } },
        data: {
          totpSecret: null,
          totpEnabledAt: null,
          totpLastStep: null,
          totpRecoveryHashes: [],
        },
      });
      if (updated.count !== 1) throw new NotFoundError("user");
    },
  );
}
