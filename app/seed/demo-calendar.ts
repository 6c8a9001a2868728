/**
 * The demo catalogue is written for one day: "today" is Wednesday 25 November 2026 (the open
 * offer of 2026-2027 takes registrations, its first sessions are coming). Seeded later, its
 * dates move forward by the whole weeks since then, so an install or a test run next month still
 * finds open registrations and coming sessions, on the same weekdays at the same local times.
 * School-year labels stay: the demo is about one pair of school years.
 */
export const DEMO_TODAY = "2026-11-25";

const DAY_MS = 86_400_000;

/** Whole weeks from the demo's "today" to `now` as days (0 before it). */
export function demoShiftDays(now: Date): number {
  const elapsedDays = Math.floor((now.getTime() - Date.parse(`${DEMO_TODAY}T00:00:00Z`)) / DAY_MS);
  return Math.max(0, Math.floor(elapsedDays / 7) * 7);
}

/** A local "YYYY-MM-DDTHH:MM" moved by whole days on the calendar (the wall-clock time stays). */
export function shiftLocalDate(local: string, days: number): string {
  const [date, time] = local.split("T");
  const moved = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return `${moved}T${time}`;
}
