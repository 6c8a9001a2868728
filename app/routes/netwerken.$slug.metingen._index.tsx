import {
  type ActionFunctionArgs,
  data,
  Form,
  Link,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
} from "react-router";
import { z } from "zod";
import { surveyTemplates } from "#db/schema/surveys";
import { FormMessage } from "~/components/forms";
import { formatDateTime } from "~/text/format";
import { parseForm } from "~/http/form";
import { requireNetworkManager } from "~/networks/access.server";
import { brusselsLocalToDate, dateToBrusselsLocal } from "~/networks/time";
import { PHASE_LABELS, TEMPLATE_LABELS } from "~/surveys/instrument";
import { MAX_REMINDERS, surveyState } from "~/surveys/rules";
import { DEFAULT_K } from "~/reports/stats";
import {
  closeSurvey,
  createSurvey,
  listSurveysOf,
  sendSurveyReminders,
  setGuestLink,
  setWindow,
} from "~/surveys/surveys.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Metingen – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  const now = new Date();
  return {
    network: { slug: network.slug, title: network.title },
    surveys: listSurveysOf(network.id).map((s) => ({
      id: s.id,
      phase: s.phase,
      template: s.template,
      state: surveyState(s, now),
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      opensLocal: s.opensAt ? dateToBrusselsLocal(s.opensAt) : "",
      closesLocal: s.closesAt ? dateToBrusselsLocal(s.closesAt) : "",
      responses: s.responses,
      eligible: s.eligible,
      guestPlaces: s.guestPlaces,
      rate: s.rate,
      published: s.sealedAt !== null,
      imported: s.origin === "import",
      remindersSent: s.remindersSent,
      guestLink: s.guestToken ? `/enquete/gast/${s.guestToken}` : null,
    })),
  };
}

const local = (message: string) =>
  z
    .string()
    .transform((v, ctx) => brusselsLocalToDate(v) ?? (ctx.addIssue({ code: "custom", message }), z.NEVER));
const intentSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("aanmaken"),
    template: z.enum(surveyTemplates, { error: "Kies een sjabloon." }),
  }),
  z
    .object({
      intent: z.literal("venster"),
      surveyId: z.coerce.number().int().positive(),
      opensAt: local("Geef een geldig begin."),
      closesAt: local("Geef een geldig einde."),
    })
    .refine((v) => v.closesAt > v.opensAt, {
      path: ["closesAt"],
      message: "Het einde moet na het begin liggen.",
    }),
  z.object({ intent: z.literal("sluiten"), surveyId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("herinneren"), surveyId: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("gastlink"),
    surveyId: z.coerce.number().int().positive(),
    enabled: z.enum(["aan", "uit"]),
  }),
]);

export async function action(args: ActionFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  const form = parseForm(intentSchema, await args.request.formData());
  const fail = (errors: Record<string, string>) =>
    data({ errors, message: null, surveyId: null as number | null }, { status: 400 });
  if (!form.success) return fail(form.errors);
  const intent = form.data;
  if (intent.intent === "aanmaken") {
    const created = createSurvey(network.id, intent.template);
    return created.ok
      ? { errors: {}, message: "De meting is aangemaakt.", surveyId: created.id }
      : fail({ template: created.error });
  }
  const owned = listSurveysOf(network.id).some((s) => s.id === intent.surveyId);
  if (!owned) throw new Response("Niet gevonden", { status: 404 });
  switch (intent.intent) {
    case "venster": {
      const saved = setWindow(intent.surveyId, intent.opensAt, intent.closesAt);
      return saved.ok
        ? { errors: {}, message: "De periode is opgeslagen.", surveyId: intent.surveyId }
        : fail({ closesAt: saved.error });
    }
    case "sluiten": {
      const closed = closeSurvey(intent.surveyId);
      if (!closed.ok) return fail({ closesAt: closed.error });
      const message = closed.published
        ? "De meting is gesloten en de resultaten staan in het rapport. De antwoorden liggen nu vast."
        : `De meting is gesloten. Met minder dan ${DEFAULT_K} antwoorden verschijnen er geen resultaten; je kan ze nog heropenen.`;
      return { errors: {}, message, surveyId: intent.surveyId };
    }
    case "gastlink": {
      const saved = setGuestLink(intent.surveyId, intent.enabled === "aan");
      if (!saved.ok) return fail({ closesAt: saved.error });
      return {
        errors: {},
        message: intent.enabled === "aan" ? "Er is een nieuwe gastlink." : "De gastlink werkt niet meer.",
        surveyId: intent.surveyId,
      };
    }
    case "herinneren": {
      const sent = sendSurveyReminders(intent.surveyId);
      return sent.ok
        ? {
            errors: {},
            message: `Herinnering verstuurd naar ${sent.sent} ${sent.sent === 1 ? "deelnemer" : "deelnemers"} die nog niet antwoordden.`,
            surveyId: intent.surveyId,
          }
        : fail({ reminder: sent.error });
    }
  }
}

