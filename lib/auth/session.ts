/**
 * The actor of the current request: the signed-in user, their active school and their roles
 * there, read fresh from the database once per request (React `cache`). A deactivated user or a
 * removed role stops working at the next request; a session older than SESSION_MAX_HOURS is over
 * whatever its activity.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { recordDenied, recordRefusal } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { withEmergencyGrants } from "@/lib/emergency-access/grants";
import { can, ForbiddenError, type Actor, type Permission } from "./policy";
import { safeCallbackUrl } from "./redirect";
import {
  sessionStateFor,
  type PendingSecondFactorUser,
  type SchoolChoice,
  type SessionState,
  type SignedInUser,
} from "./session-state";
import {
  decodeJwt,
  encodeSession,
  sessionClaims,
  sessionCookieName,
  sessionCookieOptions,
  type SessionClaims,
} from "./session-token";

/** Where a user sets up (or, when the school requires it, must set up) the second factor. */
export const TWO_FACTOR_PATH = "/account/two-factor";

export const SCHOOL_COOKIE = "trivsel-school";
export { AD_HOC_ACCESS_DAYS, type SchoolChoice, type SignedInUser } from "./session-state";

/** Where a session signed in through the identity provider gives its second factor (0022). */
export const SECOND_FACTOR_PATH = "/login/second-factor";

/**
 * The session of this request, as the database has it now. Every lookup below goes through
 * here: a session whose second factor is still to come is signed out for all of them, and only
 * the second-factor page and its action see who it is.
 */
const getSessionState = cache(async (): Promise<SessionState> => {
  return sessionStateFor(await requestSessionClaims(), {
    maxAgeSeconds: env().SESSION_MAX_HOURS * 3600,
  });
});

/**
 * The claims of the request's session cookie — the cookie next-auth issued, under the name it
 * uses (`__Secure-` when NEXTAUTH_URL is https), decrypted with the key it derives — or none when
 * there is no cookie or it does not decrypt or has expired. next-auth's getServerSession gave
 * the same claims through its whole session endpoint (a request object built from the headers,
 * its callbacks, and a fresh token encrypted and thrown away): about a millisecond a request
 * (docs/performance.md).
 */
async function requestSessionClaims(): Promise<SessionClaims> {
  return sessionClaims((await requestSessionToken()).token ?? {});
}

/**
 * The request's session cookie, decrypted (with its expiry), and where a new one would go. Once a
 * request: the session's state and its lifetime (the signed-in frame's) read the same.
 */
const requestSessionToken = cache(async () => {
  const config = env();
  const secure = config.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const name = sessionCookieName(secure);
  const raw = (await cookies()).get(name)?.value;
  let token: Awaited<ReturnType<typeof decodeJwt>> = null;
  try {
    token = raw ? await decodeJwt({ token: raw, secret: config.NEXTAUTH_SECRET }) : null;
  } catch {
    token = null;
  }
  return { name, secure, token };
});

/** How long the request's session has left, and whether asking can renew it. */
export type SessionLifetime = {
  /** Until its idle expiry or its absolute one, whichever comes first. */
  secondsLeft: number;
  /** False within the last idle period before SESSION_MAX_HOURS: only signing in again helps. */
  renewable: boolean;
};

/**
 * The session's lifetime, for the warning before it ends (components/shell/session-timeout.tsx),
 * without renewing it (the proxy leaves /api/session alone). Null when the request is not, or no
 * longer, signed in — a deactivated user's session included.
 */
export async function sessionLifetime(): Promise<SessionLifetime | null> {
  const { token } = await requestSessionToken();
  if (typeof token?.exp !== "number" || typeof token.authTime !== "number") return null;
  if (!(await getSignedInUser())) return null;
  return lifetime(token.exp, token.authTime, Math.floor(Date.now() / 1000));
}

/**
 * The person asked to stay signed in: the cookie is issued again with a fresh idle lifetime, as
 * the proxy does on every request, within the absolute lifetime. Returns the lifetime now.
 */
export async function renewSession(): Promise<SessionLifetime | null> {
  const { name, secure, token } = await requestSessionToken();
  // Signed in: within the absolute lifetime, the user active, no second factor still to give.
  if (typeof token?.authTime !== "number" || !(await getSignedInUser())) return null;
  const config = env();
  const now = Math.floor(Date.now() / 1000);
  const idleSeconds = config.SESSION_IDLE_MINUTES * 60;
  const value = await encodeSession(sessionClaims(token), config.NEXTAUTH_SECRET, idleSeconds);
  (await cookies()).set(name, value, sessionCookieOptions(secure, idleSeconds));
  return lifetime(now + idleSeconds, token.authTime, now);
}

