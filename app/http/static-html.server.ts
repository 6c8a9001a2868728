import type { AppLoadContext } from "react-router";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { StaticHtmlData } from "./static-html";
import { cachedUntilChange } from "./data-version.server";

/** HTML that React rendered from the app's components (every value in it escaped); only made here. */
export type RenderedHtml = string & { readonly __renderedByReact: unique symbol };

/**
 * The HTML of `render()`, rendered again only after a commit or once `maxAgeMs` has passed (as
 * cachedUntilChange). For the large report pages, whose content is the same for everyone allowed
 * to read them: rendering 60–80 kB of tables was most of their server time on every request,
 * while their figures change only when answers come in (tests/bench). Never for anything that
 * names or depends on the viewer; the caller checks access before asking. `cache` is the
 * shared one unless a kind of page with many variants keeps its own.
 */
export function renderedUntilChange(
  key: string,
  render: () => ReactElement,
  maxAgeMs: number | (() => number),
  cache = cachedUntilChange,
): RenderedHtml {
  return cache(`html:${key}`, () => renderToStaticMarkup(render()) as RenderedHtml, maxAgeMs);
}

/** Pieces of rendered HTML in a row (each escaped when rendered, so the whole is too). */
export function joinRenderedHtml(parts: RenderedHtml[]): RenderedHtml {
  return parts.join("") as RenderedHtml;
}

/** Loader data for <StaticHtml>: the HTML itself for a data request, only its name for a document. */
export function staticHtmlData(context: AppLoadContext, name: string, html: RenderedHtml): StaticHtmlData {
  if (context.dataRequest) return { name, html };
  context.staticHtml[name] = html;
  return { name, html: null };
}
