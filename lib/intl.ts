/**
 * Intl formatters, one per locale and options for the process (or the browser tab). Building an
 * Intl.NumberFormat or Intl.DateTimeFormat costs far more than formatting with one: a dashboard
 * formats thousands of figures, a timeline hundreds of dates (measured: building one per
 * figure took a fifth of the municipality dashboard's server time; docs/performance.md).
 *
 * A formatter is found by its options object first (callers keep theirs in a module constant and
 * never change it), and only for an options object not seen before by its JSON: a timeline
 * formats hundreds of dates, and the JSON of the options for each was a millisecond of a request.
 */
type Cache<F> = { byKey: Map<string, F>; byOptions: WeakMap<object, Map<string, F>> };

const numberFormats: Cache<Intl.NumberFormat> = { byKey: new Map(), byOptions: new WeakMap() };
const dateTimeFormats: Cache<Intl.DateTimeFormat> = { byKey: new Map(), byOptions: new WeakMap() };
const NO_OPTIONS = {};

function cached<F>(cache: Cache<F>, locale: string, options: object, make: () => F): F {
  let forOptions = cache.byOptions.get(options);
  if (!forOptions) {
    forOptions = new Map();
    cache.byOptions.set(options, forOptions);
  }
  let found = forOptions.get(locale);
  if (found) return found;
  const key = `${locale} ${JSON.stringify(options)}`;
  found = cache.byKey.get(key);
  if (!found) {
    found = make();
    cache.byKey.set(key, found);
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
