/**
 * Checking an email and password: the only place a password hash is read (it is omitted from
 * every other query by the Prisma client). Unknown user, inactive user and wrong password give
 * the same answer in the same time.
 */
import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";

export type SignInMeta = { requestId?: string };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifyCredentials(
  email: string,
  password: string,
  meta: SignInMeta = {},
): Promise<{ id: string; name: string; email: string } | null> {
  const user = await db.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, name: true, email: true, active: true, passwordHash: true },
  });
  const valid =
    user?.active && user.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);

  if (!user || !valid) {
    // Only known users get a row: a row per guessed address would fill the trail with noise.
    if (user) {
      await recordAudit(
        db,
        { userId: user.id, requestId: meta.requestId },
        {
          action: "auth.sign-in",
          outcome: "DENIED",
          details: { method: "password", reason: user.active ? "wrong-password" : "inactive" },
        },
      );
    }
    return null;
  }

  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(
    db,
    { userId: user.id, requestId: meta.requestId },
    {
      action: "auth.sign-in",
      details: { method: "password" },
    },
  );
  return { id: user.id, name: user.name, email: user.email };
}
