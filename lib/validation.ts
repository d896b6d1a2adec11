/**
 * Building blocks for the zod schemas of forms. Errors carry message keys of the catalogue
 * ("validation.required"), which lib/actions turns into the reader's language; everything else
 * falls back to a message chosen by the code.
 */
import { z } from "zod";

/** A required line of text, trimmed. */
export function text(max = 200) {
  return z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max);
}

/** Optional text: blank becomes null, so an update clears the field (and a stored null reads back). */
export function optionalText(max = 2000) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
}

export function email() {
  return z
    .string({ error: "validation.required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "validation.required" })
    .max(320)
    .pipe(z.email({ error: "validation.email" }));
}

export function optionalEmail() {
  return z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .optional()
    .transform((value) => value || null)
    .pipe(z.email({ error: "validation.email" }).nullable());
}

const PHONE = /^\+?[0-9 ]{8,16}$/;

export function optionalPhone() {
  return z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || PHONE.test(value), { error: "validation.phone" });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-11-21" as midnight UTC, or null when it is not a real calendar day ("2015-02-30"). */
export function parseDay(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}

/**
 * A calendar day from <input type="date">, as midnight UTC for a DATE column. A bad day aborts
 * the parse of its object: refinements across fields ("to" after "from") then never see the
 * unparsed text instead of a Date (they would throw, a 500 instead of a message).
 */
export function day() {
  return z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .refine((value) => parseDay(value) !== null, { error: "validation.date", abort: true })
    .transform((value) => parseDay(value)!);
}

export function optionalDay() {
  return z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || parseDay(value) !== null, {
      error: "validation.date",
      abort: true,
    })
    .transform((value) => (value ? parseDay(value) : null));
}

/**
 * An HTML checkbox: ticked sends "on"; an unticked box is not sent at all, which is false. A
 * stored boolean (JSON details read back) passes as itself.
 */
export function checkbox() {
  return z
    .union([z.boolean(), z.enum(["on", "true", "false"])])
    .optional()
    .transform((value) => value === true || value === "on" || value === "true");
}

export function id() {
  return z.uuid({ error: "validation.invalid" });
}

/** The version the form was read at (optimistic locking). */
export function version() {
  return z.coerce.number({ error: "validation.invalid" }).int().min(1);
}

export function integer(min: number, max: number) {
  return z.coerce
    .number({ error: "validation.number" })
    .int({ error: "validation.number" })
    .min(min)
    .max(max);
}

/** Several values of one name (a group of checkboxes); none at all is an empty list. */
export function many<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}

/**
 * FormData to a plain object: a name given several times becomes a list; React's own
 * `$ACTION_…` fields are left out.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION_") || typeof raw !== "string") continue;
    // PostgreSQL cannot store U+0000 in text, and no one types it: it is dropped here, so a
    // forged form cannot turn a save into a database error (found by the random-input test).
    const value = raw.replaceAll("\u0000", "");
    // Own properties only, defined rather than assigned: a field named `__proto__` or
    // `constructor` is a field like any other, never the object's prototype.
    const existing = Object.hasOwn(result, key) ? result[key] : undefined;
    const next =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...existing, value]
          : [existing, value];
    Object.defineProperty(result, key, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}
