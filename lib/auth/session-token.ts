/**
 * The session cookie's claims and how it is (re-)issued: by next-auth at sign-in, by the proxy
 * to slide the idle lifetime, and by the server when a second factor is given after sign-in
 * (docs/decisions/0022). One list of the claims that survive a re-issue, so none is dropped on
 * the way — and the second factor is a claim that must be present, never one whose absence
 * grants anything: a token without it counts as "no second factor given".
 */
import { encode, type JWT } from "next-auth/jwt";

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

export async function encodeSession(
  claims: SessionClaims,
  secret: string,
  maxAgeSeconds: number,
): Promise<string> {
  return encode({ token: sessionClaims(claims), secret, maxAge: maxAgeSeconds });
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
