/**
 * Runs before every page, server action and API request. Three jobs, none of them authorization
 * (that is checked on the server in every page and action — a proxy can be bypassed):
 * 1. a fresh request id, which ties together the audit entries of one request;
 * 2. the Content-Security-Policy with a fresh nonce (Next.js puts it on its own scripts), and
 *    `Cache-Control: no-store` (docs/decisions/0017);
 * 3. the idle timeout: each request by a signed-in user re-issues the session cookie with a new
 *    idle lifetime, until the absolute lifetime since sign-in runs out.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import {
  decodeJwt,
  encodeSession,
  sessionClaims,
  sessionCookieName,
  sessionCookieOptions,
  withinAbsoluteLifetime,
} from "@/lib/auth/session-token";
/** Re-issue the cookie at most this often. */
const REFRESH_AFTER_SECONDS = 60;

/**
 * Scripts only from this origin and with this response's nonce ('strict-dynamic' lets those load
 * the app's chunks). Styles allow inline: React and the charts set style attributes, and a style
 * cannot run code. Nothing may frame the app, and forms post only to it.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  // Never trust a client-supplied id: it would let a caller forge the audit trail's correlation.
  requestHeaders.set("x-request-id", requestId);
  // So a page that sends an unauthenticated visitor to sign in can bring them back afterwards.
  requestHeaders.set("x-trivsel-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // Next.js reads the nonce from the request's policy and sets it on the scripts it renders.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("Content-Security-Policy", csp);
  // Pupils' data must not stay in a browser's or a proxy's cache.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  await slideSession(request, response);
  return response;
}

async function slideSession(request: NextRequest, response: NextResponse): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return;
  const secure = request.nextUrl.protocol === "https:";
  const cookieName = sessionCookieName(secure);
  if (!request.cookies.has(cookieName)) return;

  const token = await getToken({ req: request, secret, secureCookie: secure, decode: decodeJwt });
  if (!token) return;
  const now = Math.floor(Date.now() / 1000);
  const idleSeconds = Number(process.env.SESSION_IDLE_MINUTES ?? 30) * 60;
  const maxSeconds = Number(process.env.SESSION_MAX_HOURS ?? 10) * 3600;
  if (!withinAbsoluteLifetime(token, maxSeconds, now)) {
    response.cookies.delete(cookieName);
    return;
  }
  if (typeof token.iat === "number" && now - token.iat < REFRESH_AFTER_SECONDS) return;

  // The same claims, the second factor's included (dropping it would ask for it again).
  const value = await encodeSession(sessionClaims(token), secret, idleSeconds);
  response.cookies.set(cookieName, value, sessionCookieOptions(secure, idleSeconds));
}

export const config = {
  // Not /api/session: asking how long the session has left must not renew it
  // (app/api/session/route.ts renews it only when the person asks to stay signed in).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/auth|api/session).*)"],
};
