import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from "react-router";
import { getOptionalUser, requireUser } from "~/auth/guards.server";
import { FormMessage, SubmitButton, TextAreaField } from "~/components/forms";
import { formatDateTime, formatSessionTime } from "~/text/format";
import { Markdown } from "~/components/markdown";
import { ManageNavigation, NetworkFacts, NetworkMaterials } from "~/components/network-page";
import { parseForm } from "~/http/form";
import { networkPageFor } from "~/networks/network-page.server";
import { getNetworkBySlug } from "~/networks/networks.server";
import { STATUS_LABELS } from "~/networks/status";
import { intakeAnswersFrom, networkPageIntentSchema } from "~/registrations/enrol-form";
import {
  networkPageNoticeSchema,
  networkPageNoticeText,
  type NetworkPageNotice,
} from "~/registrations/network-page-notice";
import { redirectWithNotice, takeNotice } from "~/http/notice.server";
import { cancelRegistration, enrol, respondToOffer } from "~/registrations/registrations.server";
import { AppLink } from "~/components/app-link";
import { whenWritable } from "#db/when-writable.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.network.title ?? "Netwerk"} – LEERKR@CHT.NET` },
];

export async function loader(args: LoaderFunctionArgs) {
  const page = networkPageFor(await getOptionalUser(args), args.params.slug ?? "");
  if (!page) throw new Response("Niet gevonden", { status: 404 });
  const { notice, headers } = await takeNotice(args.request, networkPageNoticeSchema);
  return data({ ...page, notice: notice ? networkPageNoticeText(notice) : null }, { headers });
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const network = getNetworkBySlug(args.params.slug ?? "");
  if (!network || network.status === "concept") throw new Response("Niet gevonden", { status: 404 });
  const formData = await args.request.formData();
  const form = parseForm(networkPageIntentSchema, formData);
  if (!form.success) return data({ error: "Ongeldig verzoek.", field: null }, { status: 400 });
  const intent = form.data;
  // Post/Redirect/Get: a reload or the back button never sends the form again.
  const done = (notice: NetworkPageNotice) => redirectWithNotice(`/netwerken/${network.slug}`, notice);
  switch (intent.intent) {
    case "inschrijven": {
      const result = await whenWritable(() =>
        enrol({
          userId: user.id,
          networkId: network.id,
          sessionId: intent.sessionId,
          answers: intakeAnswersFrom(formData),
        }),
      );
      if (!result.ok) return data({ error: result.error, field: result.field ?? null }, { status: 400 });
      return done(
        result.status === "waitlisted"
          ? { kind: "waitlisted", position: result.position }
          : { kind: result.status },
      );
    }
    case "uitschrijven": {
      const result = await whenWritable(() => cancelRegistration(user.id, intent.registrationId));
      if (result === "too-late")
        return data(
          {
            error:
              "Uitschrijven kan niet meer na de inschrijvingstermijn. Neem contact op met de begeleiders.",
            field: null,
          },
          { status: 400 },
        );
      if (result === "not-found")
        return data({ error: "Deze inschrijving bestaat niet (meer).", field: null }, { status: 400 });
      // A repeat (double click, retry) lands on the same answer as the first cancellation.
      return done({ kind: "cancelled" });
    }
    case "aanbod-aanvaarden":
    case "aanbod-weigeren": {
      const result = await whenWritable(() =>
        respondToOffer(user.id, intent.registrationId, intent.intent === "aanbod-aanvaarden"),
      );
      if (result === "expired")
        return data({ error: "Dit aanbod is verlopen.", field: null }, { status: 400 });
      if (result === "not-found")
        return data({ error: "Dit aanbod bestaat niet (meer).", field: null }, { status: 400 });
      return done({ kind: result === "accepted" ? "offer-accepted" : "offer-declined" });
    }
  }
  throw redirect(`/netwerken/${network.slug}`);
}

const STATUS_TEXT = {
  registered: "ingeschreven",
  waitlisted: "op de wachtlijst",
  offered: "aanbod voor een plaats",
} as const;

