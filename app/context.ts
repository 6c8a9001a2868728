import type { AuthState } from "~/auth/auth-state";

/** Per-request values that server.ts hands to every loader and action. */
export interface PortalLoadContext {
  cspNonce: string;
  clientIp: string;
  /** Set-Cookie values for the auth session; server.ts writes them on the response. */
  authCookies: string[];
  /** Memoised so that parallel loaders validate the auth session once per request. */
  auth?: Promise<AuthState>;
}

declare module "@remix-run/node" {
  interface AppLoadContext extends PortalLoadContext {}
}
