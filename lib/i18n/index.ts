/**
 * The message catalogue (DESIGN.md §6): Danish first, English beside it. Every user-facing string
 * lives in lib/i18n/messages/<locale>/<area>.ts; components ask for a key. Keys are typed, so a
 * missing or misspelt one fails the type check, and a unit test proves both locales have the same
 * keys. Isomorphic: used by server and client components alike.
 */
import { da, type Messages } from "./messages/da";
import { en } from "./messages/en";
import { dateTimeFormat, numberFormat } from "@/lib/intl";

export type { Messages };

export const LOCALES = ["da", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "da";
export const LOCALE_COOKIE = "trivsel-locale";
/** Dates and times are shown as in Denmark, whatever the server's zone. */
export const TIME_ZONE = "Europe/Copenhagen";

const catalogues: Record<Locale, Messages> = { da, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/** "admin.pupils.title" style paths to every string of the catalogue. */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Each catalogue's strings by key, once found: a page asks for the same keys hundreds of times.
 * Only keys the catalogue has are kept, so a key made from input (a validation message, an audit
 * action) cannot grow the map.
 */
const found = new WeakMap<object, Map<string, string>>();

export function lookup(messages: Partial<Messages>, key: string): string | undefined {
  let strings = found.get(messages);
  if (!strings) {
    strings = new Map();
    found.set(messages, strings);
  }
  const known = strings.get(key);
  if (known !== undefined) return known;
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== "string") return undefined;
  strings.set(key, node);
  return node;
}

export function isMessageKey(messages: Messages, key: string): key is MessageKey {
  return lookup(messages, key) !== undefined;
}

/**
 * `t("pupils.count", { count: 3 })` → "3 elever": `{name}` placeholders are filled in. A key that
 * is not in `messages` (in the browser: a namespace the page did not send) is shown as itself,
 * and told to `onMissing`.
 */
export function createTranslator(
  messages: Partial<Messages>,
  onMissing?: (key: string) => void,
): Translate {
  return (key, values) => {
    const found = lookup(messages, key);
    if (found === undefined) onMissing?.(key);
    const message = found ?? key;
    if (!values) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}

/** The Intl locale of each of the app's languages. */
export const intlLocale: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

type DateStyle = "short" | "long" | "dateTime" | "time";

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { timeZone: TIME_ZONE, day: "numeric", month: "numeric", year: "numeric" },
  long: { timeZone: TIME_ZONE, dateStyle: "long" },
  dateTime: { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" },
  time: { timeZone: TIME_ZONE, timeStyle: "short" },
};

/** The app's date and time styles, each one formatter per locale for the process (lib/intl). */
function formatter(locale: Locale, style: DateStyle): Intl.DateTimeFormat {
  return dateTimeFormat(intlLocale[locale], DATE_STYLES[style]);
}

export function formatDate(
  value: Date | string,
  locale: Locale,
  style: "short" | "long" = "short",
): string {
  return formatter(locale, style).format(typeof value === "string" ? new Date(value) : value);
}

export function formatDateTime(value: Date | string, locale: Locale): string {
  return formatter(locale, "dateTime").format(typeof value === "string" ? new Date(value) : value);
}

/** A time of day as in Denmark: "14.32" (Danish), "14:32" (English). */
export function formatTime(value: Date, locale: Locale): string {
  return formatter(locale, "time").format(value);
}

/** Fixed decimals, one options object each: the formatter cache finds them without a JSON key. */
const FRACTION_DIGITS = [0, 1].map((digits) => ({
  minimumFractionDigits: digits,
  maximumFractionDigits: digits,
}));

/** A number in the reader's language, whole or with one decimal: "4,8", "1.234". */
export function formatNumber(value: number, locale: Locale, fractionDigits: 0 | 1 = 0): string {
  return numberFormat(intlLocale[locale], FRACTION_DIGITS[fractionDigits]).format(value);
}

/** A share in prose, as exact as it was kept (whole or one decimal): "33,3", "25". */
export function formatShare(value: number, locale: Locale): string {
  return formatNumber(value, locale, Number.isInteger(value) ? 0 : 1);
}
