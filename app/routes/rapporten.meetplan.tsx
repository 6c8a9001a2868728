import { type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { SchoolYearForm } from "~/components/school-year-form";
import { schoolYearChoices, schoolYearLabel, schoolYearOf } from "~/networks/time";
import { summarisePlanCoverage } from "~/reports/meta";
import { planCoverage } from "~/reports/meta.server";
import { AppLink } from "~/components/app-link";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Opvolging meetplan – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const year = z.coerce
    .number()
    .int()
    .min(2015)
    .max(2040)
    .catch(schoolYearOf(new Date()) - 1)
    .parse(args.url.searchParams.get("schooljaar") ?? undefined);
  const rows = planCoverage(year);
  return {
    year,
    years: [...new Set([...schoolYearChoices(), year])].sort(),
    rows,
    summary: summarisePlanCoverage(rows),
  };
}

const status = (done: boolean | null) => (done === null ? "–" : done ? "gedaan" : "ontbreekt");

/** Which designated measurements of a school year were done, per network (from the meta-analysis). */
export default function PlanFollowUpPage() {
  const { year, years, rows, summary } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/rapporten?schooljaar=${year}`} className="text-brand-700 underline">
          Naar de meta-analyse
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Opvolging meetplan</h1>
      <SchoolYearForm year={year} years={years} />
      <section aria-labelledby="per-netwerk" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="per-netwerk" className="text-xl font-bold">
          Afgesproken metingen {schoolYearLabel(year)}
        </h2>
        {rows.length === 0 ? (
          <p className="mt-2">
            Er zijn geen metingen afgesproken voor dit schooljaar (zie{" "}
            <AppLink to={`/beheer/metingen?schooljaar=${year}`} className="text-brand-700 underline">
              Meetplan
            </AppLink>
            ).
          </p>
        ) : (
          <>
            <p className="mt-2 text-sm">
              Voormetingen: {summary.pre.done} van {summary.pre.planned} gedaan. Nametingen:{" "}
              {summary.post.done} van {summary.post.planned} gedaan.
            </p>
            <ScrollBox>
              <table className="mt-2 w-full text-left text-sm">
                <caption className="sr-only">Afgesproken metingen per netwerk</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">
                      Netwerk
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Voormeting
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Nameting
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.slug} className="border-b border-slate-200">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        <AppLink to={`/netwerken/${row.slug}/metingen`} className="text-brand-700 underline">
                          {row.title}
                        </AppLink>
                      </th>
                      <td className="py-1 pr-3">{status(row.pre)}</td>
                      <td className="py-1 pr-3">{status(row.post)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </>
        )}
      </section>
    </div>
  );
}
