import { createElement } from "react";
import { renderedUntilChange, type RenderedHtml } from "~/http/static-html.server";
import {
  CATALOGUE_MAX_AGE_MS,
  cachedCatalogue,
  searchCatalogue,
  type CatalogueFilters,
} from "~/networks/catalogue.server";
import { CatalogueResultsView } from "./catalogue-view";

/**
 * One page of catalogue results as HTML, rendered once per filter set and kept as long as the
 * search result itself (it is the same for every visitor; logged-in visitors differ only in the
 * page around it).
 */
export function catalogueResultsHtml(filters: CatalogueFilters): RenderedHtml {
  return renderedUntilChange(
    `catalogue:${JSON.stringify(filters)}`,
    () => createElement(CatalogueResultsView, { networks: searchCatalogue(filters).networks }),
    CATALOGUE_MAX_AGE_MS,
    cachedCatalogue,
  );
}
