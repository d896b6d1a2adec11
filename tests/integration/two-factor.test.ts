import { describe, expect, it } from "vitest";
import { SignInError, verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { hotp, totpCode, TOTP_STEP_SECONDS, verifyTotp } from "@/lib/auth/totp";
import {
  confirmTotpEnrolment,
  resetStaffTotp,
  setSchoolTotpRequirement,
  startTotpEnrolment,
  totpRequiredFor,
} from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";
import { createActor, createSchool, createUser } from "../support/factories";

const PASSWORD = "en-lang-adgangskode";

async function refusal(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof SignInError ? error.code : String(error);
  }
}

describe("TOTP (RFC 6238)", () => {
  it("matches the RFC's test vector and accepts a code once", () => {
    // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits) → the last six digits.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890"
    expect(hotp(secret, 1)).toBe("287082");
    const at = 59_000;
    const step = verifyTotp(secret, "287082", null, at);
    expect(step).toBe(1);
    expect(verifyTotp(secret, "287082", step, at)).toBeNull();
    expect(verifyTotp(secret, "000000", null, at)).toBeNull();
    // The neighbouring steps are accepted, further ones are not.
    expect(verifyTotp(secret, hotp(secret, 2), null, at)).toBe(2);
    expect(verifyTotp(secret, hotp(secret, 4), null, at)).toBeNull();
  });
});

describe("the second factor in sign-in", () => {
  it("enrols with a confirmed code, then asks for a code that works once; recovery codes once", async () => {
    const user = await createUser({
      email: "totp@skolen.dk",
      passwordHash: await hashPassword(PASSWORD),
    });
    const started = (await startTotpEnrolment(user.id))!;
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/Trivsel%3Atotp%40skolen\.dk\?secret=/);
    // Stored encrypted, never in clear.
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    expect(stored.totpSecret).toMatch(/^v1:/);
    expect(stored.totpSecret).not.toContain(started.secret);
    expect(stored.totpEnabledAt).toBeNull();

    // Not in force until confirmed: signing in needs no code yet.
    expect(await verifyCredentials("totp@skolen.dk", PASSWORD, { ip: "192.0.2.1" })).not.toBeNull();

    expect(await confirmTotpEnrolment(user.id, "000000")).toBeNull();
    const confirmCode = totpCode(started.secret);
    const codes = (await confirmTotpEnrolment(user.id, confirmCode))!;
    expect(codes).toHaveLength(10);
    expect(
      await db.auditLog.findFirst({ where: { actorId: user.id, action: "auth.totp.enrol" } }),
    ).not.toBeNull();

    // The password alone no longer signs in; the code used to confirm cannot be used again.
    expect(await refusal(verifyCredentials("totp@skolen.dk", PASSWORD, { ip: "192.0.2.1" }))).toBe(
      "TotpRequired",
    );
    expect(
      await refusal(
        verifyCredentials("totp@skolen.dk", PASSWORD, {
          ip: "192.0.2.1",
          code: confirmCode,
        }),
      ),
    ).toBe("TotpInvalid");
    const next = totpCode(started.secret, Date.now() + TOTP_STEP_SECONDS * 1000);
    expect(
      await verifyCredentials("totp@skolen.dk", PASSWORD, { ip: "192.0.2.1", code: next }),
    ).not.toBeNull();
    // A wrong password with a right code is the ordinary refusal.
    expect(
      await verifyCredentials("totp@skolen.dk", "forkert", { ip: "192.0.2.1", code: next }),
    ).toBeNull();

    expect(
      await verifyCredentials("totp@skolen.dk", PASSWORD, { ip: "192.0.2.1", code: codes[0]! }),
    ).not.toBeNull();
    expect(
      await refusal(
        verifyCredentials("totp@skolen.dk", PASSWORD, { ip: "192.0.2.1", code: codes[0]! }),
      ),
    ).toBe("TotpInvalid");
    const left = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpRecoveryHashes: true },
    });
    expect(left.totpRecoveryHashes).toHaveLength(9);
    expect(
      await db.auditLog.findFirst({
        where: {
          actorId: user.id,
          outcome: "DENIED",
          details: { path: ["reason"], equals: "wrong-second-factor" },
        },
      }),
    ).not.toBeNull();
  });

  it("the school's rule applies to roles with notes of their own; an admin resets her own school's staff only", async () => {
    const school = await createSchool();
    const other = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    const otherAdmin = await createActor(other, ["ADMIN"]);
    const nurse = await createActor(school, ["HEALTH_NURSE"]);
    const teacher = await createActor(school, ["TEACHER"]);

    expect(await totpRequiredFor(nurse.userId)).toBe(false);
    await setSchoolTotpRequirement(admin, { required: true });
    expect(await totpRequiredFor(nurse.userId)).toBe(true);
    expect(await totpRequiredFor(teacher.userId)).toBe(false);
    await expect(setSchoolTotpRequirement(nurse, { required: false })).rejects.toThrow();

    const started = (await startTotpEnrolment(nurse.userId))!;
    await confirmTotpEnrolment(nurse.userId, totpCode(started.secret));
    await expect(resetStaffTotp(otherAdmin, { id: nurse.userId, confirm: true })).rejects.toThrow();
    await resetStaffTotp(admin, { id: nurse.userId, confirm: true });
    const after = await db.user.findUniqueOrThrow({
      where: { id: nurse.userId },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    expect(after).toEqual({ totpSecret: null, totpEnabledAt: null });
    expect(
      await db.auditLog.findFirst({
        where: { actorId: admin.userId, action: "auth.totp.reset", entityId: nurse.userId },
      }),
    ).not.toBeNull();
  });
});
