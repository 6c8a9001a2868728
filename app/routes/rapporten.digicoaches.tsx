import { type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { requireRole } from "~/auth/guards.server";
import { digicoachFigures } from "~/digicoaches/figures.server";
import { formatPercent } from "~/reports/stats";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Digicoaches in cijfers – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  return digicoachFigures();
}

export default function DigicoachFiguresPage() {
  const figures = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <AppLink to="/rapporten" className="text-brand-700 underline">
          Naar de meta-analyse
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Digicoaches in cijfers</h1>
      <section aria-labelledby="kpi" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="kpi" className="text-xl font-bold">
          Kerncijfers
        </h2>
        <ul className="mt-2">
          <li data-testid="coach-total">{figures.total} digicoaches met een profiel</li>
          <li>{formatPercent(figures.shareTrained)} volgde de teach-the-teacheropleiding</li>
          <li data-testid="coach-kpi">{figures.teachersInTrajectories} leraren in een digicoachtraject</li>
        </ul>
      </section>
      <section aria-labelledby="spreiding" className="grid gap-4 sm:grid-cols-2">
        <h2 id="spreiding" className="sr-only">
          Spreiding
        </h2>
        <div className="rounded-lg bg-white p-6 shadow-sm">
          <h3 className="font-semibold">Per niveau</h3>
          <ul className="mt-1">
            {figures.perLevel.map(([level, n]) => (
              <li key={level}>
                {level}: {n}
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm">
          <h3 className="font-semibold">Per regio</h3>
          <ul className="mt-1">
            {figures.perRegion.map(([region, n]) => (
              <li key={region}>
                {region}: {n}
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}
