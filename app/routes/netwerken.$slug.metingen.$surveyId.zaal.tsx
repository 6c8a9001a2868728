import { type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { config } from "~/config.server";
import { formatDateTime } from "~/text/format";
import { PHASE_LABELS } from "~/surveys/instrument";
import { requireManagedSurvey } from "~/surveys/access.server";
import { surveyState } from "~/surveys/rules";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Zaalscherm – LEERKR@CHT.NET" }];

/** Shown on the projector during the last session: the link and a large QR code. */
export async function loader(args: LoaderFunctionArgs) {
  const { network, survey } = await requireManagedSurvey(args);
  return {
    network: { slug: network.slug, title: network.title },
    surveyId: survey.id,
    phase: survey.phase,
    link: `${config.appOrigin}/enquete/${survey.id}`,
    open: surveyState(survey, new Date()) === "open",
    closesAt: survey.closesAt,
  };
}

export default function RoomPage() {
  const { network, surveyId, phase, link, open, closesAt } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6 text-center">
      <p className="text-left">
        <AppLink to={`/netwerken/${network.slug}/metingen`} className="text-brand-700 underline">
          Terug naar de metingen
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold sm:text-5xl">
        {PHASE_LABELS[phase][0].toUpperCase() + PHASE_LABELS[phase].slice(1)} {network.title}
      </h1>
      {!open ? (
        <p className="rounded bg-amber-50 p-3 text-amber-900">
          Let op: de meting is nu niet open. Stel eerst de periode in.
        </p>
      ) : null}
      <img
        src={`/netwerken/${network.slug}/metingen/${surveyId}/qr.svg`}
        alt={`QR-code naar ${link}`}
        className="mx-auto w-full max-w-md bg-white p-4"
        width={448}
        height={448}
      />
      <p className="break-all font-mono text-xl sm:text-3xl" data-testid="survey-link">
        {link}
      </p>
      <p className="text-lg">
        Meld je aan met je account en vul de vragenlijst in
        {closesAt ? ` (tot ${formatDateTime(closesAt)})` : ""}. Het duurt een paar minuten.
      </p>
    </div>
  );
}
