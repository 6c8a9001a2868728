import type { MailAttachment } from "#db/schema/mail";
import type { MailContent } from "~/mail/templates";
import { formatDateTime } from "~/text/format";

const SIGNATURE = "\n\nMet vriendelijke groeten,\nHet LEERKR@CHT.NET-team";

export interface SessionLine {
  startsAt: Date;
  endsAt: Date;
  kind: string;
  place: string;
}

function sessionLines(sessions: SessionLine[]): string {
  return sessions
    .map(
      (s) =>
        `- ${formatDateTime(s.startsAt)} tot ${formatDateTime(s.endsAt).split(" ").pop()}: ${s.kind}, ${s.place}`,
    )
    .join("\n");
}

export function confirmationMail(
  name: string,
  networkTitle: string,
  link: string,
  sessions: SessionLine[],
  ics: MailAttachment,
): MailContent {
  return {
    subject: `Inschrijving bevestigd: ${networkTitle}`,
    bodyText: `Dag ${name},\n\nJe bent ingeschreven voor "${networkTitle}".\n\nBijeenkomsten:\n${sessionLines(sessions) || "- (nog geen bijeenkomsten gepland)"}\n\nIn de bijlage vind je de bijeenkomsten voor je agenda. Alle details: ${link}${SIGNATURE}`,
    sensitive: false,
    attachments: [ics],
  };
}

export function waitlistMail(
  name: string,
  networkTitle: string,
  position: number,
  link: string,
): MailContent {
  return {
    subject: `Wachtlijst: ${networkTitle}`,
    bodyText: `Dag ${name},\n\n"${networkTitle}" is volzet. Je staat op de wachtlijst, op plaats ${position}. Komt er een plaats vrij, dan krijg je een e-mail met een aanbod.\n\nJe plaats volgen of je uitschrijven: ${link}${SIGNATURE}`,
    sensitive: false,
  };
}

export function offerMail(name: string, networkTitle: string, expiresAt: Date, link: string): MailContent {
  return {
    subject: `Er is een plaats vrij: ${networkTitle}`,
    bodyText: `Dag ${name},\n\nEr is een plaats vrijgekomen in "${networkTitle}". We houden ze voor je vrij tot ${formatDateTime(expiresAt)}.\n\nAanvaard of weiger het aanbod via ${link}\n\nReageer je niet op tijd, dan gaat de plaats naar de volgende persoon op de wachtlijst.${SIGNATURE}`,
    sensitive: false,
  };
}

export function offerExpiredMail(name: string, networkTitle: string): MailContent {
  return {
    subject: `Aanbod verlopen: ${networkTitle}`,
    bodyText: `Dag ${name},\n\nHet aanbod voor een plaats in "${networkTitle}" is verlopen en ging naar de volgende persoon op de wachtlijst.${SIGNATURE}`,
    sensitive: false,
  };
}

export function sessionChangedMail(
  name: string,
  networkTitle: string,
  session: SessionLine,
  cancelled: boolean,
  link: string,
  ics: MailAttachment,
): MailContent {
  return {
    subject: `${cancelled ? "Bijeenkomst geannuleerd" : "Bijeenkomst gewijzigd"}: ${networkTitle}`,
    bodyText: `Dag ${name},\n\n${cancelled ? "Deze bijeenkomst gaat niet door" : "Deze bijeenkomst werd gewijzigd"}:\n${sessionLines([session])}\n\nMeer informatie: ${link}${SIGNATURE}`,
    sensitive: false,
    attachments: [ics],
  };
}

export function networkCancelledMail(name: string, networkTitle: string): MailContent {
  return {
    subject: `Netwerk geannuleerd: ${networkTitle}`,
    bodyText: `Dag ${name},\n\nHet netwerk "${networkTitle}" gaat niet door. Je inschrijving vervalt; je hoeft niets te doen.${SIGNATURE}`,
    sensitive: false,
  };
}

export function reminderMail(
  name: string,
  networkTitle: string,
  session: SessionLine,
  link: string,
): MailContent {
  return {
    subject: `Herinnering: ${networkTitle} op ${formatDateTime(session.startsAt)}`,
    bodyText: `Dag ${name},\n\nBinnenkort is er een bijeenkomst van "${networkTitle}":\n${sessionLines([session])}\n\nAlle details: ${link}${SIGNATURE}`,
    sensitive: false,
  };
}
