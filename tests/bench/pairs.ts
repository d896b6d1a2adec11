/**
 * Two servers asked the same request in turn (`npm run bench:ab`, `npm run bench:history`): on a
 * machine whose speed drifts, a pair's two requests see the same machine, so the median of the
 * pairs' ratios says what differs between the servers and not what the machine did meanwhile.
 */
import type { Session } from "@/lib/cli/app-process";
import { percentile } from "./report";

/** One request, read to its end: milliseconds. */
export async function timed(session: Session, url: string): Promise<number> {
  const started = performance.now();
  const response = await session.fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

export type Pairs = {
  /** p50 of A's and of B's requests, ms. */
  a: number;
  b: number;
  /** The median of B/A over the pairs. */
  ratio: number;
  /** The share of pairs in which B was faster. */
  bFaster: number;
};

/** `rounds` pairs after ten warm-up pairs; which of the two goes first alternates. */
export async function inTurn(a: Session, b: Session, url: string, rounds: number): Promise<Pairs> {
  for (let i = 0; i < 10; i++) await Promise.all([timed(a, url), timed(b, url)]);
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    // The second of a pair finds the caches the first warmed: each goes second half the time.
    if (i % 2 === 0) {
      times.a.push(await timed(a, url));
      times.b.push(await timed(b, url));
    } else {
      times.b.push(await timed(b, url));
      times.a.push(await timed(a, url));
    }
  }
  const ratios = times.b.map((ms, i) => ms / times.a[i]!);
  return {
    a: percentile(times.a, 50),
    b: percentile(times.b, 50),
    ratio: percentile(ratios, 50),
    bFaster: ratios.filter((ratio) => ratio < 1).length / rounds,
  };
}
