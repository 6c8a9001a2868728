import type { LoaderFunctionArgs } from "react-router";
import { calendarForToken } from "~/registrations/feeds.server";

/** The personal calendar feed: the secret token in the URL is its only credential. */
export function loader({ params }: LoaderFunctionArgs) {
  const calendar = calendarForToken(params.token ?? "");
  if (!calendar) throw new Response("Niet gevonden", { status: 404 });
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
