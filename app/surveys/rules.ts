export type SurveyState = "niet gepland" | "gepland" | "open" | "gesloten";

export function surveyState(window: { opensAt: Date | null; closesAt: Date | null }, now: Date): SurveyState {
  if (!window.opensAt || !window.closesAt) return "niet gepland";
  if (now < window.opensAt) return "gepland";
  return now < window.closesAt ? "open" : "gesloten";
}

export type ResponseSource = "portal" | "guest" | "import";
export type SourceCounts = Partial<Record<ResponseSource, number>>;

/**
 * A closed survey is published (sealed) as soon as one of its sources has k answers: from then
 * on a figure can be shown. With fewer, nothing was ever visible and the window may still move.
 */
export function isSealable(counts: SourceCounts, k: number): boolean {
  return Object.values(counts).some((n) => (n ?? 0) >= k);
}

export const PUBLISHED =
  "De resultaten van deze meting zijn gepubliceerd: de antwoorden liggen vast. Heropenen, verlengen of de periode verplaatsen kan niet meer, want nieuwe antwoorden zouden herkenbaar worden als verschil tussen twee rapporten.";
export const IMPORTED =
  "Een geïmporteerde meting is een afgesloten, historische meting: ze heeft geen periode en neemt geen antwoorden meer aan.";

/** Why a survey's window may not change: published results are frozen, an import has no window. */
export function windowBlock(survey: { sealedAt: Date | null; origin: "live" | "import" }): string | null {
  if (survey.origin === "import") return IMPORTED;
  return survey.sealedAt ? PUBLISHED : null;
}

export const MAX_REMINDERS = 3;
export const REMINDER_GAP_HOURS = 48;

/** At most three reminders, at least 48 hours apart, and only while the survey is open. */
export function reminderBlock(
  survey: { remindersSent: number; lastReminderAt: Date | null; opensAt: Date | null; closesAt: Date | null },
  now: Date,
): string | null {
  if (surveyState(survey, now) !== "open")
    return "Herinneringen kan je enkel sturen terwijl de meting open is.";
  if (survey.remindersSent >= MAX_REMINDERS)
    return `Je stuurde al ${MAX_REMINDERS} herinneringen; meer kan niet.`;
  if (
    survey.lastReminderAt &&
    now.getTime() - survey.lastReminderAt.getTime() < REMINDER_GAP_HOURS * 3_600_000
  ) {
    return `Tussen twee herinneringen zit minstens ${REMINDER_GAP_HOURS} uur.`;
  }
  return null;
}

export type DenominatorBasis = "registered" | "attended" | "imported";

export interface ResponseCounts {
  basis: DenominatorBasis;
  /** Eligible people: registered (pre), present (post) or the participants given at import. */
  eligible: number;
  /** Of those, how many answered (for an import: the imported rows). */
  eligibleRespondents: number;
  /** Guest headcount that caps guest-link answers (0 for an import). */
  guestPlaces: number;
  guestAnswers: number;
}

/**
 * The response rate's two sides by one rule: eligible people who answered plus guests (never
 * more than their headcount), over eligible people plus that headcount. Each part of the
 * numerator is bounded by its part of the denominator, so the rate never exceeds 100 %.
 */
export function responseFraction(counts: ResponseCounts): { respondents: number; denominator: number } {
  const guests = Math.min(counts.guestAnswers, counts.guestPlaces);
  return {
    respondents: Math.min(counts.eligibleRespondents, counts.eligible) + guests,
    denominator: counts.eligible + counts.guestPlaces,
  };
}
