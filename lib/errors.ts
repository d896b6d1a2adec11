/**
 * Errors the domain raises on purpose. The action wrapper (lib/actions/form-action.ts) turns each
 * into a clear message in the form; anything else is unexpected and logged.
 */
import type { MessageKey, MessageValues } from "@/lib/i18n";

/** The record changed since the form was read: the edit is refused, not silently merged. */
export class StaleVersionError extends Error {
  constructor(readonly entity: string) {
    super(`Stale version of ${entity}`);
    this.name = "StaleVersionError";
  }
}

/**
 * Not there, or not in the actor's scope: the two look the same from outside. Either way a
 * refusal, which whoever answers it (the action wrapper, a page, a route handler) writes to the
 * audit trail (lib/audit `recordRefusal`) — unless the domain has already (`audited`).
 */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly refused: { id?: string; pupilId?: string | null; audited?: boolean } = {},
  ) {
    super(`Not found: ${entity}`);
    this.name = "NotFoundError";
  }
}

/** Input that is well-formed but breaks a rule only the domain knows (an email already in use). */
export class DomainValidationError extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: MessageKey,
    readonly values?: MessageValues,
  ) {
    super(`Invalid ${field}: ${messageKey}`);
    this.name = "DomainValidationError";
  }
}
