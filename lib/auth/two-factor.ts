/**
 * The second factor in the database: enrolment (a secret shown once, confirmed with a code),
 * checking a code at sign-in (each TOTP step and each recovery code works once), the school's
 * requirement, and the administrator's reset. Secrets are encrypted at rest (totp.ts).
 */
import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { PROFESSION_ROLES } from "./policy";
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

/** Removes a user's second factor, so they enrol again (a lost phone). */
export async function resetTotp(
  userId: string,
  by: { userId: string; schoolId?: string; requestId?: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpRecoveryHashes: [] },
    });
    await recordAudit(
      tx,
      { userId: by.userId, schoolId: by.schoolId, requestId: by.requestId },
      { action: "auth.totp.reset", entityType: "User", entityId: userId },
    );
  });
}
