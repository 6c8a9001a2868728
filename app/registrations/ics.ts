// iCalendar (RFC 5545) output for session calendars. Pure: no I/O, no dependencies.

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: "CONFIRMED" | "CANCELLED";
  sequence: number;
  lastModified?: Date;
}

export interface CalendarInput {
  name: string;
  events: CalendarEvent[];
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
  /** DTSTAMP for every event; injectable so output is reproducible. */
  now?: Date;
}

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;
const PRODID = "-//LEERKR@CHT.NET//Portaal//NL";

// RFC 5545 TEXT forbids control characters other than HTAB; line breaks are handled separately.
const TEXT_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const ANY_CONTROL = /[\u0000-\u001F\u007F]/g;

export function escapeText(value: string): string {
  return value
    .replace(TEXT_CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds at 75 UTF-8 octets; iterating by code point keeps multi-byte characters whole. */
export function foldLine(line: string): string {
  let out = "";
  let used = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (used + size > MAX_LINE_OCTETS) {
      out += CRLF + " ";
      used = 1; // the leading space of a continuation line counts towards its 75 octets
    }
    out += char;
    used += size;
  }
  return out;
}

export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date in calendar event");
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const uid = event.uid.replace(ANY_CONTROL, "").trim();
  if (!uid) throw new RangeError("Calendar event needs a non-empty uid");
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new RangeError(`SEQUENCE must be a non-negative integer, got ${event.sequence}`);
  }
  const start = event.start.getTime();
  const end = event.end.getTime();
  if (end < start) throw new RangeError(`Event ${uid} ends before it starts`);

  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtc(event.start)}`,
  ];
  // RFC 5545 requires DTEND to be later than DTSTART; without DTEND an event lasts zero time, which is what equal times mean.
  if (end > start) lines.push(`DTEND:${formatUtc(event.end)}`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  const url = httpUrl(event.url);
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status}`, `SEQUENCE:${event.sequence}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

export function buildCalendar(input: CalendarInput): string {
  const stamp = formatUtc(input.now ?? new Date());
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    `METHOD:${input.method ?? "PUBLISH"}`,
    `X-WR-CALNAME:${escapeText(input.name)}`,
    ...input.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
