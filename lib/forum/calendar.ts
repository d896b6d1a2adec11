/**
 * A forum meeting as an iCalendar file (RFC 5545) for a participant's own calendar: one VEVENT
 * with the time, the place and the status — never the agenda or a pupil's name, since calendars
 * are shared, synced and shown on phones' lock screens. Pure: no database, no Next.js.
 */

export type CalendarEvent = {
  /** Globally unique and stable, so a re-import updates the event instead of adding one. */
  uid: string;
  /** When this file was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string | null;
  status: "CONFIRMED" | "CANCELLED";
  /** Raised with every change, so calendars take the newer copy. */
  sequence: number;
  url?: string | null;
};

const CRLF = "\r\n";
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

/** A UTC date-time, "20261125T130000Z" (RFC 5545 §3.3.5, form #2). */
export function icsDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
  // Other control characters (tab aside) are not allowed in a TEXT value.
  return [...escaped].filter((character) => !isControl(character)).join("");
}

function isControl(character: string): boolean {
  const code = character.codePointAt(0)!;
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation starts with one space.
 * Counted in UTF-8 octets, and never inside a character, so "æøå" survive folding.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; a continuation holds the leading space and 74 more.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The whole file: CRLF line endings, every line folded. */
export function buildCalendar(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Trivsel//Trivselsforum//DA",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.status}`,
    `SEQUENCE:${event.sequence}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
