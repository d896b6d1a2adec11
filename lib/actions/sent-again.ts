/**
 * A form that creates something, sent twice — pressed again while the first send waits for its
 * answer, before the page's JavaScript (which disables the button) has loaded; "Tilbage" and
 * send; a browser sending it again — must not create it twice: two identical concerns about one
 * pupil, or two identical notes on a timeline, are noise in a record that must be read
 * (docs/decisions/0040). The second send finds what the first created: the same
 * person, the same pupil, the same content, within a few minutes. A lock per person and pupil,
 * held until the transaction ends, makes two sends at once take turns, so the second sees the
 * first's row.
 */
import "server-only";
import type { Tx } from "@/lib/db/client";

/** How long after a send the same content from the same person is the same send. */
export const SENT_AGAIN_WINDOW_MS = 10 * 60_000;

/**
 * Waits for any other send of `what` by this person about this pupil to commit, and keeps the
 * next one waiting until this transaction ends.
 */
export async function takeTurn(
  tx: Tx,
  what: string,
  actor: { userId: string },
  pupilId: string,
): Promise<void> {
  const key = `${what}:${actor.userId}:${pupilId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** The earliest creation time that still counts as the same send. */
export function sentAgainSince(): Date {
  return new Date(Date.now() - SENT_AGAIN_WINDOW_MS);
}
