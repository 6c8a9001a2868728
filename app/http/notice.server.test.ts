import { describe, expect, it } from "vitest";
import { z } from "zod";
import { redirectWithNotice, takeNotice } from "./notice.server";

const schema = z.object({ kind: z.literal("done") });

/** The request a browser sends next, carrying the cookie the redirect set. */
function nextRequest(response: Response): Request {
  const setCookie = response.headers.get("Set-Cookie")!;
  return new Request("http://x/netwerken/n", {
    headers: { Cookie: `session=abc; ${setCookie.split(";")[0]}` },
  });
}

describe("one-time notices (Post/Redirect/Get)", () => {
  it("redirects with 303 and a short-lived, http-only cookie for the whole site", async () => {
    const response = await redirectWithNotice("/netwerken/n", { kind: "done" });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/netwerken/n");
    expect(response.headers.get("Set-Cookie")).toMatch(
      /^notice=[^;]+; Max-Age=60; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });

  it("hands the notice to the next page once, with the header that clears it", async () => {
    const { notice, headers } = await takeNotice(
      nextRequest(await redirectWithNotice("/netwerken/n", { kind: "done" })),
      schema,
    );
    expect(notice).toEqual({ kind: "done" });
    expect(new Headers(headers).get("Set-Cookie")).toMatch(
      /^notice=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });

  it.each([
    ["a notice that does not fit the page's schema", { kind: "<b>gehackt</b>" }],
    ["text", "Je bent ingeschreven"],
  ])("drops %s, and still clears it", async (_, value) => {
    const { notice, headers } = await takeNotice(nextRequest(await redirectWithNotice("/x", value)), schema);
    expect(notice).toBeNull();
    expect(new Headers(headers).get("Set-Cookie")).toMatch(/Max-Age=0/);
  });

  it("drops a cookie that is not even encoded JSON", async () => {
    const { notice } = await takeNotice(
      new Request("http://x/", { headers: { Cookie: "notice=%%%not-base64" } }),
      schema,
    );
    expect(notice).toBeNull();
  });

  it("sets nothing when the request carries no notice", async () => {
    expect(
      await takeNotice(new Request("http://x/", { headers: { Cookie: "session=abc" } }), schema),
    ).toEqual({ notice: null, headers: {} });
  });
});
