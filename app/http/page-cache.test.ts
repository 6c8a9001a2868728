import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { etagMatches, isCacheableRequest, isCacheableResponse, pageCache } from "./page-cache";

const paths = [/^\/netwerken\/?$/];

describe("isCacheableRequest", () => {
  it.each([
    { method: "GET", path: "/netwerken", headers: {}, expected: true },
    { method: "HEAD", path: "/netwerken", headers: {}, expected: true },
    { method: "POST", path: "/netwerken", headers: {}, expected: false },
    { method: "GET", path: "/netwerken", headers: { cookie: "session=abc" }, expected: false },
    { method: "GET", path: "/netwerken", headers: { cookie: "" }, expected: false },
    { method: "GET", path: "/netwerken", headers: { authorization: "Bearer x" }, expected: false },
    { method: "GET", path: "/mijn-netwerken", headers: {}, expected: false },
  ])("$method $path $headers → $expected", ({ method, path, headers, expected }) => {
    expect(isCacheableRequest({ method, path, headers }, paths)).toBe(expected);
  });
});

describe("isCacheableResponse", () => {
  it.each([
    { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, expected: true },
    { status: 404, headers: { "content-type": "text/html; charset=utf-8" }, expected: false },
    { status: 302, headers: { "content-type": "text/html" }, expected: false },
    { status: 200, headers: { "content-type": "text/html", "set-cookie": ["a=b"] }, expected: false },
    {
      status: 200,
      headers: { "content-type": "text/html", "cache-control": "private, no-store" },
      expected: false,
    },
    { status: 200, headers: { "content-type": "application/json" }, expected: false },
  ])("$status $headers → $expected", ({ status, headers, expected }) => {
    expect(isCacheableResponse(status, headers)).toBe(expected);
  });
});

describe("etagMatches", () => {
  it.each([
    { header: undefined, expected: false },
    { header: 'W/"abc"', expected: true },
    { header: '"abc"', expected: true },
    { header: '"x", W/"abc"', expected: true },
    { header: "*", expected: true },
    { header: '"abd"', expected: false },
  ])("$header → $expected", ({ header, expected }) => {
    expect(etagMatches(header, 'W/"abc"')).toBe(expected);
  });
});

describe("pageCache in an Express app", () => {
  let version = 1;
  let clock = 0;
  let renders = 0;
  let origin = "";
  let close: () => void;

  beforeAll(async () => {
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader("Content-Security-Policy", `script-src 'nonce-${renders + 1}'`);
      next();
    });
    app.use(
      pageCache({
        paths: [/^\/(netwerken|cookie)$/],
        dataVersion: () => String(version),
        maxAgeMs: 60_000,
        budgetBytes: 1_000_000,
        now: () => clock,
      }),
    );
    app.get("/netwerken", (_req, res) => {
      renders++;
      res.type("html");
      res.write(`<p>render ${renders} `);
      res.end(`nonce ${renders}</p>`);
    });
    app.get("/cookie", (_req, res) => {
      renders++;
      res.cookie("x", "y").type("html").send(`<p>render ${renders}</p>`);
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it("renders once per data version and answers the rest from the cache, with the render's own CSP", async () => {
    const first = await fetch(`${origin}/netwerken`);
    expect(await first.text()).toBe("<p>render 1 nonce 1</p>");
    const second = await fetch(`${origin}/netwerken`);
    expect(await second.text()).toBe("<p>render 1 nonce 1</p>");
    expect(second.headers.get("content-security-policy")).toBe("script-src 'nonce-1'");
    const etag = second.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);

    const revalidated = await fetch(`${origin}/netwerken`, { headers: { "If-None-Match": etag } });
    expect(revalidated.status).toBe(304);
    expect(renders).toBe(1);

    // A logged-in visitor (any cookie) is never served from, nor stored into, the cache.
    expect(await (await fetch(`${origin}/netwerken`, { headers: { Cookie: "session=abc" } })).text()).toBe(
      "<p>render 2 nonce 2</p>",
    );
    expect(await (await fetch(`${origin}/netwerken`)).text()).toBe("<p>render 1 nonce 1</p>");

    // A commit anywhere changes the data version: the next visitor gets a new render.
    version++;
    expect(await (await fetch(`${origin}/netwerken`)).text()).toBe("<p>render 3 nonce 3</p>");
    const stale = await fetch(`${origin}/netwerken`, { headers: { "If-None-Match": etag } });
    expect(stale.status).toBe(200);

    // And so does the passing of time.
    clock += 60_000;
    expect(await (await fetch(`${origin}/netwerken`)).text()).toBe("<p>render 4 nonce 4</p>");
  });

  it("never stores a response that sets a cookie", async () => {
    const before = renders;
    await fetch(`${origin}/cookie`);
    await fetch(`${origin}/cookie`);
    expect(renders).toBe(before + 2);
  });
});
