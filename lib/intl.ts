/**
 * Intl formatters, one per locale and options for the process (or the browser tab). Building an
 * Intl.NumberFormat or Intl.DateTimeFormat costs far more than formatting with one: a dashboard
 * formats thousands of figures, a timeline hundreds of dates (measured: building one per
 * figure took a fifth of the municipality dashboard's server time; docs/performance.md).
 *
 * A formatter is found by its options object first (callers keep theirs in a module constant),
 * and only for an options object not seen before by its JSON: a timeline formats hundreds of
 * dates, and the JSON of the options for each was a millisecond of a request.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const byOptions = new WeakMap<object, Map<string, Intl.NumberFormat | Intl.DateTimeFormat>>();
const NO_OPTIONS = {};

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  cache: Map<string, F>,
  locale: string,
  options: object,
  make: () => F,
): F {
  let forOptions = byOptions.get(options);
  if (!forOptions) {
    forOptions = new Map();
    byOptions.set(options, forOptions);
  }
  let found = forOptions.get(locale) as F | undefined;
  if (found) return found;
  const key = `${locale} ${JSON.stringify(options)}`;
  found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  forOptions.set(locale, found);
  return found;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = NO_OPTIONS) {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = NO_OPTIONS) {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}
