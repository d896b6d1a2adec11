/**
 * Sign-in throttling (docs/decisions/0017): exponential back-off on three counters kept in
 * PostgreSQL, so every app instance sees the same ones.
 *
 * - per email and IP address (the guessing attacker): a few free attempts, then a wait that
 *   doubles up to 15 minutes. Someone at another address is not affected, so an attacker cannot
 *   lock a real user out;
 * - per email, from any address (an attacker who spreads the guesses over many addresses): more
 *   free attempts, and a wait of at most two minutes, so the real user waits little;
 * - per IP address, whatever the email (one address trying many accounts): many free attempts —
 *   a whole school may share one address — then at most ten minutes.
 *
 * Every attempt counts when it starts (in one transaction with row locks, so parallel requests
 * cannot slip past the count), a refused attempt does not count, and a successful sign-in clears
 * the counters for the email and gives its attempt back to the address. Unknown emails are
 * counted exactly like known ones: the answer never tells whether an account exists. Emails are
 * stored only as keyed hashes.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db/client";

type Tier = {
  kind: "pair" | "account" | "ip";
  /** Attempts allowed without any wait. */
  free: number;
  /** The first wait, doubled with each further attempt. */
  baseSeconds: number;
  capSeconds: number;
};

export const THROTTLE_TIERS: readonly Tier[] = [
  { kind: "pair", free: 5, baseSeconds: 30, capSeconds: 15 * 60 },
  { kind: "account", free: 20, baseSeconds: 5, capSeconds: 2 * 60 },
  { kind: "ip", free: 50, baseSeconds: 5, capSeconds: 10 * 60 },
];

/** A counter with no attempt for this long starts again from zero. */
const RESET_AFTER_MS = 60 * 60 * 1000;
/** Rows untouched for this long are deleted now and then. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export type ThrottleDecision =
  | { allowed: true; keys: ThrottleKeys }
  | { allowed: false; retryAfterSeconds: number; kinds: Tier["kind"][] };

type ThrottleKeys = { pair: string; account: string; ip: string };

function keyedHash(value: string): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return createHmac("sha256", secret).update(value).digest("base64url");
}

export function throttleKeys(email: string, ip: string): ThrottleKeys {
  const normalised = email.trim().toLowerCase();
  return {
    pair: `pair:${keyedHash(`${normalised}\n${ip}`)}`,
    account: `account:${keyedHash(normalised)}`,
    ip: `ip:${ip}`,
  };
}

/** The wait after the n-th attempt of a counter, in seconds (0: none). */
export function waitAfter(tier: Tier, attempts: number): number {
  if (attempts < tier.free) return 0;
  return Math.min(tier.capSeconds, tier.baseSeconds * 2 ** Math.min(attempts - tier.free, 20));
}

type Row = { key: string; attempts: number; lastAttemptAt: Date; blockedUntil: Date | null };

/**
 * Counts an attempt to sign in as `email` from `ip`, or refuses it while one of its counters
 * says wait. Call before checking the password; call `signInSucceeded` after a success.
 */
export async function beginSignInAttempt(
  email: string,
  ip: string,
  now: Date = new Date(),
): Promise<ThrottleDecision> {
  const keys = throttleKeys(email, ip);
  const tierOf = new Map(THROTTLE_TIERS.map((tier) => [keys[tier.kind], tier]));
  const ordered = [...tierOf.keys()].sort();

  const decision = await db.$transaction(
    async (tx) => {
      // Lock the rows in one order, so that two concurrent attempts cannot deadlock.
      await tx.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "attempts", "lastAttemptAt")
      SELECT unnest(${ordered}::text[]), 0, ${now}
      ON CONFLICT ("key") DO NOTHING`;
      const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "attempts", "lastAttemptAt", "blockedUntil" FROM "SignInThrottle"
      WHERE "key" = ANY(${ordered}::text[]) ORDER BY "key" FOR UPDATE`;

      const blocked = rows.filter((row) => row.blockedUntil && row.blockedUntil > now);
      if (blocked.length > 0) {
        const until = Math.max(...blocked.map((row) => row.blockedUntil!.getTime()));
        return {
          allowed: false as const,
          retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000),
          kinds: blocked.map((row) => tierOf.get(row.key)!.kind),
        };
      }
      for (const row of rows) {
        const tier = tierOf.get(row.key)!;
        const stale = now.getTime() - row.lastAttemptAt.getTime() > RESET_AFTER_MS;
        const attempts = stale ? 1 : row.attempts + 1;
        const wait = waitAfter(tier, attempts);
        await tx.$executeRaw`
        UPDATE "SignInThrottle"
        SET "attempts" = ${attempts}, "lastAttemptAt" = ${now},
            "blockedUntil" = ${wait > 0 ? new Date(now.getTime() + wait * 1000) : null}
        WHERE "key" = ${row.key}`;
      }
      return { allowed: true as const, keys };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );

  // Now and then, forget counters nobody has touched for a day.
  if (Math.random() < 0.02) {
    await db.signInThrottle.deleteMany({
      where: { lastAttemptAt: { lt: new Date(now.getTime() - FORGET_AFTER_MS) } },
    });
  }
  return decision;
}

/** A sign-in succeeded: the email's counters start again; the address gets its attempt back. */
export async function signInSucceeded(keys: ThrottleKeys): Promise<void> {
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: { in: [keys.pair, keys.account] } } }),
    db.$executeRaw`
      UPDATE "SignInThrottle" SET "attempts" = GREATEST("attempts" - 1, 0)
      WHERE "key" = ${keys.ip}`,
  ]);
}

/**
 * The client's address: the last entry of X-Forwarded-For, which is the one the nearest proxy
 * added (Next.js fills it from the socket when there is no proxy). Behind a reverse proxy, that
 * proxy must set or append it; without one, a client can claim any address — then the
 * per-email counter still limits the guessing.
 */
export function clientIp(headers: Headers | Record<string, unknown> | undefined): string {
  const raw =
    headers instanceof Headers
      ? headers.get("x-forwarded-for")
      : (headers?.["x-forwarded-for"] as string | string[] | undefined);
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  // IPv4 in IPv6 form and plain IPv4 are one address.
  return (last ?? "unknown").replace(/^::ffff:/, "").slice(0, 64);
}
