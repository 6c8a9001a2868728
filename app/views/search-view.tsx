import { AppLink } from "~/components/app-link";
import type { materialHits } from "~/materials/search.server";

/** One material in the search results: the same for everyone who may see it (kept as HTML, see search-html.server.ts). */
export function MaterialHitView({ hit }: { hit: ReturnType<typeof materialHits>[number] }) {
  return (
    <li className="rounded-lg bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">
        <AppLink to={`/materialen/${hit.id}`} className="text-brand-800 underline-offset-2 hover:underline">
          {hit.title}
        </AppLink>
      </h2>
      <p className="text-sm text-slate-700">
        {hit.type} · {hit.library ? "bibliotheek" : hit.networkTitle}
        {hit.tags.length ? ` · ${hit.tags.join(", ")}` : ""}
      </p>
      {hit.snippet ? <p className="mt-1 line-clamp-2 text-sm">{hit.snippet}</p> : null}
    </li>
  );
}
