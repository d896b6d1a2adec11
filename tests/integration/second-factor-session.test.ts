/**
 * A session signed in through the identity provider by a user with a second factor (docs/
 * decisions/0022): against PostgreSQL, the session counts as signed out — no user, so no actor,
 * no page, no action — until the second factor is given on the step-up page, which passes the
 * sign-in throttle and is audited. The cookie's claims carry the second factor through a
 * re-issue (the proxy's sliding idle lifetime); a token without it never counts as having one.
 */
import { decode } from "next-auth/jwt";
import type { Account, User } from "next-auth";
import { describe, expect, it } from "vitest";
import { authOptions, OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { sessionStateFor } from "@/lib/auth/session-state";
import { encodeSession, sessionClaims, type SessionClaims } from "@/lib/auth/session-token";
import { totpCode, TOTP_STEP_SECONDS } from "@/lib/auth/totp";
import {
  confirmTotpEnrolment,
  giveSecondFactor,
  setSchoolTotpRequirement,
  startTotpEnrolment,
} from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";
import { createActor, createSchool } from "../support/factories";

const MAX_AGE = { maxAgeSeconds: 10 * 3600 };
const SECRET = process.env.NEXTAUTH_SECRET!;

/** The claims next-auth's jwt callback gives a fresh sign-in through a provider. */
async function claimsAfterSignIn(
  provider: "credentials" | typeof OIDC_PROVIDER_ID,
  user: User,
): Promise<SessionClaims> {
  const jwt = authOptions().callbacks!.jwt!;
  const account: Account = { provider, type: "oauth", providerAccountId: user.id };
  return sessionClaims(await jwt({ token: {}, user, account }));
}

async function enrolledNurse() {
  const school = await createSchool();
  const nurse = await createActor(school, ["HEALTH_NURSE"]);
  const started = (await startTotpEnrolment(nurse.userId))!;
  await confirmTotpEnrolment(
    nurse.userId,
    totpCode(started.secret, Date.now() - TOTP_STEP_SECONDS * 1000),
  );
  return { school, nurse, secret: started.secret };
}

describe("a session through the identity provider, for a user with a second factor", () => {
  it("is signed out for every lookup until the code is given, then signed in", async () => {
    const { nurse, secret } = await enrolledNurse();
    const claims = await claimsAfterSignIn(OIDC_PROVIDER_ID, {
      id: "idp-subject",
      email: nurse.email.toUpperCase(),
    });
    expect(claims.sub).toBe(nurse.userId);
    expect(claims.secondFactorAt).toBeUndefined();

    const pending = await sessionStateFor(claims, MAX_AGE);
    expect(pending).toEqual({
      kind: "second-factor-pending",
      user: { id: nurse.userId, name: nurse.name, email: nurse.email },
    });

    // A wrong code changes nothing and is audited; the right one completes the sign-in.
    const meta = { ip: "192.0.2.10", requestId: "step-up-request" };
    const who = { id: nurse.userId, email: nurse.email };
    expect(await giveSecondFactor(who, "000000", meta)).toBe("invalid");
    expect(await giveSecondFactor(who, totpCode(secret), meta)).toBe("ok");
    // The code just used is spent.
    expect(await giveSecondFactor(who, totpCode(secret), meta)).toBe("invalid");
    const rows = await db.auditLog.findMany({
      where: { actorId: nurse.userId, action: "auth.second-factor" },
      orderBy: { id: "asc" },
      select: { outcome: true, requestId: true, details: true },
    });
    expect(rows).toEqual([
      {
        outcome: "DENIED",
        requestId: "step-up-request",
        details: { reason: "wrong-second-factor" },
      },
      { outcome: "ALLOWED", requestId: "step-up-request", details: { secondFactor: "totp" } },
      {
        outcome: "DENIED",
        requestId: "step-up-request",
        details: { reason: "wrong-second-factor" },
      },
    ]);

    const given = { ...claims, secondFactorAt: Math.floor(Date.now() / 1000) };
    const signedIn = await sessionStateFor(given, MAX_AGE);
    expect(signedIn.kind).toBe("signed-in");
    expect(signedIn.kind === "signed-in" && signedIn.user.schools).toHaveLength(1);
  });

  it("keeps the second factor through a re-issued cookie, and nothing else slips in", async () => {
    const { nurse } = await enrolledNurse();
    const given: SessionClaims = {
      sub: nurse.userId,
      authTime: 1_800_000_000,
      secondFactorAt: 1_800_000_100,
    };
    const reissued = sessionClaims(
      (await decode({ token: await encodeSession(given, SECRET, 1800), secret: SECRET }))!,
    );
    expect(reissued).toEqual(given);
    // A token forged without the secret does not decode; one without the claim is pending.
    await expect(decode({ token: "not-a-token", secret: SECRET })).rejects.toThrow();
    const { secondFactorAt: _dropped, ...without } = given;
    const state = await sessionStateFor(without, { ...MAX_AGE, now: 1_800_000_200 });
    expect(state.kind).toBe("second-factor-pending");
  });

  it("a sign-in with password and code carries the second factor; a password-only one does not", async () => {
    const { nurse } = await enrolledNurse();
    const withCode = await claimsAfterSignIn("credentials", {
      id: nurse.userId,
      secondFactor: "totp",
    });
    expect(typeof withCode.secondFactorAt).toBe("number");
    expect((await sessionStateFor(withCode, MAX_AGE)).kind).toBe("signed-in");
    // An identity provider cannot claim the factor for us, whatever its profile says.
    const idp = await claimsAfterSignIn(OIDC_PROVIDER_ID, {
      id: "idp-subject",
      email: nurse.email,
      secondFactor: "totp",
    });
    expect(idp.secondFactorAt).toBeUndefined();
    expect((await sessionStateFor(idp, MAX_AGE)).kind).toBe("second-factor-pending");
  });

  it("is throttled with the password's counters: guessing on the step-up page gains nothing", async () => {
    const { nurse, secret } = await enrolledNurse();
    const meta = { ip: "192.0.2.20" };
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await giveSecondFactor({ id: nurse.userId, email: nurse.email }, "123456", meta)).toBe(
        "invalid",
      );
    }
    expect(
      await giveSecondFactor({ id: nurse.userId, email: nurse.email }, totpCode(secret), meta),
    ).toBe("throttled");
    expect(
      await db.auditLog.count({
        where: {
          actorId: nurse.userId,
          action: "auth.second-factor",
          details: { path: ["reason"], equals: "throttled" },
        },
      }),
    ).toBe(1);
  });
});

