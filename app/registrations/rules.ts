/** Hours a freed seat stays reserved for the first person on the waitlist (configurable). */
export const OFFER_VALID_HOURS = Number(process.env.OFFER_VALID_HOURS ?? 48);
/** Reminders go out this many days before a session. */
export const REMINDER_DAYS_BEFORE = 3;
/** Check-in codes work from shortly before the start until shortly after the end. */
export const CHECK_IN_MARGIN_MINUTES = 30;

export type EnrolmentBlock = "not-open" | "deadline-passed" | "session-not-enrollable";

export function enrolmentBlock(
  network: { status: string; registrationDeadline: Date; allowSessionRegistration: boolean },
  session: { cancelledAt: Date | null; startsAt: Date } | null,
  now: Date,
): EnrolmentBlock | null {
  if (network.status !== "gepubliceerd" && network.status !== "volzet") return "not-open";
  if (now > network.registrationDeadline) return "deadline-passed";
  if (session && (!network.allowSessionRegistration || session.cancelledAt || session.startsAt <= now))
    return "session-not-enrollable";
  return null;
}

export const ENROLMENT_BLOCK_MESSAGES: Record<EnrolmentBlock, string> = {
  "not-open": "Inschrijven voor dit netwerk kan (nu) niet.",
  "deadline-passed": "De inschrijvingstermijn is voorbij.",
  "session-not-enrollable": "Voor deze bijeenkomst kan je je niet afzonderlijk inschrijven.",
};

/** Seats left for a scope: the network's own capacity, and every session's, must hold. */
export function seatsLeft(capacity: number, holders: number): number {
  return Math.max(0, capacity - holders);
}

/**
 * A queue key that places an entry at 1-based `position` in a queue ordered by key, given the
 * other entries' keys in order. Keys are reals, so moving never renumbers anyone else.
 */
export function queueKeyForPosition(otherKeys: number[], position: number): number {
  const index = Math.min(Math.max(position, 1), otherKeys.length + 1) - 1;
  if (otherKeys.length === 0) return Date.now();
  if (index === 0) return otherKeys[0] - 1;
  if (index >= otherKeys.length) return otherKeys[otherKeys.length - 1] + 1;
  return (otherKeys[index - 1] + otherKeys[index]) / 2;
}

export function checkInOpen(
  session: { startsAt: Date; endsAt: Date; cancelledAt: Date | null },
  now: Date,
): boolean {
  const margin = CHECK_IN_MARGIN_MINUTES * 60_000;
  return (
    !session.cancelledAt &&
    now.getTime() >= session.startsAt.getTime() - margin &&
    now.getTime() <= session.endsAt.getTime() + margin
  );
}

/** Check-in codes avoid look-alike characters (0/O, 1/I/L) so they can be read from a screen. */
export const CHECK_IN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function normaliseCheckInCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** Cancelling a seat is possible until the registration deadline; leaving a waitlist always. */
export function canCancel(status: string, deadline: Date, now: Date): boolean {
  if (status === "waitlisted" || status === "offered") return true;
  return status === "registered" && now <= deadline;
}
