/**
 * Optimistic locking for records people edit concurrently: an update names the version it read
 * (`where: { id, schoolId, version }`, `data: { version: { increment: 1 } }`) and this tells a
 * stale edit (refused, with a clear message) from a record that is gone or out of scope.
 */
import { NotFoundError, StaleVersionError } from "@/lib/errors";

export async function assertVersionedUpdate(
  updated: { count: number },
  entity: string,
  stillExists: () => Promise<unknown>,
): Promise<void> {
  if (updated.count === 1) return;
  throw (await stillExists()) ? new StaleVersionError(entity) : new NotFoundError(entity);
}

/** Added to the data of every versioned update. */
export const nextVersion = { version: { increment: 1 } } as const;