describe("users without a second factor", () => {
  it("sign in through the identity provider directly, or are sent to enrol where the school requires it", async () => {
    const school = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    const nurse = await createActor(school, ["HEALTH_NURSE"]);
    const claims = await claimsAfterSignIn(OIDC_PROVIDER_ID, { id: "x", email: nurse.email });
    const before = await sessionStateFor(claims, MAX_AGE);
    expect(before.kind === "signed-in" && before.user.mustEnrolTotp).toBe(false);

    await setSchoolTotpRequirement(admin, { required: true });
    const required = await sessionStateFor(claims, MAX_AGE);
    // Signed in only to enrol: getActor gives no actor until she has (lib/auth/session.ts).
    expect(required.kind === "signed-in" && required.user.mustEnrolTotp).toBe(true);
  });

  it("are signed out when inactive, unknown or past the absolute lifetime", async () => {
    const school = await createSchool();
    const teacher = await createActor(school, ["TEACHER"]);
    const now = Math.floor(Date.now() / 1000);
    expect((await sessionStateFor({ sub: teacher.userId, authTime: now }, MAX_AGE)).kind).toBe(
      "signed-in",
    );
    expect(
      (await sessionStateFor({ sub: teacher.userId, authTime: now - 11 * 3600 }, MAX_AGE)).kind,
    ).toBe("signed-out");
    expect((await sessionStateFor({ sub: teacher.userId }, MAX_AGE)).kind).toBe("signed-out");
    await db.user.update({ where: { id: teacher.userId }, data: { active: false } });
    expect((await sessionStateFor({ sub: teacher.userId, authTime: now }, MAX_AGE)).kind).toBe(
      "signed-out",
    );
  });
});
