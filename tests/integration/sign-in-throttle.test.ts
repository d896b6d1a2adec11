import { describe, expect, it } from "vitest";
import { SignInError, verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { beginSignInAttempt, clientIp, THROTTLE_TIERS, waitAfter } from "@/lib/auth/throttle";
import { db } from "@/lib/db/client";
import { createUser } from "../support/factories";

const PASSWORD = "en-lang-adgangskode";

async function refusal(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof SignInError ? error.code : String(error);
  }
}

describe("sign-in throttling", () => {
  it("after five wrong passwords from one address, even the right one waits; another address is not affected", async () => {
    const user = await createUser({
      email: "gaet@skolen.dk",
      passwordHash: await hashPassword(PASSWORD),
    });
    for (let i = 0; i < 5; i++) {
      expect(
        await verifyCredentials("gaet@skolen.dk", `forkert-${i}`, { ip: "203.0.113.9" }),
      ).toBeNull();
    }
    expect(
      await refusal(verifyCredentials("gaet@skolen.dk", PASSWORD, { ip: "203.0.113.9" })),
    ).toBe("Throttled");
    // The real user, elsewhere, signs in: the attacker did not lock her out.
    expect(await verifyCredentials("gaet@skolen.dk", PASSWORD, { ip: "198.51.100.4" })).toEqual(
      expect.objectContaining({ id: user.id }),
    );
    expect(
      await db.auditLog.findFirst({
        where: {
          actorId: user.id,
          outcome: "DENIED",
          details: { path: ["reason"], equals: "throttled" },
        },
      }),
    ).not.toBeNull();
  });

  it("throttles an unknown email exactly like a known one", async () => {
    await createUser({ email: "kendt2@skolen.dk", passwordHash: await hashPassword(PASSWORD) });
    for (const email of ["kendt2@skolen.dk", "ukendt2@skolen.dk"]) {
      for (let i = 0; i < 5; i++) {
        expect(await verifyCredentials(email, "forkert", { ip: "203.0.113.20" })).toBeNull();
      }
      expect(await refusal(verifyCredentials(email, PASSWORD, { ip: "203.0.113.20" }))).toBe(
        "Throttled",
      );
    }
    // Counters hold no email in clear.
    const keys = (await db.signInThrottle.findMany()).map((row) => row.key).join(" ");
    expect(keys).not.toContain("kendt2");
    expect(keys).not.toContain("ukendt2");
  });

  it("the wait doubles and is capped, and passes", async () => {
    const start = new Date("2026-11-22T08:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    for (let i = 0; i < 5; i++) {
      expect((await beginSignInAttempt("vent@skolen.dk", "203.0.113.30", at(i))).allowed).toBe(
        true,
      );
    }
    const blocked = await beginSignInAttempt("vent@skolen.dk", "203.0.113.30", at(5));
    expect(blocked).toMatchObject({ allowed: false, kinds: ["pair"] });
    // After the wait, one more attempt, then twice the wait.
    expect((await beginSignInAttempt("vent@skolen.dk", "203.0.113.30", at(40))).allowed).toBe(true);
    const second = await beginSignInAttempt("vent@skolen.dk", "203.0.113.30", at(41));
    expect(second.allowed).toBe(false);
    if (!second.allowed) expect(second.retryAfterSeconds).toBe(59);

    const pair = THROTTLE_TIERS.find((tier) => tier.kind === "pair")!;
    expect(waitAfter(pair, 4)).toBe(0);
    expect(waitAfter(pair, 5)).toBe(30);
    expect(waitAfter(pair, 6)).toBe(60);
    expect(waitAfter(pair, 500)).toBe(15 * 60);
    const account = THROTTLE_TIERS.find((tier) => tier.kind === "account")!;
    expect(waitAfter(account, 500)).toBe(120);
  });

  it("guesses spread over many addresses still slow down on the account, for two minutes at most", async () => {
    const now = new Date("2026-11-22T09:00:00Z");
    for (let i = 0; i < 20; i++) {
      expect((await beginSignInAttempt("spredt@skolen.dk", `10.0.0.${i}`, now)).allowed).toBe(true);
    }
    const blocked = await beginSignInAttempt("spredt@skolen.dk", "10.0.1.1", now);
    expect(blocked).toMatchObject({ allowed: false, kinds: ["account"] });
    if (!blocked.allowed) expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it("one address trying many accounts is throttled on the address", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < 50; i++) {
      expect((await beginSignInAttempt(`konto${i}@skolen.dk`, "192.0.2.77", now)).allowed).toBe(
        true,
      );
    }
    const blocked = await beginSignInAttempt("en-til@skolen.dk", "192.0.2.77", now);
    expect(blocked).toMatchObject({ allowed: false, kinds: ["ip"] });
  });

  it("parallel attempts cannot slip past the count (row locks in PostgreSQL)", async () => {
    const now = new Date("2026-11-22T11:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, () => beginSignInAttempt("parallel@skolen.dk", "192.0.2.5", now)),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });

  it("a successful sign-in starts the email's counters again", async () => {
    await createUser({ email: "glemsom@skolen.dk", passwordHash: await hashPassword(PASSWORD) });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) {
        expect(
          await verifyCredentials("glemsom@skolen.dk", "forkert", { ip: "192.0.2.50" }),
        ).toBeNull();
      }
      expect(
        await verifyCredentials("glemsom@skolen.dk", PASSWORD, { ip: "192.0.2.50" }),
      ).not.toBeNull();
    }
  });

  it("takes the address the nearest proxy added", () => {
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 192.0.2.1" })).toBe("192.0.2.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:192.0.2.2" }))).toBe("192.0.2.2");
    expect(clientIp({})).toBe("unknown");
  });
});
