/**
 * The app's configuration, read from the environment and validated once. A bad or missing value
 * stops the server at start (instrumentation.ts) with a message naming the variable.
 * `npm start` fills in DATABASE_URL and NEXTAUTH_SECRET for the embedded database.
 */
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** Hours an emergency access lasts (docs/decisions/0019-emergency-access.md). */
export const emergencyAccessHours = z.coerce.number().int().min(1).max(72).default(24);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)"),
    NEXTAUTH_URL: z.url().optional(),
    /** Sign-out after this much inactivity. */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(240).default(30),
    /** Sign-out this long after sign-in, active or not. */
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(10),
    /** Encrypts TOTP secrets (32 bytes, base64); derived from NEXTAUTH_SECRET when unset. */
    TOTP_ENCRYPTION_KEY: optionalText.refine(
      (value) => value === undefined || Buffer.from(value, "base64").length === 32,
      "must be 32 bytes in base64 (e.g. openssl rand -base64 32)",
    ),
    /** The municipality's identity provider (OpenID Connect); off unless all three are set. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_DISPLAY_NAME: optionalText,
    /** How long an emergency access (nødadgang) lasts unless ended early. */
    EMERGENCY_ACCESS_HOURS: emergencyAccessHours,
  })
  .refine(
    (env) => {
      const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean);
      return set.length === 0 || set.length === 3;
    },
    {
      message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      path: ["OIDC_ISSUER"],
    },
  );

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment; throws a readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".") || "env"}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee README.md, "Configuration".`);
  }
  cached = parsed.data;
  return cached;
}

export function oidcEnabled(config: Env = env()): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}
