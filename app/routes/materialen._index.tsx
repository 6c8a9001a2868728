import { Form, type LoaderFunctionArgs, type MetaFunction, useLoaderData, useLocation } from "react-router";
import { educationLevels } from "#db/schema/institutions";
import { materialTypes } from "#db/schema/materials";
import { getOptionalUser } from "~/auth/guards.server";
import { Pagination } from "~/components/pagination";
import { StaticHtml } from "~/components/static-html";
import { staticHtmlData } from "~/http/static-html.server";
import { materialHitsHtml } from "~/views/search-html.server";
import { findMaterials, parseMaterialFilters } from "~/materials/search.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Materialen – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await getOptionalUser(args);
  const filters = parseMaterialFilters(args.url.searchParams);
  const { total, pages, ids } = findMaterials(user, filters);
  return {
    filters,
    result: { total, pages },
    hits: staticHtmlData(args.context, "materialen", materialHitsHtml(ids)),
  };
}

export default function MaterialsPage() {
  const { filters, result, hits } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Materialen</h1>
      <p>Materialen uit de lerende netwerken en de bibliotheek met interventies en tips.</p>
      {filters.netwerk ? (
        <p className="rounded bg-brand-50 p-2 text-sm">
          Enkel materialen van het netwerk “{filters.netwerk}”.{" "}
          <AppLink to="/materialen" className="text-brand-700 underline">
            Alle materialen tonen
          </AppLink>
        </p>
      ) : null}
      <Form
        key={search}
        method="get"
        role="search"
        aria-label="Materialen zoeken"
        className="rounded-lg bg-white p-4 shadow-sm"
      >
        <label htmlFor="zoek-materiaal" className="block font-medium">
          Zoeken
        </label>
        <input
          id="zoek-materiaal"
          type="search"
          name="q"
          defaultValue={filters.q}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="filter-type" className="block text-sm font-medium">
              Soort
            </label>
            <select
              id="filter-type"
              name="type"
              defaultValue={filters.type ?? ""}
              className="mt-1 w-full rounded border border-slate-500 px-2 py-1.5"
            >
              <option value="">Alle</option>
              {materialTypes.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-niveau" className="block text-sm font-medium">
              Niveau
            </label>
            <select
              id="filter-niveau"
              name="niveau"
              defaultValue={filters.niveau ?? ""}
              className="mt-1 w-full rounded border border-slate-500 px-2 py-1.5"
            >
              <option value="">Alle</option>
              {educationLevels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-tag" className="block text-sm font-medium">
              Trefwoord
            </label>
            <input
              id="filter-tag"
              name="tag"
              defaultValue={filters.tag ?? ""}
              className="mt-1 w-full rounded border border-slate-500 px-2 py-1.5"
            />
          </div>
        </div>
        {filters.netwerk ? <input type="hidden" name="netwerk" value={filters.netwerk} /> : null}
        <button
          type="submit"
          className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Zoeken
        </button>
      </Form>
      <p aria-live="polite" className="text-slate-700">
        {result.total} {result.total === 1 ? "resultaat" : "resultaten"}
      </p>
      <StaticHtml as="ul" className="space-y-3" data={hits} />
      <Pagination page={filters.pagina} pages={result.pages} />
    </div>
  );
}
