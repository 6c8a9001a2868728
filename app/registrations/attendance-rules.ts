import { z } from "zod";

/** More guests than this at one session is a typo, not a meeting. */
export const MAX_GUEST_COUNT = 1000;

export const ATTENDANCE_NOT_STARTED =
  "Aanwezigheid kan je pas registreren vanaf het begin van de bijeenkomst.";
export const ATTENDANCE_FROZEN =
  "De resultaten van de nameting zijn al gepubliceerd: aanwezigheden en het aantal gasten liggen nu vast.";
export const CHECK_IN_FROZEN =
  "De resultaten van de nameting zijn al gepubliceerd: de aanwezigheden liggen nu vast, inchecken telt niet meer mee.";
export const GUEST_COUNT_INVALID = `Geef het aantal gasten als een geheel getal van 0 tot ${MAX_GUEST_COUNT} (0 als er geen waren).`;

/**
 * The guest headcount as typed. Digits only, so "", "-1", "2.5" and "1e3" are refused instead of
 * being coerced to a number. Left out of the request it is undefined: the stored count stays.
 */
export const guestCountSchema = z
  .string({ error: GUEST_COUNT_INVALID })
  .trim()
  .regex(/^\d{1,4}$/, GUEST_COUNT_INVALID)
  .transform(Number)
  .refine((count) => count <= MAX_GUEST_COUNT, GUEST_COUNT_INVALID)
  .optional();

/** Attendance is a record of what happened, so it opens when the session starts (not before). */
export function attendanceOpen(session: { startsAt: Date }, now: Date): boolean {
  return session.startsAt.getTime() <= now.getTime();
}

/** Whether the people counted as attended differ; the order and repeats of ids do not matter. */
export function attendedSetChanged(before: Iterable<string>, after: Iterable<string>): boolean {
  const a = new Set(before);
  const b = new Set(after);
  if (a.size !== b.size) return true;
  for (const id of a) if (!b.has(id)) return true;
  return false;
}

export interface AttendanceChange {
  attendedBefore: Iterable<string>;
  attendedAfter: Iterable<string>;
  guestsBefore: number;
  /** Undefined when the change leaves the guest headcount alone. */
  guestsAfter?: number;
}

/**
 * Whether a change touches what a sealed nameting was counted against: who attended the network
 * (its eligible people) or a session's guest headcount (the cap on guest-link answers).
 */
export function altersSealedCounts(change: AttendanceChange): boolean {
  const guestsChanged = change.guestsAfter !== undefined && change.guestsAfter !== change.guestsBefore;
  return guestsChanged || attendedSetChanged(change.attendedBefore, change.attendedAfter);
}
