/**
 * A race forced, not hoped for: a connection of its own takes a lock (`lock`, in a transaction),
 * the sends are fired, and once every one of them waits for that lock it is released — so they
 * all go on from the same point at the same time.
 */
import type pg from "pg";

export async function raceBehindLock<T>(
  locker: pg.Client,
  lock: { sql: string; params?: unknown[] },
  sends: () => Promise<T>[],
): Promise<PromiseSettledResult<T>[]> {
  await locker.query("BEGIN");
  await locker.query(lock.sql, lock.params);
  const fired = sends();
  const settled = Promise.allSettled(fired);
  for (;;) {
    // Inside a transaction the statistics views are a snapshot: take a fresh one each time.
    await locker.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await locker.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    if (rows[0]!.waiting === fired.length) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await locker.query("COMMIT");
  return settled;
}
