import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createUser } from "../support/factories";

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case, and returns no hash", async () => {
    const user = await createUser({
      email: "mette@skolen.dk",
      passwordHash: await hashPassword("en-lang-adgangskode"),
    });
    const signedIn = await verifyCredentials(" Mette@Skolen.DK ", "en-lang-adgangskode");
    expect(signedIn).toEqual({ id: user.id, name: user.name, email: "mette@skolen.dk" });
    expect(
      await db.auditLog.findFirst({
        where: { actorId: user.id, action: "auth.sign-in", outcome: "ALLOWED" },
      }),
    ).not.toBeNull();
  });

  it("gives the same answer for a wrong password, an unknown user and a deactivated user", async () => {
    const hash = await hashPassword("en-lang-adgangskode");
    const known = await createUser({ email: "kendt@skolen.dk", passwordHash: hash });
    await createUser({ email: "stoppet@skolen.dk", passwordHash: hash, active: false });

    expect(await verifyCredentials("kendt@skolen.dk", "forkert-adgangskode")).toBeNull();
    expect(await verifyCredentials("ukendt@skolen.dk", "en-lang-adgangskode")).toBeNull();
    expect(await verifyCredentials("stoppet@skolen.dk", "en-lang-adgangskode")).toBeNull();
    expect(
      await db.auditLog.findFirst({ where: { actorId: known.id, outcome: "DENIED" } }),
    ).not.toBeNull();
  });

  it("stores argon2id hashes and never returns them from ordinary queries", async () => {
    await createUser({
      email: "hash@skolen.dk",
      passwordHash: await hashPassword("en-lang-adgangskode"),
    });
    const stored = await db.user.findUniqueOrThrow({
      where: { email: "hash@skolen.dk" },
      select: { passwordHash: true },
    });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const ordinary = await db.user.findUniqueOrThrow({ where: { email: "hash@skolen.dk" } });
    expect(ordinary).not.toHaveProperty("passwordHash");
    const withRelations = await db.userSchoolRole.findMany({ include: { user: true } });
    for (const row of withRelations) expect(row.user).not.toHaveProperty("passwordHash");
  });
});
