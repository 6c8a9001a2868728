import type { MailAttachment } from "#db/schema/mail";
import type { NetworkSession } from "#db/schema";
import { config } from "~/config.server";
import { buildCalendar, type CalendarEvent } from "./ics";

export function sessionPlace(
  session: Pick<NetworkSession, "modality" | "venueName" | "venueAddress">,
): string {
  if (session.modality === "online") return "online";
  const place = [session.venueName, session.venueAddress].filter(Boolean).join(", ");
  return session.modality === "hybride" ? `${place} (of online)` : place;
}

export function sessionEvent(
  session: NetworkSession,
  network: { title: string; slug: string },
  withOnlineLink: boolean,
): CalendarEvent {
  const link = `${config.appOrigin}/netwerken/${network.slug}`;
  const online = withOnlineLink && session.onlineUrl ? `\nOnline deelnemen: ${session.onlineUrl}` : "";
  return {
    uid: `sessie-${session.id}@leerkracht-portaal`,
    start: session.startsAt,
    end: session.endsAt,
    summary: `${network.title}: ${session.title ?? session.kind}`,
    description: `${session.kind} van ${network.title}.${online}\n${link}`,
    location: sessionPlace(session),
    url: link,
    status: session.cancelledAt ? "CANCELLED" : "CONFIRMED",
    sequence: session.revision,
  };
}

export function icsAttachment(name: string, events: CalendarEvent[]): MailAttachment {
  return {
    filename: "bijeenkomsten.ics",
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    content: buildCalendar({ name, events }),
  };
}
