export const PORTAL_TIME_ZONE = "Europe/Brussels";

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: PORTAL_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Milliseconds Brussels is ahead of UTC at the given instant (1 h in winter, 2 h in summer). */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    +parts.year,
    +parts.month - 1,
    +parts.day,
    +parts.hour,
    +parts.minute,
    +parts.second,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2025-10-14T13:30" read as Brussels wall-clock time; null when it is not a valid time. */
export function brusselsLocalToDate(local: string): Date | null {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}

/** The value for an <input type="datetime-local"> showing this instant in Brussels. */
export function dateToBrusselsLocal(date: Date): string {
  const shifted = new Date(date.getTime() + offsetAt(date.getTime()));
  return shifted.toISOString().slice(0, 16);
}

/** Flemish school years run from 1 September; 2025 stands for 2025-2026. */
export function schoolYearOf(date: Date): number {
  const local = dateToBrusselsLocal(date);
  const year = Number(local.slice(0, 4));
  return Number(local.slice(5, 7)) >= 9 ? year : year - 1;
}

export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** The school years a network runs in: one, or its first and its last. */
export function schoolYearsLabel(first: number, last: number): string {
  return first === last ? schoolYearLabel(first) : `${schoolYearLabel(first)} en ${schoolYearLabel(last)}`;
}

export function schoolYearRange(first: number, last: number): { start: Date; end: Date } {
  return {
    start: brusselsLocalToDate(`${first}-09-01T00:00`)!,
    end: brusselsLocalToDate(`${last + 1}-09-01T00:00`)!,
  };
}

/** The school years a new network can be planned in: last year's up to two years ahead. */
export function schoolYearChoices(now = new Date()): number[] {
  const current = schoolYearOf(now);
  return [current - 1, current, current + 1, current + 2];
}
