import { Link, type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { SchoolYearForm } from "~/components/school-year-form";
import { StaticHtml } from "~/components/static-html";
import { staticHtmlData } from "~/http/static-html.server";
import { schoolYearOf } from "~/networks/time";
import { metaAnalysis } from "~/reports/meta.server";
import { metaAnalysisHtml } from "~/views/report-html.server";

export const meta: MetaFunction = () => [{ title: "Meta-analyse – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const year = z.coerce
    .number()
    .int()
    .min(2015)
    .max(2040)
    .catch(schoolYearOf(new Date()) - 1)
    .parse(args.url.searchParams.get("schooljaar") ?? undefined);
  return {
    year,
    years: metaAnalysis(year).years,
    analysis: staticHtmlData(args.context, "meta-analyse", metaAnalysisHtml(year)),
  };
}

export default function MetaAnalysisPage() {
  const { year, years, analysis } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Meta-analyse effectmeting</h1>
        <span className="flex flex-wrap gap-3">
          <Link to="bereik" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
            Bereik per doelstelling
          </Link>
          <Link to="digicoaches" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
            Digicoaches in cijfers
          </Link>
          <a
            href={`/rapporten.csv?schooljaar=${year}`}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800"
            download
          >
            CSV
          </a>
          <a
            href={`/rapporten.xlsx?schooljaar=${year}`}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800"
            download
          >
            Excel
          </a>
        </span>
      </div>
      <SchoolYearForm year={year} years={years} />
      <StaticHtml data={analysis} />
    </div>
  );
}
