import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc, type CalendarEvent } from "./ics";

const NOW = new Date("2026-01-10T08:00:00Z");

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "session-12@leerkracht.test",
    start: new Date("2026-01-15T12:30:00Z"),
    end: new Date("2026-01-15T15:00:00Z"),
    summary: "Nascholing",
    status: "CONFIRMED",
    sequence: 0,
    ...overrides,
  };
}

function build(events: CalendarEvent[], method?: "PUBLISH" | "REQUEST" | "CANCEL"): string {
  return buildCalendar({ name: "Mijn nascholingen", events, method, now: NOW });
}

function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, "");
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

function property(ics: string, name: string): string[] {
  return unfold(ics)
    .split("\r\n")
    .filter((line) => line.startsWith(`${name}:`))
    .map((line) => line.slice(name.length + 1));
}

describe("escapeText", () => {
  it.each([
    ["a;b", "a\\;b"],
    ["a,b", "a\\,b"],
    ["C:\\map", "C:\\\\map"],
    ["regel 1\nregel 2", "regel 1\\nregel 2"],
    ["regel 1\r\nregel 2", "regel 1\\nregel 2"],
    ["regel 1\rregel 2", "regel 1\\nregel 2"],
    ["\\;,", "\\\\\\;\\,"],
    ["bel\u0007l", "bell"],
    ["gewoon: tekst", "gewoon: tekst"],
  ])("%j → %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it("round-trips through a calendar", () => {
    const summary = "Wiskunde; rekenen, meten\nen \\ meer";
    expect(property(build([event({ summary })]), "SUMMARY").map(unescapeText)).toEqual([summary]);
  });
});

describe("folding", () => {
  const summary =
    "Nascholing ‘Differentiëren in de klas’: coöperatief leren, één op één begeleiding, " +
    "zorgcoördinatie en creëren van een ‘krachtige leeromgeving’ 🎓 voor het secundair onderwijs in Vlaanderen";

  it("keeps every physical line within 75 octets without splitting characters", () => {
    const ics = build([event({ summary })]);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const lines = ics.split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
  });

  it("unfolding restores the text", () => {
    expect(property(build([event({ summary })]), "SUMMARY").map(unescapeText)).toEqual([summary]);
  });

  it.each([
    ["a".repeat(75), 1],
    ["a".repeat(76), 2],
    ["é".repeat(37) + "a", 1],
    ["é".repeat(38), 2],
  ])("folds %j into %i line(s)", (line, count) => {
    const folded = foldLine(line);
    expect(folded.split("\r\n")).toHaveLength(count);
    expect(unfold(folded)).toBe(line);
  });
});

describe("dates", () => {
  it.each([
    ["2026-01-15T12:30:00Z", "20260115T123000Z"],
    ["2026-07-01T00:00:59.999Z", "20260701T000059Z"],
    ["2026-03-29T01:30:00+02:00", "20260328T233000Z"],
  ])("%s → %s", (iso, expected) => {
    expect(formatUtc(new Date(iso))).toBe(expected);
  });

  it("writes DTSTART, DTEND, DTSTAMP and LAST-MODIFIED in UTC", () => {
    const ics = build([event({ lastModified: new Date("2026-01-09T10:11:12Z") })]);
    expect(property(ics, "DTSTART")).toEqual(["20260115T123000Z"]);
    expect(property(ics, "DTEND")).toEqual(["20260115T150000Z"]);
    expect(property(ics, "DTSTAMP")).toEqual(["20260110T080000Z"]);
    expect(property(ics, "LAST-MODIFIED")).toEqual(["20260109T101112Z"]);
  });

  it("rejects invalid dates and events that end before they start", () => {
    expect(() => build([event({ start: new Date("nope") })])).toThrow(RangeError);
    expect(() => build([event({ end: new Date("2026-01-15T12:00:00Z") })])).toThrow(RangeError);
  });

  it("omits DTEND for a zero-length event", () => {
    const ics = build([event({ end: new Date("2026-01-15T12:30:00Z") })]);
    expect(property(ics, "DTEND")).toEqual([]);
  });
});

describe("buildCalendar", () => {
  it("writes the calendar header with PUBLISH by default", () => {
    const lines = build([]).split("\r\n");
    expect(lines.slice(0, 6)).toEqual([
      "BEGIN:VCALENDAR",
      "PRODID:-//LEERKR@CHT.NET//Portaal//NL",
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Mijn nascholingen",
    ]);
    expect(lines.slice(-2)).toEqual(["END:VCALENDAR", ""]);
  });

  it("writes a cancelled event with its bumped sequence", () => {
    const ics = build([event({ status: "CANCELLED", sequence: 3 })], "CANCEL");
    expect(property(ics, "METHOD")).toEqual(["CANCEL"]);
    expect(property(ics, "STATUS")).toEqual(["CANCELLED"]);
    expect(property(ics, "SEQUENCE")).toEqual(["3"]);
  });

  it("parses back into two VEVENT blocks", () => {
    const ics = build([event(), event({ uid: "session-13@leerkracht.test", summary: "Tweede sessie" })]);
    const blocks = unfold(ics).match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT/g) ?? [];
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toContain("UID:session-13@leerkracht.test\r\n");
    expect(blocks[1]).toContain("SUMMARY:Tweede sessie\r\n");
  });

  it("uses CRLF only, never a bare LF or CR", () => {
    const ics = build([event({ description: "lijn 1\nlijn 2\r\nlijn 3\r", location: "Lokaal 2\n" })]);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).not.toMatch(/\r[^\n]/);
    expect(ics.endsWith("\r\n")).toBe(true);
  });

  it("strips line breaks and control characters from the uid", () => {
    const ics = build([event({ uid: "sessie-1@x.test\r\nATTENDEE:mailto:evil@x.test\u0000" })]);
    expect(property(ics, "UID")).toEqual(["sessie-1@x.testATTENDEE:mailto:evil@x.test"]);
    expect(property(ics, "ATTENDEE")).toEqual([]);
  });

  it("rejects an empty uid and a bad sequence", () => {
    expect(() => build([event({ uid: "\r\n" })])).toThrow(RangeError);
    expect(() => build([event({ sequence: -1 })])).toThrow(RangeError);
    expect(() => build([event({ sequence: 1.5 })])).toThrow(RangeError);
  });

  it.each([
    ["https://leerkracht.test/sessies/12", "https://leerkracht.test/sessies/12"],
    ["http://leerkracht.test/", "http://leerkracht.test/"],
    ["javascript:alert(1)", undefined],
    ["data:text/html,hoi", undefined],
    ["/sessies/12", undefined],
    ["geen url", undefined],
    ["", undefined],
  ])("URL %j → %j", (url, expected) => {
    expect(property(build([event({ url })]), "URL")).toEqual(expected === undefined ? [] : [expected]);
  });

  it("omits empty optional properties", () => {
    const ics = build([event({ description: "", location: "" })]);
    expect(property(ics, "DESCRIPTION")).toEqual([]);
    expect(property(ics, "LOCATION")).toEqual([]);
    expect(property(ics, "LAST-MODIFIED")).toEqual([]);
  });
});
