import { AppLink } from "~/components/app-link";
import { formatSessionTime } from "~/text/format";
import type { searchCatalogue } from "~/networks/catalogue.server";
import { schoolYearsLabel } from "~/networks/time";

export type CatalogueNetwork = ReturnType<typeof searchCatalogue>["networks"][number];

/** One page of the catalogue's networks: the same for every visitor (kept as HTML, see catalogue-html.server.ts). */
export function CatalogueResultsView({ networks }: { networks: CatalogueNetwork[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {networks.map((network) => (
        <li key={network.id} className="flex flex-col rounded-lg bg-white p-5 shadow-sm">
          <h2 className="text-lg font-semibold">
            <AppLink
              to={`/netwerken/${network.slug}`}
              className="text-brand-800 underline-offset-2 hover:underline"
            >
              {network.title}
            </AppLink>
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {network.networkType} · {network.theme}
          </p>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-medium">Niveau</dt>
            <dd>{network.levels.join(", ")}</dd>
            <dt className="font-medium">Regio</dt>
            <dd>{network.region ?? "Vlaanderen-breed"}</dd>
            <dt className="font-medium">Schooljaar</dt>
            <dd>{schoolYearsLabel(network.firstSchoolYear, network.lastSchoolYear)}</dd>
            {network.nextSession ? (
              <>
                <dt className="font-medium">Volgende</dt>
                <dd>{formatSessionTime(network.nextSession, network.nextSession).split(",")[0]}</dd>
              </>
            ) : null}
            <dt className="font-medium">Plaatsen</dt>
            <dd data-testid="seats">
              {network.seatsLeft > 0
                ? `${network.seatsLeft} van ${network.capacity} vrij`
                : `volzet, ${network.waiting} op de wachtlijst`}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
