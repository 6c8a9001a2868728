import type { StaticHtmlData } from "~/http/static-html";
import { useSubmit } from "react-router";
import { createContext, useContext, useState } from "react";

/**
 * A piece of a page that the server renders once and keeps until its data changes (the large
 * report tables; see app/http/static-html.server.ts). On a document request its HTML reaches the
 * render through this context instead of the loader data, so it is not sent a second time, escaped,
 * as hydration data; the browser keeps the HTML already on the page. Data requests (client-side
 * navigation, revalidation) carry the HTML itself.
 */

export const StaticHtmlContext = createContext<Record<string, string>>({});

export function StaticHtml({
  data,
  className,
  as: Element = "div",
}: {
  data: StaticHtmlData;
  className?: string;
  as?: "div" | "ul";
}) {
  const rendered = useContext(StaticHtmlContext)[data.name];
  const id = `statisch-${data.name}`;
  const [onPage] = useState(
    () => rendered ?? (typeof document === "undefined" ? "" : (document.getElementById(id)?.innerHTML ?? "")),
  );
  const submit = useSubmit();
  return (
    <Element
      id={id}
      className={className}
      // Its forms are plain HTML forms (they work without JavaScript); with JavaScript they are
      // sent like a Remix <Form>, without reloading the page.
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.target as HTMLFormElement, { preventScrollReset: true });
      }}
      // React escaped every value in this HTML when the server rendered it from the app's components.
      dangerouslySetInnerHTML={{ __html: data.html ?? onPage }}
    />
  );
}
