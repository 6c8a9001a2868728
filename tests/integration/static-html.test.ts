import type { AppLoadContext } from "react-router";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { renderedUntilChange, staticHtmlData, type RenderedHtml } from "~/http/static-html.server";

const context = (dataRequest: boolean) => ({ dataRequest, staticHtml: {} }) as unknown as AppLoadContext;

describe("renderedUntilChange", () => {
  it("renders once, escapes what it renders, and renders again after a commit", () => {
    let rendered = 0;
    const name = () =>
      db.$client.prepare("select name from institutions order by id desc limit 1").pluck().get() as string;
    const html = () =>
      renderedUntilChange(
        "test:latest-institution",
        () => (rendered++, createElement("p", null, name())),
        Infinity,
      );
    const first = html();
    expect(html()).toBe(first);
    expect(rendered).toBe(1);
    db.$client
      .prepare(
        "insert into institutions (name, kind, level, region, city) values (?, 'basisschool', 'basisonderwijs', 'Antwerpen', 'Mechelen')",
      )
      .run("<script>alert(1)</script> & Co");
    expect(html()).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p>");
    expect(rendered).toBe(2);
  });
});

describe("staticHtmlData", () => {
  it.each([
    [
      "a document request hands the HTML to the render, not to the loader data",
      false,
      { name: "rapport", html: null },
      { rapport: "<table></table>" },
    ],
    [
      "a data request carries the HTML in the loader data",
      true,
      { name: "rapport", html: "<table></table>" },
      {},
    ],
  ])("%s", (_label, dataRequest, data, forRender) => {
    const ctx = context(dataRequest);
    expect(staticHtmlData(ctx, "rapport", "<table></table>" as RenderedHtml)).toEqual(data);
    expect(ctx.staticHtml).toEqual(forRender);
  });
});
