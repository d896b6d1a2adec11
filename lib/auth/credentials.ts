/**
 * Checking an email and password (and the second factor, when the user has one): the only place
 * a password hash is read (it is omitted from every other query by the Prisma client). Unknown
 * user, inactive user and wrong password give the same answer after the same work (an argon2
 * verification against a dummy hash). Every attempt passes the throttle first (throttle.ts).
 */
import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { beginSignInAttempt, signInSucceeded } from "./throttle";
import { verifySecondFactor } from "./two-factor";

export type SignInMeta = { requestId?: string; ip?: string; code?: string };

/**
 * Why a sign-in was refused, beyond "wrong email or password". The message reaches the browser
 * (next-auth puts it in the `error` parameter); none of them tells whether an email exists:
 * "Throttled" comes for unknown emails too, and the TOTP ones only after the right password.
 */
export const SIGN_IN_ERRORS = ["Throttled", "TotpRequired", "TotpInvalid"] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERRORS)[number];

export class SignInError extends Error {
  constructor(readonly code: SignInErrorCode) {
    super(code);
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifyCredentials(
  email: string,
  password: string,
  meta: SignInMeta = {},
): Promise<{
  id: string;
  name: string;
  email: string;
  secondFactor?: "totp" | "recovery-code";
} | null> {
  const normalised = normaliseEmail(email);
  const ip = meta.ip ?? "unknown";
  const user = await db.user.findUnique({
    where: { email: normalised },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      passwordHash: true,
      totpEnabledAt: true,
    },
  });
  const audit = (outcome: "ALLOWED" | "DENIED", details: Record<string, string>) =>
    user
      ? recordAudit(
          db,
          { userId: user.id, requestId: meta.requestId },
          { action: "auth.sign-in", outcome, details: { method: "password", ...details } },
        )
      : Promise.resolve();

  const attempt = await beginSignInAttempt(normalised, ip);
  if (!attempt.allowed) {
    // Only known users get a row: a row per guessed address would fill the trail with noise.
    await audit("DENIED", { reason: "throttled", counters: attempt.kinds.join(",") });
    throw new SignInError("Throttled");
  }

  const valid =
    user?.active && user.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);

  if (!user || !valid) {
    await audit("DENIED", { reason: user?.active ? "wrong-password" : "inactive" });
    return null;
  }

  if (user.totpEnabledAt) {
    const code = meta.code?.trim();
    if (!code) throw new SignInError("TotpRequired");
    const factor = await verifySecondFactor(user.id, code);
    if (!factor) {
      await audit("DENIED", { reason: "wrong-second-factor" });
      throw new SignInError("TotpInvalid");
    }
    await signInSucceeded(attempt.keys);
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await audit("ALLOWED", { secondFactor: factor });
    return { id: user.id, name: user.name, email: user.email, secondFactor: factor };
  }

  await signInSucceeded(attempt.keys);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await audit("ALLOWED", {});
  return { id: user.id, name: user.name, email: user.email };
}
