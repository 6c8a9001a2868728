import { msUntilSurveyWindowChange } from "~/surveys/surveys.server";

const HOUR_MS = 3_600_000;

/**
 * How long, by the clock, a report stays valid: running surveys are left out of reports, so until
 * the next survey (of the network, or of any for the meta-analysis) opens or closes; at most an
 * hour, for what follows the calendar (the list of school years).
 */
export function reportMaxAgeMs(networkId: number | null): number {
  return Math.min(HOUR_MS, msUntilSurveyWindowChange(networkId));
}
