import { describe, expect, it } from "vitest";
import { danishTime } from "@/lib/dates";
import { buildCalendar, escapeText, foldLine, icsDateTime, type CalendarEvent } from "./calendar";

const octets = (text: string) => new TextEncoder().encode(text).length;

/** The lines of a file as a calendar reads them: unfolded. */
const unfold = (text: string) => text.replace(/\r\n /g, "");

const event: CalendarEvent = {
  uid: "0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@trivsel",
  stamp: new Date("2026-11-20T08:30:15.123Z"),
  start: danishTime(new Date("2026-11-25T00:00:00Z"), "14:00"),
  end: danishTime(new Date("2026-11-25T00:00:00Z"), "15:30"),
  summary: "Trivselsforum – Demoskolen",
  location: "Mødelokale 2, 1. sal; ved personalerummet",
  status: "CONFIRMED",
  sequence: 2,
};

describe("icsDateTime", () => {
  it("writes UTC with a Z and no separators or milliseconds", () => {
    expect(icsDateTime(new Date("2026-11-20T08:30:15.123Z"))).toBe("20261120T083015Z");
  });

  it("turns Danish wall-clock time into UTC, winter and summer", () => {
    expect(icsDateTime(danishTime(new Date("2026-11-25T00:00:00Z"), "14:00"))).toBe(
      "20261125T130000Z",
    );
    expect(icsDateTime(danishTime(new Date("2026-06-10T00:00:00Z"), "14:00"))).toBe(
      "20260610T120000Z",
    );
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("escapes a backslash before what follows it, so nothing is escaped twice", () => {
    expect(escapeText("\\;")).toBe("\\\\\\;");
  });

  it("drops other control characters and keeps Danish letters", () => {
    expect(escapeText("Lokale\u0007 æøå\u0000")).toBe("Lokale æøå");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds longer lines at 75 octets with a leading space on each continuation", () => {
    const line = `DESCRIPTION:${"abcdefghij".repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(2);
    for (const [index, part] of parts.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(octets(parts[0]!)).toBe(75);
    expect(unfold(folded)).toBe(line);
  });

  it("counts octets, not characters, and never splits a character", () => {
    const line = `LOCATION:${"æøå".repeat(30)}`;
    const parts = foldLine(line).split("\r\n");
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(unfold(parts.join("\r\n"))).toBe(line);
  });
});

describe("buildCalendar", () => {
  const file = buildCalendar(event);

  it("uses CRLF line endings throughout, ending with one", () => {
    expect(file.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("holds one event with UID, stamp, UTC times, summary, place, status and sequence", () => {
    const lines = unfold(file).split("\r\n");
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines).toContain("BEGIN:VEVENT");
    expect(lines).toContain("UID:0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@trivsel");
    expect(lines).toContain("DTSTAMP:20261120T083015Z");
    expect(lines).toContain("DTSTART:20261125T130000Z");
    expect(lines).toContain("DTEND:20261125T143000Z");
    expect(lines).toContain("SUMMARY:Trivselsforum – Demoskolen");
    expect(lines).toContain("LOCATION:Mødelokale 2\\, 1. sal\\; ved personalerummet");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain("SEQUENCE:2");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("marks a cancelled meeting cancelled and leaves out an empty place", () => {
    const cancelled = unfold(buildCalendar({ ...event, status: "CANCELLED", location: null }));
    expect(cancelled).toContain("STATUS:CANCELLED\r\n");
    expect(cancelled).not.toContain("LOCATION:");
  });

  it("keeps every line within 75 octets", () => {
    const long = buildCalendar({
      ...event,
      location: "Det store mødelokale ved siden af skolens bibliotek, indgang fra gården, 2. sal",
    });
    for (const line of long.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});
