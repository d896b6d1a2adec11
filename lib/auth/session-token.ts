/**
 * The session cookie's claims and how it is (re-)issued: by next-auth at sign-in, by the proxy
 * to slide the idle lifetime, and by the server when a second factor is given after sign-in
 * (docs/decisions/0022). One list of the claims that survive a re-issue, so none is dropped on
 * the way — and the second factor is a claim that must be present, never one whose absence
 * grants anything: a token without it counts as "no second factor given".
 */
import hkdf from "@panva/hkdf";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

export const SESSION_COOKIE = "next-auth.session-token";

/** The cookie's name: next-auth prefixes it with `__Secure-` behind https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export type SessionClaims = {
  /** Our user id. */
  sub?: string;
  /** Seconds since the epoch at sign-in: the absolute lifetime counts from here. */
  authTime?: number;
  /** Seconds since the epoch when this session gave a second factor (TOTP or a recovery code). */
  secondFactorAt?: number;
};

/** The claims a re-issued cookie carries over from the old one; nothing else of it. */
export function sessionClaims(token: JWT | SessionClaims): SessionClaims {
  const claims: SessionClaims = {};
  if (typeof token.sub === "string") claims.sub = token.sub;
  if (typeof token.authTime === "number") claims.authTime = token.authTime;
  if (typeof token.secondFactorAt === "number") claims.secondFactorAt = token.secondFactorAt;
  return claims;
}

/**
 * Whether a session is still within its absolute lifetime (SESSION_MAX_HOURS from sign-in): past
 * it, no activity renews it. A token without a sign-in time is not.
 */
export function withinAbsoluteLifetime(
  token: { authTime?: unknown },
  maxSeconds: number,
  now: number,
): boolean {
  return typeof token.authTime === "number" && now - token.authTime <= maxSeconds;
}

export async function encodeSession(
  claims: SessionClaims,
  secret: string,
  maxAgeSeconds: number,
): Promise<string> {
  return encodeJwt({ token: sessionClaims(claims), secret, maxAge: maxAgeSeconds });
}

// ─── next-auth's token format, with the derived key kept ─────────────────────────────────────
//
// next-auth v4 encrypts the session token (JWE, "dir" + A256GCM) with a key it derives from
// NEXTAUTH_SECRET by HKDF, anew on every encode and decode: three derivations a request (the
// proxy's decode, getServerSession's decode and re-encode), measured at about 1 ms on a quiet
// machine (npm run bench:profile). These are next-auth's own encode and decode
// (node_modules/next-auth/jwt), byte for byte the same format, with the derived key computed once
// per secret; authOptions.jwt, the proxy and lib/auth/session.ts (which reads the cookie itself
// rather than through getServerSession's whole endpoint) use them. session-token.test.ts holds each to
// next-auth's own in both directions.

const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const derivedKeys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string | Buffer, salt = ""): Promise<Uint8Array> {
  const cacheKey = `${salt}\u0000${secret.toString()}`;
  let key = derivedKeys.get(cacheKey);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = hkdf("sha256", secret, salt, info, 32);
    derivedKeys.set(cacheKey, key);
  }
  return key;
}

export async function encodeJwt({
  token = {},
  secret,
  maxAge = DEFAULT_MAX_AGE_SECONDS,
  salt = "",
}: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(now + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

export async function decodeJwt({
  token,
  secret,
  salt = "",
}: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), {
    clockTolerance: 15,
  });
  return payload as JWT;
}

/** The cookie's attributes, as next-auth sets them. */
export function sessionCookieOptions(secure: boolean, maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: "/",
    maxAge: maxAgeSeconds,
  };
}
