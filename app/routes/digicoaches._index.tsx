import { Form, type LoaderFunctionArgs, type MetaFunction, useLoaderData, useLocation } from "react-router";
import { z } from "zod";
import { coachAvailabilities } from "#db/schema/digicoaches";
import { educationLevels, regions } from "#db/schema/institutions";
import { requireUser } from "~/auth/guards.server";
import { DIGCOMP_AREAS } from "~/digicoaches/digcompedu";
import { directory } from "~/digicoaches/profiles.server";
import { SUGGESTED_SPECIALISATIONS } from "~/digicoaches/validation";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Digicoaches – LEERKR@CHT.NET" }];

const text = z.string().trim().max(100).nullable().catch(null);

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  const params = args.url.searchParams;
  const get = (key: string) => text.parse(params.get(key) || null);
  const filters = {
    q: get("q") ?? "",
    regio: get("regio"),
    niveau: get("niveau"),
    specialisatie: get("specialisatie"),
    sterkte: get("sterkte"),
    groep: get("groep"),
    beschikbaar: get("beschikbaar"),
  };
  const coaches = directory(filters);
  const groups = [
    ...new Set(
      directory({
        q: "",
        regio: null,
        niveau: null,
        specialisatie: null,
        sterkte: null,
        groep: null,
        beschikbaar: null,
      })
        .map((c) => c.groupName)
        .filter((g): g is string => Boolean(g)),
    ),
  ].sort();
  return { filters, coaches, groups };
}

function Filter({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | null;
  options: readonly string[];
}) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 w-full rounded border border-slate-500 px-2 py-1.5"
      >
        <option value="">Alle</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function DirectoryPage() {
  const { filters, coaches, groups } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Digicoaches</h1>
        <AppLink to="/profiel/digicoach" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
          Mijn digicoachprofiel
        </AppLink>
      </div>
      <Form
        key={search}
        method="get"
        role="search"
        aria-label="Digicoaches zoeken"
        className="rounded-lg bg-white p-4 shadow-sm"
      >
        <label htmlFor="f-q" className="block font-medium">
          Zoek op naam, school of specialisatie
        </label>
        <input
          id="f-q"
          type="search"
          name="q"
          defaultValue={filters.q}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <Filter name="regio" label="Regio" value={filters.regio} options={regions} />
          <Filter name="niveau" label="Niveau" value={filters.niveau} options={educationLevels} />
          <Filter
            name="specialisatie"
            label="Specialisatie"
            value={filters.specialisatie}
            options={SUGGESTED_SPECIALISATIONS}
          />
          <Filter
            name="sterkte"
            label="Sterkste DigCompEdu-domein"
            value={filters.sterkte}
            options={DIGCOMP_AREAS.map((a) => a.area)}
          />
          <Filter name="groep" label="Scholengroep of -gemeenschap" value={filters.groep} options={groups} />
          <Filter
            name="beschikbaar"
            label="Beschikbaar voor"
            value={filters.beschikbaar}
            options={coachAvailabilities}
          />
        </div>
        <button
          type="submit"
          className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Zoeken
        </button>
      </Form>
      <p aria-live="polite">
        {coaches.length} {coaches.length === 1 ? "digicoach" : "digicoaches"}
      </p>
      <ul className="grid gap-4 md:grid-cols-2">
        {coaches.map((coach) => (
          <li key={coach.userId} className="rounded-lg bg-white p-4 shadow-sm" data-testid="coach">
            <h2 className="text-lg font-semibold">
              <AppLink
                to={`/digicoaches/${coach.userId}`}
                className="text-brand-800 underline-offset-2 hover:underline"
              >
                {coach.name}
              </AppLink>
            </h2>
            <p className="text-sm text-slate-700">
              {coach.role} · {coach.school ?? "school onbekend"}
              {coach.region ? ` · ${coach.region}` : ""}
            </p>
            {coach.specialisations.length ? (
              <p className="mt-1 text-sm">{coach.specialisations.join(", ")}</p>
            ) : null}
            {coach.strongest.length ? (
              <p className="mt-1 text-sm">Sterk in: {coach.strongest.join(", ")}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