/** A session that expires at `expiresAt` (idle), signed in at `authTime`, seen at `now`. */
function lifetime(expiresAt: number, authTime: number, now: number): SessionLifetime {
  const config = env();
  const absoluteEnd = authTime + config.SESSION_MAX_HOURS * 3600;
  return {
    secondsLeft: Math.max(0, Math.min(expiresAt, absoluteEnd) - now),
    renewable: expiresAt < absoluteEnd,
  };
}

/** The signed-in user and the schools they may work at; null when not (or no longer) signed in. */
export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const state = await getSessionState();
  return state.kind === "signed-in" ? state.user : null;
});

/** For the second-factor page and action only: who is to give it, or null. */
export const getPendingSecondFactor = cache(async (): Promise<PendingSecondFactorUser | null> => {
  const state = await getSessionState();
  return state.kind === "second-factor-pending" ? state.user : null;
});

/**
 * The second factor was given: the session cookie is issued again with the time of it, the
 * other claims unchanged (session-token.ts). Only the server can do this — the cookie is
 * encrypted with NEXTAUTH_SECRET — and only after checking a code (two-factor.ts).
 */
export async function recordSecondFactorInSession(): Promise<void> {
  const jar = await cookies();
  const secure = jar.has(sessionCookieName(true));
  const name = sessionCookieName(secure);
  const raw = jar.get(name)?.value;
  const secret = env().NEXTAUTH_SECRET;
  const token = raw ? await decodeJwt({ token: raw, secret }) : null;
  if (!token?.sub) return;
  const maxAge = env().SESSION_IDLE_MINUTES * 60;
  const claims = { ...sessionClaims(token), secondFactorAt: Math.floor(Date.now() / 1000) };
  jar.set(name, await encodeSession(claims, secret, maxAge), sessionCookieOptions(secure, maxAge));
}

/** The school the user works with now: their choice if still theirs, or their only school. */
export function activeSchoolOf(
  user: SignedInUser,
  chosenSchoolId: string | undefined,
): SchoolChoice | null {
  const chosen = user.schools.find((school) => school.schoolId === chosenSchoolId);
  if (chosen) return chosen;
  return user.schools.length === 1 ? user.schools[0]! : null;
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await getSignedInUser();
  // No actor until the required second factor is set up: pages and actions refuse alike.
  if (!user || user.mustEnrolTotp) return null;
  const school = activeSchoolOf(user, (await cookies()).get(SCHOOL_COOKIE)?.value);
  if (!school) return null;
  // A forum member's running emergency accesses (nødadgang) widen what the policy lets them read.
  return withEmergencyGrants({
    userId: user.id,
    name: user.name,
    email: user.email,
    schoolId: school.schoolId,
    schoolName: school.schoolName,
    municipalityId: school.municipalityId,
    roles: school.roles,
    requestId: (await headers()).get("x-request-id") ?? undefined,
  });
});

/**
 * For pages: the actor, or off to sign-in (not signed in) or the school picker (signed in, but
 * no school chosen yet).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const user = await getSignedInUser();
  if (!user) {
    const back = safeCallbackUrl((await headers()).get("x-trivsel-path") ?? undefined);
    const to = (await getPendingSecondFactor()) ? SECOND_FACTOR_PATH : "/login";
    redirect(back === "/" ? to : `${to}?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (user.mustEnrolTotp) redirect(TWO_FACTOR_PATH);
  redirect("/select-school");
}

/**
 * For pages: the actor if their roles grant `permission`; otherwise the attempt is logged and
 * the page answers "not found" (it does not confirm that something is there).
 */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) {
    // The path (never its query: it may hold a search) and, for a pupil's page, the pupil: the
    // attempt then shows in that pupil's access log.
    const path = ((await headers()).get("x-trivsel-path") ?? "").split("?")[0] ?? "";
    await recordDenied(actor, {
      action: "page.open",
      pupilId: pupilIdInPath(path),
      details: { permission, path },
    });
    notFound();
  }
  return actor;
}

/**
 * For pages: a refusal in the domain — a record not there or outside the actor's scope, or a
 * permission the page's own check did not cover — becomes the page's 404 (it never confirms
 * that something is there), audited once (lib/audit `recordRefusal`) with the path and, on a
 * pupil's page, the pupil.
 */
export async function refusePage(error: ForbiddenError | NotFoundError): Promise<never> {
  const actor = await getActor();
  if (actor) {
    const path = ((await headers()).get("x-trivsel-path") ?? "").split("?")[0] ?? "";
    await recordRefusal(actor, error, { action: "page.open", path, pupilId: pupilIdInPath(path) });
  }
  notFound();
}

export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return refusePage(error);
    throw error;
  });
}

/** "/pupils/<id>/…", "/privacy/pupils/<id>/…", "/admin/pupils/<id>" → the pupil's id. */
export function pupilIdInPath(path: string): string | null {
  const match = /^(?:\/privacy|\/admin)?\/pupils\/([0-9a-f-]{36})(?:\/|$)/i.exec(path);
  return match?.[1] ?? null;
}