export default function NetworkPage() {
  const { network, seats, mine, loggedIn, manager, materials, canPostMaterial, canEnrol, notice } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const wholeNetwork = mine.find((r) => r.sessionId === null);
  return (
    <article className="space-y-6">
      <header className="rounded-lg bg-white p-6 shadow-sm">
        <p className="text-sm text-slate-700">
          {network.networkType} · {network.theme}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{network.title}</h1>
        <p className="mt-2">
          <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-900">
            {STATUS_LABELS[network.status]}
          </span>
        </p>
        {manager ? <ManageNavigation /> : null}
      </header>

      {notice && !actionData ? <FormMessage tone="success">{notice}</FormMessage> : null}
      {actionData?.error && !actionData.field ? (
        <FormMessage tone="error">{actionData.error}</FormMessage>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <section aria-labelledby="over" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="over" className="text-xl font-bold">
              Over dit netwerk
            </h2>
            <Markdown html={network.descriptionHtml} />
            <h3 className="mt-4 font-semibold">Doelen en inhouden</h3>
            <ul className="mt-1 list-disc pl-6">
              {network.goals.map((goal) => (
                <li key={goal.id}>{goal.text}</li>
              ))}
            </ul>
          </section>
          <NetworkMaterials slug={network.slug} materials={materials} canPost={canPostMaterial} />
          <section aria-labelledby="bijeenkomsten" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="bijeenkomsten" className="text-xl font-bold">
              Bijeenkomsten
            </h2>
            {network.sessions.length === 0 ? (
              <p className="mt-2">Er zijn nog geen bijeenkomsten gepland.</p>
            ) : null}
            <ol className="mt-2 space-y-3">
              {network.sessions.map((session) => {
                const mineForSession = mine.find((r) => r.sessionId === session.id);
                const canEnrolSession = loggedIn && session.enrollable && !wholeNetwork && !mineForSession;
                return (
                  <li key={session.id} className="rounded border border-slate-200 p-3">
                    <p className="font-medium">
                      {session.title ?? session.kind}{" "}
                      {session.cancelledAt ? (
                        <span className="ml-1 rounded bg-red-100 px-2 text-sm text-red-900">geannuleerd</span>
                      ) : null}
                    </p>
                    <p className="text-sm">{formatSessionTime(session.startsAt, session.endsAt)}</p>
                    <p className="text-sm text-slate-700">
                      {session.modality === "online" ? "online" : `${session.modality}: ${session.place}`}
                    </p>
                    {session.onlineUrl ? (
                      <p className="text-sm">
                        <a
                          href={session.onlineUrl}
                          className="text-brand-700 underline"
                          rel="noopener noreferrer"
                          target="_blank"
                        >
                          Online deelnemen
                        </a>
                      </p>
                    ) : null}
                    {mineForSession ? (
                      <p className="text-sm font-medium">
                        Jij: {STATUS_TEXT[mineForSession.status as keyof typeof STATUS_TEXT]}
                      </p>
                    ) : null}
                    {canEnrolSession ? (
                      <Form method="post" className="mt-2">
                        <input type="hidden" name="intent" value="inschrijven" />
                        <input type="hidden" name="sessionId" value={session.id} />
                        <button
                          type="submit"
                          disabled={busy}
                          className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
                        >
                          Inschrijven voor deze bijeenkomst
                        </button>
                      </Form>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        </div>

        <div className="space-y-6">
          <section aria-labelledby="inschrijving" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="inschrijving" className="text-xl font-bold">
              Inschrijving
            </h2>
            <p className="mt-2" data-testid="seats">
              {seats.seatsLeft > 0
                ? `${seats.seatsLeft} van ${seats.capacity} plaatsen vrij`
                : `Volzet, ${seats.waiting} ${seats.waiting === 1 ? "persoon" : "personen"} op de wachtlijst`}
            </p>
            <p className="text-sm text-slate-700">
              Inschrijven kan tot {formatDateTime(network.registrationDeadline)}.
            </p>
            {mine.map((registration) => (
              <div
                key={registration.id}
                className="mt-3 rounded border-l-4 border-brand-700 bg-brand-50 p-3"
                data-testid="my-registration"
              >
                <p className="font-medium">
                  {registration.sessionId === null ? "Jij: " : "Jij (één bijeenkomst): "}
                  {registration.status === "waitlisted"
                    ? `wachtlijst, plaats ${registration.position}`
                    : STATUS_TEXT[registration.status as keyof typeof STATUS_TEXT]}
                </p>
                {registration.status === "offered" && registration.offerExpiresAt ? (
                  <>
                    <p className="text-sm">
                      Aanbod geldig tot {formatDateTime(registration.offerExpiresAt)}.
                    </p>
                    <Form method="post" className="mt-2 flex flex-wrap gap-2">
                      <input type="hidden" name="registrationId" value={registration.id} />
                      <button
                        name="intent"
                        value="aanbod-aanvaarden"
                        disabled={busy}
                        className="rounded bg-brand-700 px-3 py-1 font-semibold text-white"
                      >
                        Plaats aanvaarden
                      </button>
                      <button
                        name="intent"
                        value="aanbod-weigeren"
                        disabled={busy}
                        className="rounded border border-brand-700 px-3 py-1 text-brand-800"
                      >
                        Weigeren
                      </button>
                    </Form>
                  </>
                ) : null}
                <Form method="post" className="mt-2">
                  <input type="hidden" name="intent" value="uitschrijven" />
                  <input type="hidden" name="registrationId" value={registration.id} />
                  <button type="submit" disabled={busy} className="text-sm text-red-800 underline">
                    {registration.status === "waitlisted" ? "Van de wachtlijst gaan" : "Uitschrijven"}
                  </button>
                </Form>
              </div>
            ))}
            {!wholeNetwork && canEnrol ? (
              loggedIn ? (
                <Form method="post" className="mt-4">
                  <input type="hidden" name="intent" value="inschrijven" />
                  {network.intakeQuestions.map((question) => (
                    <TextAreaField
                      key={question.id}
                      label={question.question}
                      name={`vraag-${question.id}`}
                      rows={3}
                      required={question.required}
                      error={
                        actionData?.field === `vraag-${question.id}`
                          ? (actionData.error ?? undefined)
                          : undefined
                      }
                    />
                  ))}
                  <SubmitButton disabled={busy}>
                    {seats.seatsLeft > 0 ? "Inschrijven voor het netwerk" : "Op de wachtlijst zetten"}
                  </SubmitButton>
                </Form>
              ) : (
                <p className="mt-4">
                  <AppLink
                    to={`/inloggen?redirectTo=${encodeURIComponent(`/netwerken/${network.slug}`)}`}
                    className="font-semibold text-brand-700 underline"
                  >
                    Meld je aan om in te schrijven
                  </AppLink>
                </p>
              )
            ) : null}
          </section>
          <NetworkFacts network={network} />
        </div>
      </div>
    </article>
  );
}
