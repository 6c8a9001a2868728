import { redirect, type AppLoadContext } from "react-router";
import type { Role } from "#db/schema";
import type { AuthState, AuthUser } from "./auth-state";
import { readAuthSessionId, validateAuthSession } from "./lucia.server";

export interface RequestArgs {
  request: Request;
  context: AppLoadContext;
  /** The page's URL without React Router's `.data` suffix and parameters (loader and action args). */
  url?: URL;
}

/** Where to come back to after logging in: the page, also when a `.data` request asked. */
export function pageUrl(args: RequestArgs): URL {
  return args.url ?? new URL(args.request.url);
}

/** Replaces any auth cookie already queued for this response; server.ts writes it. */
export function setAuthCookie(context: AppLoadContext, cookie: string): void {
  context.authCookies = [cookie];
}

export function getAuth({ request, context }: RequestArgs): Promise<AuthState> {
  context.auth ??= (async (): Promise<AuthState> => {
    const authSessionId = readAuthSessionId(request.headers.get("Cookie"));
    if (!authSessionId) return { user: null, authSessionId: null };
    const result = await validateAuthSession(authSessionId);
    if (result.setCookie) setAuthCookie(context, result.setCookie);
    return result.user && result.authSessionId
      ? { user: result.user, authSessionId: result.authSessionId }
      : { user: null, authSessionId: null };
  })();
  return context.auth;
}

export async function getOptionalUser(args: RequestArgs): Promise<AuthUser | null> {
  return (await getAuth(args)).user;
}

export async function requireUser(args: RequestArgs): Promise<AuthUser> {
  const { user } = await getAuth(args);
  if (user) return user;
  const url = pageUrl(args);
  throw redirect(`/inloggen?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

export async function requireRole(args: RequestArgs, allowed: readonly Role[]): Promise<AuthUser> {
  const user = await requireUser(args);
  if (!allowed.includes(user.role)) {
    throw new Response("Je hebt geen toegang tot deze pagina.", { status: 403 });
  }
  return user;
}

export async function requireAnonymous(args: RequestArgs): Promise<void> {
  if ((await getAuth(args)).user) throw redirect("/");
}
