import { createCookie, redirect } from "react-router";
import type { z } from "zod";
import { config } from "~/config.server";

/**
 * A one-time notice for the page an action redirects to (Post/Redirect/Get): the action's
 * outcome travels in a short-lived cookie and the page that shows it clears it. The cookie holds
 * a code that the reading page validates and turns into its own text, never text to display, so
 * a forged cookie can pick one of the page's messages and nothing more. Path "/": the browser
 * must send it to the page's `.data` URL too, where client-side navigations load it.
 */
const noticeCookie = createCookie("notice", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: config.secureCookies,
  maxAge: 60,
});

/** A 303 to `path` carrying `notice` for the next page view. */
export async function redirectWithNotice(path: string, notice: unknown): Promise<Response> {
  return redirect(path, { status: 303, headers: { "Set-Cookie": await noticeCookie.serialize(notice) } });
}

/** The notice sent with this request, if it fits `schema`, and the header that clears it. */
export async function takeNotice<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<{ notice: z.output<Schema> | null; headers: HeadersInit }> {
  const cookieHeader = request.headers.get("Cookie");
  if (!cookieHeader?.includes("notice=")) return { notice: null, headers: {} };
  const parsed = schema.safeParse(await noticeCookie.parse(cookieHeader));
  return {
    notice: parsed.success ? parsed.data : null,
    headers: { "Set-Cookie": await noticeCookie.serialize("", { maxAge: 0 }) },
  };
}
