import { Link } from "react-router";
import { schoolYearsLabel } from "~/networks/time";
import { AppLink } from "~/components/app-link";

interface Props {
  network: {
    facilitators: { name: string }[];
    levels: string[];
    audiences: string[];
    region: string | null;
    firstSchoolYear: number;
    lastSchoolYear: number;
    operationalGoal: { code: string; wording: string } | null;
  };
}

/** The practical facts of a network page: who, for whom, where, when and under which OD. */
export function NetworkFacts({ network }: Props) {
  return (
    <section aria-labelledby="praktisch" className="rounded-lg bg-white p-6 shadow-sm">
      <h2 id="praktisch" className="text-xl font-bold">
        Praktisch
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Begeleiders</dt>
        <dd>{network.facilitators.map((f) => f.name).join(", ")}</dd>
        <dt className="font-medium">Niveau</dt>
        <dd>{network.levels.join(", ")}</dd>
        <dt className="font-medium">Doelgroep</dt>
        <dd>{network.audiences.join(", ")}</dd>
        <dt className="font-medium">Regio</dt>
        <dd>{network.region ?? "Vlaanderen-breed"}</dd>
        <dt className="font-medium">Schooljaar</dt>
        <dd>{schoolYearsLabel(network.firstSchoolYear, network.lastSchoolYear)}</dd>
        {network.operationalGoal ? (
          <>
            <dt className="font-medium">Doelstelling</dt>
            <dd title={network.operationalGoal.wording}>{network.operationalGoal.code}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

export function NetworkMaterials({
  slug,
  materials,
  canPost,
}: {
  slug: string;
  materials: { id: number; title: string; type: string }[];
  canPost: boolean;
}) {
  return (
    <section aria-labelledby="materialen" className="rounded-lg bg-white p-6 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="materialen" className="text-xl font-bold">
          Materialen
        </h2>
        {canPost ? (
          <Link
            to="materialen/nieuw"
            className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
          >
            Materiaal toevoegen
          </Link>
        ) : null}
      </div>
      {materials.length === 0 ? (
        <p className="mt-2">Nog geen materialen.</p>
      ) : (
        <p className="mt-1 text-sm">
          <AppLink to={`/materialen?netwerk=${slug}`} className="text-brand-700 underline">
            Zoeken in de materialen van dit netwerk
          </AppLink>
        </p>
      )}
      <ul className="mt-2 list-disc pl-6">
        {materials.map((m) => (
          <li key={m.id}>
            <AppLink to={`/materialen/${m.id}`} className="text-brand-700 underline">
              {m.title}
            </AppLink>{" "}
            <span className="text-sm text-slate-700">({m.type})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Links to everything a facilitator manages for the network (relative to the network page). */
export function ManageNavigation() {
  return (
    <nav aria-label="Netwerk beheren" className="mt-4 flex flex-wrap gap-3 text-sm">
      <Link
        to="bewerken"
        className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
      >
        Bewerken
      </Link>
      <Link
        to="bijeenkomsten"
        className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
      >
        Bijeenkomsten
      </Link>
      <Link
        to="deelnemers"
        className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
      >
        Deelnemers en aanwezigheid
      </Link>
      <Link
        to="metingen"
        className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
      >
        Metingen
      </Link>
      <Link
        to="rapport"
        className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
      >
        Rapport
      </Link>
    </nav>
  );
}
