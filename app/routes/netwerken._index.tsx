import { Form, type LoaderFunctionArgs, type MetaFunction, useLoaderData, useLocation } from "react-router";
import { educationLevels, regions } from "#db/schema/institutions";
import { coreTasksAndImpulses, modalities, networkThemes } from "#db/schema/networks";
import { CORE_TASK_LABELS } from "~/networks/core-tasks";
import { getOptionalUser } from "~/auth/guards.server";
import { JOB_FUNCTIONS } from "~/auth/job-functions";
import { StaticHtml } from "~/components/static-html";
import { staticHtmlData } from "~/http/static-html.server";
import { catalogueResultsHtml } from "~/views/catalogue-html.server";
import { parseCatalogueFilters, schoolYearOptions, searchCatalogue } from "~/networks/catalogue.server";
import { schoolYearLabel } from "~/networks/time";
import { AppLink, type AppPath } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Lerende netwerken – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await getOptionalUser(args);
  const filters = parseCatalogueFilters(args.url.searchParams);
  const { total, pages } = searchCatalogue(filters);
  return {
    filters,
    result: { total, pages },
    results: staticHtmlData(args.context, "netwerken", catalogueResultsHtml(filters)),
    schoolYears: schoolYearOptions(),
    canCreate: user?.role === "facilitator" || user?.role === "admin",
  };
}

function Select({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | number | null;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 w-full rounded border border-slate-500 bg-white px-2 py-1.5"
      >
        <option value="">Alle</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function CataloguePage() {
  const { filters, result, results, schoolYears, canCreate } = useLoaderData<typeof loader>();
  // Remount the filter form on every search, so "Filters wissen" also clears the selects.
  const { search } = useLocation();
  const pageLink = (page: number): AppPath => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters))
      if (value !== null && value !== "" && value !== false && key !== "pagina")
        params.set(key, value === true ? "1" : String(value));
    params.set("pagina", String(page));
    return `?${params}`;
  };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Lerende netwerken</h1>
        {canCreate ? (
          <AppLink
            to="/netwerken/nieuw"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Nieuw netwerk
          </AppLink>
        ) : null}
      </div>
      <Form
        key={search}
        method="get"
        role="search"
        aria-label="Netwerken zoeken en filteren"
        className="rounded-lg bg-white p-4 shadow-sm"
      >
        <div className="mb-3">
          <label htmlFor="filter-q" className="block font-medium">
            Zoek op titel of beschrijving
          </label>
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={filters.q}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Select
            label="Onderwijsniveau"
            name="niveau"
            value={filters.niveau}
            options={educationLevels.map((l) => [l, l] as const)}
          />
          <Select
            label="Doelgroep"
            name="doelgroep"
            value={filters.doelgroep}
            options={JOB_FUNCTIONS.filter((f) => f !== "andere").map((f) => [f, f] as const)}
          />
          <Select
            label="Thema"
            name="thema"
            value={filters.thema}
            options={networkThemes.map((t) => [t, t] as const)}
          />
          <Select
            label="Regio"
            name="regio"
            value={filters.regio}
            options={[["vlaanderen-breed", "Vlaanderen-breed"], ...regions.map((r) => [r, r] as const)]}
          />
          <Select
            label="Kerntaak of beleidsimpuls"
            name="kerntaak"
            value={filters.kerntaak}
            options={coreTasksAndImpulses.map((k) => [k, CORE_TASK_LABELS[k]] as const)}
          />
          <Select
            label="Vorm"
            name="modaliteit"
            value={filters.modaliteit}
            options={modalities.map((m) => [m, m] as const)}
          />
          <Select
            label="Schooljaar"
            name="schooljaar"
            value={filters.schooljaar}
            options={schoolYears.map((y) => [String(y), schoolYearLabel(y)] as const)}
          />
          <div className="flex items-end">
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name="vrij"
                value="1"
                defaultChecked={filters.vrij}
                className="h-4 w-4"
              />
              Enkel met vrije plaatsen
            </label>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button
            type="submit"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Zoeken
          </button>
          <AppLink to="/netwerken" className="px-2 py-2 text-brand-700 underline">
            Filters wissen
          </AppLink>
        </div>
      </Form>
      <p aria-live="polite" className="text-slate-700">
        {result.total} {result.total === 1 ? "netwerk" : "netwerken"} gevonden
      </p>
      <StaticHtml data={results} />
      {result.pages > 1 ? (
        <nav aria-label="Paginering" className="flex flex-wrap items-center gap-4">
          {filters.pagina > 1 ? (
            <AppLink to={pageLink(filters.pagina - 1)} className="text-brand-700 underline">
              Vorige pagina
            </AppLink>
          ) : null}
          <span>
            Pagina {filters.pagina} van {result.pages}
          </span>
          {filters.pagina < result.pages ? (
            <AppLink to={pageLink(filters.pagina + 1)} className="text-brand-700 underline">
              Volgende pagina
            </AppLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
