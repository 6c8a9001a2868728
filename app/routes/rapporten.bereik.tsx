import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
} from "react-router";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { FormMessage } from "~/components/forms";
import { StaticHtml } from "~/components/static-html";
import { staticHtmlData } from "~/http/static-html.server";
import { parseForm } from "~/http/form";
import { coreTasksAndImpulses } from "#db/schema/networks";
import { CORE_TASK_LABELS } from "~/networks/core-tasks";
import { reachChapters } from "~/reports/reach";
import { levelCoverage, reachReport, saveReachNote } from "~/reports/reach.server";
import { reachGoalsHtml } from "~/views/report-html.server";
import { formatPercent } from "~/reports/stats";
import { operationalGoalExists } from "~/networks/networks.server";
import { AppLink, type AppPath } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Bereik per doelstelling – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const params = args.url.searchParams;
  const whole = params.get("periode") === "alles";
  const goals = reachReport(whole);
  const { chapters, current } = reachChapters(
    coreTasksAndImpulses,
    goals.map((goal) => goal.coreTaskOrImpulse),
    params.get("kerntaak"),
  );
  return {
    whole,
    chapters,
    current,
    goals: staticHtmlData(args.context, "bereik", reachGoalsHtml(whole, current)),
    coverage: levelCoverage(),
  };
}

const noteSchema = z.object({
  operationalGoalId: z.coerce.number().int().positive(),
  note: z.string().trim().max(5000, "De duiding mag hoogstens 5000 tekens lang zijn."),
});

export async function action(args: ActionFunctionArgs) {
  await requireRole(args, ["admin"]);
  const form = parseForm(noteSchema, await args.request.formData());
  if (!form.success)
    return data(
      { error: form.errors.note ?? "Ongeldig verzoek.", saved: null as number | null },
      { status: 400 },
    );
  if (!operationalGoalExists(form.data.operationalGoalId))
    return data({ error: "Ongeldig verzoek.", saved: null as number | null }, { status: 400 });
  saveReachNote(form.data.operationalGoalId, form.data.note);
  return { error: null, saved: form.data.operationalGoalId };
}

export default function ReachPage() {
  const { whole, chapters, current, goals, coverage } = useLoaderData<typeof loader>();
  const pageFor = (chapter: string | null, wholeHistory: boolean): AppPath =>
    `?${new URLSearchParams([...(chapter ? [["kerntaak", chapter]] : []), ...(wholeHistory ? [["periode", "alles"]] : [])]).toString()}`;
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <AppLink to="/rapporten" className="text-brand-700 underline">
          Naar de meta-analyse
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Bereik per operationele doelstelling</h1>
      <p className="text-sm text-slate-700">
        Bereik = unieke instellingen met minstens één deelnemer die aanwezig was op een bijeenkomst van een
        netwerk onder de doelstelling; scholengemeenschappen apart geteld.{" "}
        {whole ? (
          <AppLink to={pageFor(current, false)} className="text-brand-700 underline">
            Enkel de planperiode tonen
          </AppLink>
        ) : (
          <AppLink to={pageFor(current, true)} className="text-brand-700 underline">
            Alle schooljaren tonen
          </AppLink>
        )}
      </p>
      {actionData?.error ? <FormMessage tone="error">{actionData.error}</FormMessage> : null}
      {actionData?.saved ? <FormMessage tone="success">De duiding is opgeslagen.</FormMessage> : null}
      <section aria-labelledby="niveaus" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="niveaus" className="text-xl font-bold">
          Dekking per niveau
        </h2>
        <ul className="mt-2 text-sm">
          {coverage.map((c) => (
            <li key={c.level}>
              {c.level}: {c.reached} van {c.total} instellingen bereikt (
              {formatPercent(c.total ? c.reached / c.total : null)})
            </li>
          ))}
        </ul>
      </section>
      {chapters.length ? (
        <nav aria-label="Kerntaak of beleidsimpuls">
          <ul className="flex flex-wrap gap-2 text-sm">
            {chapters.map(({ chapter, goals: count }) => (
              <li key={chapter}>
                <AppLink
                  to={pageFor(chapter, whole)}
                  aria-current={chapter === current ? "page" : undefined}
                  className={`inline-block rounded border px-3 py-1 ${chapter === current ? "border-brand-800 bg-brand-800 text-white" : "border-brand-700 text-brand-800"}`}
                >
                  {CORE_TASK_LABELS[chapter]} ({count})
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p>Er zijn nog geen operationele doelstellingen (zie Beheer, Doelstellingen).</p>
      )}
      <StaticHtml data={goals} />
    </div>
  );
}
