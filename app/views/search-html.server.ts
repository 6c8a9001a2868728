import { createElement, Fragment } from "react";
import { untilChangeCache } from "~/http/data-version.server";
import { joinRenderedHtml, renderedUntilChange, type RenderedHtml } from "~/http/static-html.server";
import { materialHits } from "~/materials/search.server";
import { MaterialHitView } from "./search-view";

/** Room for every material's result card (about half a kilobyte each). */
const hitHtmlCache = untilChangeCache(8192);

/**
 * A page of search results as HTML. Which materials a person finds depends on the person (see
 * findMaterials); how one material shows in the results does not, so each card is rendered once
 * and kept until the next commit, and a page joins the cards it needs.
 */
export function materialHitsHtml(ids: number[]): RenderedHtml {
  // The first card not kept reads the fields of the whole page in one query, for every card missing.
  let page: Map<number, ReturnType<typeof materialHits>[number]> | undefined;
  const hitOf = (id: number) => (page ??= new Map(materialHits(ids).map((hit) => [hit.id, hit]))).get(id);
  return joinRenderedHtml(
    ids.map((id) =>
      renderedUntilChange(`material-hit:${id}`, () => materialHitElement(hitOf(id)), Infinity, hitHtmlCache),
    ),
  );
}

function materialHitElement(hit: ReturnType<typeof materialHits>[number] | undefined) {
  // Deleted by another process since the search ran: the next request searches anew.
  return hit ? createElement(MaterialHitView, { hit }) : createElement(Fragment);
}
