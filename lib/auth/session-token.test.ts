/**
 * The session cookie is read in two places only: lib/auth/session.ts, which turns it into a
 * signed-in user (and a session whose second factor is still to come into none), and proxy.ts,
 * which slides its idle lifetime. A third reader could skip the second factor (docs/decisions/
 * 0022); a re-issue that dropped a claim would ask for it again.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeJwt, encodeJwt, sessionClaims } from "./session-token";

const ROOT = path.resolve(import.meta.dirname, "../..");
const READERS =
  /\b(getServerSession|getToken|useSession|decode|decodeJwt)\s*\(|from "next-auth\/jwt"/;

function sources(): string[] {
  return ["app", "lib", "components", "proxy.ts"].flatMap((entry) => {
    const full = path.join(ROOT, entry);
    if (entry.endsWith(".ts")) return [entry];
    return (readdirSync(full, { recursive: true }) as string[])
      .map((file) => path.join(entry, file).split(path.sep).join("/"))
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith(".test.ts"))
      .filter((file) => !file.startsWith("lib/generated/"));
  });
}

describe("the session cookie", () => {
  it("is read only by lib/auth/session.ts and the proxy", () => {
    const readers = sources().filter((file) =>
      READERS.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(readers.sort()).toEqual(
      ["lib/auth/session-token.ts", "lib/auth/session.ts", "proxy.ts"].sort(),
    );
  });

  it("keeps exactly its own claims through a re-issue", () => {
    expect(
      sessionClaims({
        sub: "u",
        authTime: 1,
        secondFactorAt: 2,
        name: "not ours",
        email: "x@y.dk",
        iat: 3,
        exp: 4,
        jti: "j",
      }),
    ).toEqual({ sub: "u", authTime: 1, secondFactorAt: 2 });
    expect(sessionClaims({ sub: "u", authTime: 1 })).toEqual({ sub: "u", authTime: 1 });
  });
});

describe("the session token's format", () => {
  const secret = "unit-test-secret-unit-test-secret-0123";
  const claims = { sub: "user-1", authTime: 1_700_000_000, secondFactorAt: 1_700_000_100 };

  it("is next-auth's own, both ways", async () => {
    expect(
      await decodeJwt({ token: await encode({ token: claims, secret }), secret }),
    ).toMatchObject(claims);
    expect(
      await decode({ token: await encodeJwt({ token: claims, secret }), secret }),
    ).toMatchObject(claims);
    // And with a salt, as next-auth allows.
    const salted = await encode({ token: claims, secret, salt: "s" });
    expect(await decodeJwt({ token: salted, secret, salt: "s" })).toMatchObject(claims);
  });

  it("carries next-auth's header and lifetime", async () => {
    const token = await encodeJwt({ token: claims, secret, maxAge: 1800 });
    const header = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString("utf8"));
    expect(header).toEqual({ alg: "dir", enc: "A256GCM" });
    const payload = (await decodeJwt({ token, secret })) as {
      exp: number;
      iat: number;
      jti: unknown;
    };
    expect(payload.exp - payload.iat).toBe(1800);
    expect(typeof payload.jti).toBe("string");
  });

  it("refuses a token made with another secret, or with another salt", async () => {
    const token = await encodeJwt({ token: claims, secret });
    await expect(decodeJwt({ token, secret: `${secret}-other` })).rejects.toThrow();
    await expect(decode({ token, secret: `${secret}-other` })).rejects.toThrow();
    await expect(decodeJwt({ token, secret, salt: "other" })).rejects.toThrow();
    expect(await decodeJwt({ token: "", secret })).toBeNull();
  });
});