const STATE_TEXT = {
  "niet gepland": "nog niet gepland",
  gepland: "gepland",
  open: "open",
  gesloten: "gesloten",
} as const;

function stateText(survey: { state: keyof typeof STATE_TEXT; published: boolean; imported: boolean }) {
  if (survey.imported) return "geïmporteerd (afgesloten, historische meting)";
  return survey.published ? "gesloten, resultaten gepubliceerd" : STATE_TEXT[survey.state];
}

export default function SurveysPage() {
  const { network, surveys } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const missing = (["pre", "post"] as const).filter((phase) => !surveys.some((s) => s.phase === phase));
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}`} className="text-brand-700 underline">
          Terug naar {network.title}
        </AppLink>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Metingen</h1>
        <Link
          to="import"
          className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
        >
          Resultaten importeren (CSV of Excel)
        </Link>
      </div>
      {actionData?.message ? <FormMessage tone="success">{actionData.message}</FormMessage> : null}
      {errors.reminder ? <FormMessage tone="error">{errors.reminder}</FormMessage> : null}
      {surveys.map((survey) => (
        <section
          key={survey.id}
          aria-labelledby={`meting-${survey.id}`}
          className="rounded-lg bg-white p-6 shadow-sm"
          data-testid={`meting-${survey.phase}`}
        >
          <h2 id={`meting-${survey.id}`} className="text-xl font-bold">
            {PHASE_LABELS[survey.phase][0].toUpperCase() + PHASE_LABELS[survey.phase].slice(1)} (
            {TEMPLATE_LABELS[survey.template]})
          </h2>
          <p className="mt-1">
            Status: <strong>{stateText(survey)}</strong>
            {survey.opensAt && survey.closesAt && !survey.imported
              ? ` (van ${formatDateTime(survey.opensAt)} tot ${formatDateTime(survey.closesAt)})`
              : ""}
          </p>
          <p data-testid="responses">
            {survey.responses} {survey.responses === 1 ? "antwoord" : "antwoorden"}
            {survey.imported
              ? ` van ${survey.eligible} deelnemers (opgegeven bij de import)`
              : ` · ${survey.eligible} ${survey.phase === "pre" ? "ingeschreven deelnemers" : "aanwezige deelnemers"}`}
            {survey.guestPlaces
              ? ` en ${survey.guestPlaces} ${survey.guestPlaces === 1 ? "gast" : "gasten"}`
              : ""}
            {survey.rate ? ` · responsgraad: ${survey.rate.respondents} van ${survey.rate.denominator}` : ""}
          </p>
          {survey.published && !survey.imported ? (
            <p className="mt-1 text-sm text-slate-700">
              De resultaten zijn gepubliceerd: de periode, de gastlink en de aanwezigheden liggen vast, zodat
              latere antwoorden nooit als verschil tussen twee rapporten herkenbaar worden.
            </p>
          ) : null}
          <div className="mt-3 flex flex-wrap gap-3 text-sm">
            <Link
              to={`${survey.id}`}
              className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
            >
              Vragen bekijken en aanpassen
            </Link>
            <Link
              to={`${survey.id}/zaal`}
              className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
            >
              Zaalscherm met QR-code
            </Link>
          </div>
          {survey.published ? null : (
            <Form method="post" className="mt-4 flex flex-wrap items-end gap-3" noValidate>
              <input type="hidden" name="intent" value="venster" />
              <input type="hidden" name="surveyId" value={survey.id} />
              <div>
                <label htmlFor={`open-${survey.id}`} className="block text-sm font-medium">
                  Open vanaf
                </label>
                <input
                  id={`open-${survey.id}`}
                  type="datetime-local"
                  name="opensAt"
                  defaultValue={survey.opensLocal}
                  className="mt-1 rounded border border-slate-500 px-2 py-1"
                  aria-invalid={actionData?.surveyId === null && errors.opensAt ? true : undefined}
                />
              </div>
              <div>
                <label htmlFor={`sluit-${survey.id}`} className="block text-sm font-medium">
                  Open tot
                </label>
                <input
                  id={`sluit-${survey.id}`}
                  type="datetime-local"
                  name="closesAt"
                  defaultValue={survey.closesLocal}
                  className="mt-1 rounded border border-slate-500 px-2 py-1"
                />
              </div>
              <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
                Periode opslaan<span className="sr-only"> {PHASE_LABELS[survey.phase]}</span>
              </button>
            </Form>
          )}
          {errors.opensAt || errors.closesAt ? (
            <p className="mt-1 text-sm font-medium text-red-800">{errors.opensAt ?? errors.closesAt}</p>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            {survey.state === "open" ? (
              <Form method="post">
                <input type="hidden" name="intent" value="sluiten" />
                <input type="hidden" name="surveyId" value={survey.id} />
                <button type="submit" className="rounded border border-red-800 px-3 py-1 text-red-800">
                  Nu sluiten
                </button>
              </Form>
            ) : null}
            {survey.state === "open" ? (
              <Form method="post">
                <input type="hidden" name="intent" value="herinneren" />
                <input type="hidden" name="surveyId" value={survey.id} />
                <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
                  Herinnering sturen ({survey.remindersSent} van {MAX_REMINDERS} gebruikt)
                </button>
              </Form>
            ) : null}
            {survey.published ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="gastlink" />
                <input type="hidden" name="surveyId" value={survey.id} />
                <input type="hidden" name="enabled" value={survey.guestLink ? "uit" : "aan"} />
                <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
                  {survey.guestLink ? "Gastlink intrekken" : "Gastlink maken (zonder account)"}
                </button>
              </Form>
            )}
          </div>
          {survey.guestLink && !survey.published ? (
            <p className="mt-2 break-all text-sm">
              Gastlink: <code>{survey.guestLink}</code> (één antwoord per browser en hoogstens zoveel
              antwoorden als het grootste aantal gasten dat je bij een bijeenkomst noteerde, nu{" "}
              {survey.guestPlaces}; niet gekoppeld aan een voormeting)
            </p>
          ) : null}
        </section>
      ))}
      {missing.length ? (
        <section aria-labelledby="nieuw" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="nieuw" className="text-xl font-bold">
            Meting toevoegen
          </h2>
          <Form method="post" className="mt-2 flex flex-wrap items-end gap-3">
            <input type="hidden" name="intent" value="aanmaken" />
            <div>
              <label htmlFor="sjabloon" className="block font-medium">
                Sjabloon
              </label>
              <select
                id="sjabloon"
                name="template"
                className="mt-1 rounded border border-slate-500 px-2 py-1.5"
                aria-invalid={errors.template ? true : undefined}
                aria-describedby={errors.template ? "sjabloon-fout" : undefined}
              >
                {surveyTemplates
                  .filter((t) => missing.includes(t === "voormeting-basis" ? "pre" : "post"))
                  .map((t) => (
                    <option key={t} value={t}>
                      {TEMPLATE_LABELS[t]}
                    </option>
                  ))}
              </select>
            </div>
            <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
              Meting aanmaken
            </button>
          </Form>
          {errors.template ? (
            <p id="sjabloon-fout" className="mt-1 text-sm font-medium text-red-800">
              {errors.template}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
