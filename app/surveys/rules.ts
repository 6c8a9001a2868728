export type SurveyState = "niet gepland" | "gepland" | "open" | "gesloten";

export function surveyState(window: { opensAt: Date | null; closesAt: Date | null }, now: Date): SurveyState {
  if (!window.opensAt || !window.closesAt) return "niet gepland";
  if (now < window.opensAt) return "gepland";
  return now < window.closesAt ? "open" : "gesloten";
}

/**
 * A closed survey whose results could be seen (k answers or more) is not reopened: new answers
 * after that would show up as the difference between two reports.
 */
export function reopenBlock(current: { opensAt: Date | null; closesAt: Date | null }, next: { closesAt: Date }, responses: number, now: Date, k: number): string | null {
  if (surveyState(current, now) !== "gesloten" || responses < k || next.closesAt <= now) return null;
  return "De resultaten van deze meting waren al zichtbaar. Heropenen zou nieuwe antwoorden herkenbaar maken; plan daarom geen nieuwe periode.";
}

export const MAX_REMINDERS = 3;
export const REMINDER_GAP_HOURS = 48;

/** At most three reminders, at least 48 hours apart, and only while the survey is open. */
export function reminderBlock(survey: { remindersSent: number; lastReminderAt: Date | null; opensAt: Date | null; closesAt: Date | null }, now: Date): string | null {
  if (surveyState(survey, now) !== "open") return "Herinneringen kan je enkel sturen terwijl de meting open is.";
  if (survey.remindersSent >= MAX_REMINDERS) return `Je stuurde al ${MAX_REMINDERS} herinneringen; meer kan niet.`;
  if (survey.lastReminderAt && now.getTime() - survey.lastReminderAt.getTime() < REMINDER_GAP_HOURS * 3_600_000) {
    return `Tussen twee herinneringen zit minstens ${REMINDER_GAP_HOURS} uur.`;
  }
  return null;
}

// Building a DateTimeFormat costs more than the rest of storing an answer's row (tests/bench).
const BRUSSELS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/** The answer date is kept to the day (in Brussels), never the exact time. */
export function answerDay(now: Date): string {
  return BRUSSELS_DAY.format(now);
}
