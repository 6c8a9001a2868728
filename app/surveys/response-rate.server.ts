import type { Survey } from "#db/schema";
import { eligibleCount, eligibleRespondentCount, guestPlaces, sourceCounts } from "./eligibility.server";
import type { ResponseCounts, SourceCounts } from "./rules";

/**
 * A survey's response counts: as frozen at publication, or as they stand while it is not
 * published yet. An import counts its rows over the participant count given with the file. A
 * published survey needs no query beyond its answers per source (pass them when already read).
 */
export function responseCounts(
  survey: Survey,
  sources: SourceCounts = sourceCounts(survey.id),
): ResponseCounts {
  if (survey.origin === "import") {
    return {
      basis: "imported",
      eligible: survey.recordedParticipants ?? 0,
      eligibleRespondents: sources.import ?? 0,
      guestPlaces: 0,
      guestAnswers: 0,
    };
  }
  const basis = survey.phase === "pre" ? "registered" : "attended";
  const guestAnswers = sources.guest ?? 0;
  if (survey.sealedAt) {
    return {
      basis,
      eligible: survey.sealedEligible ?? 0,
      eligibleRespondents: survey.sealedEligibleRespondents ?? 0,
      guestPlaces: survey.sealedGuestPlaces ?? 0,
      guestAnswers,
    };
  }
  return {
    basis,
    eligible: eligibleCount(survey),
    eligibleRespondents: eligibleRespondentCount(survey),
    guestPlaces: guestPlaces(survey.networkId),
    guestAnswers,
  };
}
