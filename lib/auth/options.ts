/**
 * next-auth configuration: email + password (Credentials) and, when configured, the
 * municipality's OpenID Connect identity provider. Sessions are short-lived JWTs holding only the
 * user's id and the time of sign-in; roles are read from the database on every request
 * (lib/auth/session.ts), so a changed role or a deactivated user takes effect at once.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { env, oidcEnabled } from "@/lib/env";
import { normaliseEmail, verifyCredentials } from "./credentials";
import { decodeJwt, encodeJwt, sessionClaims } from "./session-token";
import { clientIp } from "./throttle";

export const OIDC_PROVIDER_ID = "municipality";

function requestIdOf(headers: unknown): string | undefined {
  const value = (headers as Record<string, string | undefined> | undefined)?.["x-request-id"];
  return typeof value === "string" ? value : undefined;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail",
      credentials: {
        email: { label: "E-mail", type: "email" },
        password: { label: "Adgangskode", type: "password" },
        code: { label: "Kode", type: "text" },
      },
      async authorize(credentials, request) {
        const email = credentials?.email;
        const password = credentials?.password;
        if (typeof email !== "string" || typeof password !== "string" || !email || !password)
          return null;
        if (email.length > 320 || password.length > 1024) return null;
        const code = typeof credentials?.code === "string" ? credentials.code.slice(0, 32) : "";
        return verifyCredentials(email, password, {
          requestId: requestIdOf(request?.headers),
          ip: clientIp(request?.headers),
          code,
        });
      },
    }),
  ];

  if (oidcEnabled(config)) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: config.OIDC_DISPLAY_NAME ?? "Kommunens login",
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return {
          id: profile.sub,
          email: profile.email ?? null,
          name: profile.name ?? profile.email ?? null,
        };
      },
    });
  }

  cached = {
    secret: config.NEXTAUTH_SECRET,
    providers,
    session: { strategy: "jwt", maxAge: config.SESSION_IDLE_MINUTES * 60 },
    jwt: { maxAge: config.SESSION_IDLE_MINUTES * 60, encode: encodeJwt, decode: decodeJwt },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      /** Identity-provider sign-in only for staff the school has created: no self-provisioning. */
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const staff = user.email
          ? await db.user.findUnique({
              where: { email: normaliseEmail(user.email) },
              select: { id: true, active: true },
            })
          : null;
        if (staff) {
          await recordAudit(
            db,
            { userId: staff.id },
            {
              action: "auth.sign-in",
              outcome: staff.active ? "ALLOWED" : "DENIED",
              details: { method: "oidc" },
            },
          );
        }
        return !!staff?.active;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          // First call after sign-in: bind the token to our own user id. The identity
          // provider's sign-in carries no second factor of ours: a user who has one (or must)
          // gives it on /login/second-factor before the session grants anything (0022).
          const id =
            account.provider === OIDC_PROVIDER_ID
              ? (
                  await db.user.findUnique({
                    where: { email: normaliseEmail(user.email ?? "") },
                    select: { id: true },
                  })
                )?.id
              : user.id;
          const now = Math.floor(Date.now() / 1000);
          const secondFactor = account.provider === "credentials" && user.secondFactor;
          return sessionClaims({
            sub: id,
            authTime: now,
            ...(secondFactor ? { secondFactorAt: now } : {}),
          });
        }
        return token;
      },
      async session({ session, token }) {
        return {
          expires: session.expires,
          user: { id: token.sub ?? "" },
          authTime: token.authTime ?? 0,
          ...(typeof token.secondFactorAt === "number"
            ? { secondFactorAt: token.secondFactorAt }
            : {}),
        };
      },
    },
  };
  return cached;
}
