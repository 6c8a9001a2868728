import {
  type ActionFunctionArgs,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
} from "react-router";
import { requireUser } from "~/auth/guards.server";
import { config } from "~/config.server";
import { FormMessage } from "~/components/forms";
import { formatDateTime, formatSessionTime } from "~/text/format";
import { listNetworksRunBy } from "~/networks/networks.server";
import { STATUS_LABELS } from "~/networks/status";
import { schoolYearLabel } from "~/networks/time";
import { feedTokenFor, regenerateFeedToken } from "~/registrations/feeds.server";
import { myRegistrations, upcomingSessionsFor } from "~/registrations/registrations.server";
import { PHASE_LABELS } from "~/surveys/instrument";
import { openSurveysFor } from "~/surveys/surveys.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Mijn netwerken – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  // Only what the page shows travels to the browser (the hydration data is part of every view).
  return {
    registrations: myRegistrations(user.id).map((row) => ({
      reg: { id: row.reg.id, status: row.reg.status, offerExpiresAt: row.reg.offerExpiresAt },
      position: row.position,
      title: row.title,
      slug: row.slug,
    })),
    upcoming: upcomingSessionsFor(user.id).map(({ session, title, slug }) => ({
      session: {
        id: session.id,
        title: session.title,
        kind: session.kind,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        cancelledAt: session.cancelledAt,
      },
      title,
      slug,
    })),
    surveys: openSurveysFor(user.id),
    running: user.role === "participant" ? [] : listNetworksRunBy(user.id),
    feedUrl: `${config.appOrigin}/agenda/${feedTokenFor(user.id)}.ics`,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const intent = (await args.request.formData()).get("intent");
  if (intent !== "nieuwe-agendalink") throw new Response("Ongeldig verzoek", { status: 400 });
  regenerateFeedToken(user.id);
  return { renewed: true };
}

export default function MyNetworksPage() {
  const { registrations, upcoming, running, feedUrl, surveys } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Mijn netwerken</h1>
      {surveys.length ? (
        <section
          aria-labelledby="metingen"
          className="rounded-lg border-l-4 border-brand-700 bg-white p-6 shadow-sm"
        >
          <h2 id="metingen" className="text-xl font-bold">
            Metingen die op je wachten
          </h2>
          <ul className="mt-2 space-y-1">
            {surveys.map((survey) => (
              <li key={survey.id}>
                <AppLink to={`/enquete/${survey.id}`} className="font-medium text-brand-700 underline">
                  {PHASE_LABELS[survey.phase][0].toUpperCase() + PHASE_LABELS[survey.phase].slice(1)}{" "}
                  {survey.title}
                </AppLink>{" "}
                <span className="text-sm text-slate-700">(tot {formatDateTime(survey.closesAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {running.length ? (
        <section aria-labelledby="begeleid" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="begeleid" className="text-xl font-bold">
            Netwerken die ik begeleid
          </h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {running.map((network) => (
              <li key={network.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <AppLink to={`/netwerken/${network.slug}`} className="font-medium text-brand-700 underline">
                  {network.title}
                </AppLink>
                <span className="text-sm text-slate-700">
                  {schoolYearLabel(network.firstSchoolYear)} · {STATUS_LABELS[network.status]} ·{" "}
                  <AppLink to={`/netwerken/${network.slug}/deelnemers`} className="text-brand-700 underline">
                    deelnemers
                  </AppLink>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="inschrijvingen" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="inschrijvingen" className="text-xl font-bold">
          Mijn inschrijvingen
        </h2>
        {registrations.length === 0 ? (
          <p className="mt-2">
            Je bent nog niet ingeschreven.{" "}
            <AppLink to="/netwerken" className="text-brand-700 underline">
              Bekijk de lerende netwerken
            </AppLink>
            .
          </p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {registrations.map((row) => (
              <li key={row.reg.id} className="py-2" data-testid="registration-row">
                <AppLink to={`/netwerken/${row.slug}`} className="font-medium text-brand-700 underline">
                  {row.title}
                </AppLink>
                <p className="text-sm">
                  {row.reg.status === "registered"
                    ? "ingeschreven"
                    : row.reg.status === "waitlisted"
                      ? `wachtlijst plaats ${row.position}`
                      : `aanbod geldig tot ${formatDateTime(row.reg.offerExpiresAt!)}`}
                  {row.reg.status === "offered" ? (
                    <>
                      {" – "}
                      <AppLink to={`/netwerken/${row.slug}`} className="text-brand-700 underline">
                        aanvaarden of weigeren
                      </AppLink>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="komende" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="komende" className="text-xl font-bold">
          Komende bijeenkomsten
        </h2>
        {upcoming.length === 0 ? <p className="mt-2">Geen komende bijeenkomsten.</p> : null}
        <ul className="mt-2 space-y-2">
          {upcoming.map(({ session, title, slug }) => (
            <li key={session.id}>
              <AppLink to={`/netwerken/${slug}`} className="font-medium text-brand-700 underline">
                {title}
              </AppLink>
              : {session.title ?? session.kind}, {formatSessionTime(session.startsAt, session.endsAt)}
              {session.cancelledAt ? <span className="ml-1 text-red-800">(geannuleerd)</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="agenda" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="agenda" className="text-xl font-bold">
          In je agenda
        </h2>
        <p className="mt-2">
          Voeg deze persoonlijke link toe aan Outlook, Google Agenda of je agenda-app: al je bijeenkomsten
          verschijnen dan vanzelf, ook wijzigingen.
        </p>
        {actionData?.renewed ? (
          <FormMessage tone="success">Je hebt een nieuwe agendalink. De oude werkt niet meer.</FormMessage>
        ) : null}
        <label htmlFor="agendalink" className="mt-2 block font-medium">
          Jouw agendalink
        </label>
        <input
          id="agendalink"
          readOnly
          value={feedUrl}
          className="mt-1 w-full rounded border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm"
        />
        <Form method="post" className="mt-3">
          <input type="hidden" name="intent" value="nieuwe-agendalink" />
          <button
            type="submit"
            className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
          >
            Nieuwe link maken (de oude intrekken)
          </button>
        </Form>
      </section>
    </div>
  );
}
