import { type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { z } from "zod";
import { requireNetworkReport } from "~/reports/access.server";
import { Pagination } from "~/components/pagination";
import { openAnswersPage } from "~/reports/open-answers";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Open antwoorden – LEERKR@CHT.NET" }];

const PHASE = { pre: "voormeting", post: "nameting" } as const;

export async function loader(args: LoaderFunctionArgs) {
  const report = await requireNetworkReport(args);
  const questionId = z.coerce.number().int().positive().safeParse(args.params.questionId);
  const open = questionId.success ? report.open.find((o) => o.questionId === questionId.data) : undefined;
  // Only questions the report itself shows: of this network, from a closed survey.
  if (!open) throw new Response("Deze vraag staat niet in het rapport van dit netwerk.", { status: 404 });
  if (open.restricted)
    throw new Response("Open antwoorden lezen enkel de begeleiders van dit netwerk.", { status: 403 });
  const requested = z.coerce
    .number()
    .int()
    .catch(1)
    .parse(args.url.searchParams.get("pagina") ?? 1);
  return {
    network: report.network,
    question: open.question,
    phase: open.phase,
    n: open.n,
    // Under k respondents nothing is shown, exactly as on the report page.
    page: open.answers ? openAnswersPage(open.answers, requested) : null,
    k: report.k,
  };
}

export default function OpenAnswersPage() {
  const { network, question, phase, n, page, k } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}/rapport`} className="text-brand-700 underline">
          Terug naar het rapport van {network.title}
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Open antwoorden ({PHASE[phase]})</h1>
      <section aria-labelledby="vraag" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="vraag" className="text-xl font-bold">
          {question}
        </h2>
        {!page ? (
          <p className="mt-2 italic text-slate-700">
            Te weinig antwoorden om te tonen (minder dan {k} respondenten).
          </p>
        ) : n === 0 ? (
          <p className="mt-2">Geen antwoorden.</p>
        ) : (
          <>
            <p className="mt-2 text-sm">
              Antwoord {page.first} tot {page.first + page.answers.length - 1} van {n}, in een willekeurige
              volgorde die niets over de invullers verraadt.
            </p>
            <ol
              start={page.first}
              className="mt-2 list-decimal space-y-1 pl-8 text-sm"
              data-testid="open-answers"
            >
              {page.answers.map((answer, i) => (
                <li key={page.first + i}>{answer}</li>
              ))}
            </ol>
            <Pagination page={page.page} pages={page.pages} className="mt-4 text-sm" />
          </>
        )}
      </section>
    </div>
  );
}
