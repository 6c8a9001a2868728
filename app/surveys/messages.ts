import type { SurveyPhase } from "#db/schema/surveys";
import type { MailContent } from "~/mail/templates";
import { formatDateTime } from "~/text/format";
import { PHASE_LABELS } from "./instrument";

export function surveyReminderMail(
  name: string,
  networkTitle: string,
  phase: SurveyPhase,
  link: string,
  closesAt: Date,
): MailContent {
  return {
    subject: `Herinnering: ${PHASE_LABELS[phase]} ${networkTitle}`,
    bodyText: `Dag ${name},\n\nDe ${PHASE_LABELS[phase]} van "${networkTitle}" staat nog voor je klaar. Invullen duurt een paar minuten en kan tot ${formatDateTime(closesAt)}:\n\n${link}\n\nJe antwoorden worden anoniem verwerkt: de begeleiders zien enkel groepsresultaten.\n\nMet vriendelijke groeten,\nHet LEERKR@CHT.NET-team`,
    sensitive: false,
  };
}
