/**
 * The session cookie is read in two places only: lib/auth/session.ts, which turns it into a
 * signed-in user (and a session whose second factor is still to come into none), and proxy.ts,
 * which slides its idle lifetime. A third reader could skip the second factor (docs/decisions/
 * 0022); a re-issue that dropped a claim would ask for it again.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sessionClaims } from "./session-token";

const ROOT = path.resolve(import.meta.dirname, "../..");
const READERS = /\b(getServerSession|getToken|useSession|decode)\s*\(|from "next-auth\/jwt"/;

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
