import type { AuthState } from "~/auth/auth-state";

/** Per-request values that server.ts hands to every loader and action. */
export interface PortalLoadContext {
  cspNonce: string;
  clientIp: string;
  /** Set-Cookie values for the auth session; server.ts writes them on the response. */
  authCookies: string[];
  /** A single-fetch data request (`/path.data`): the browser already runs the app. */
  dataRequest: boolean;
  /**
   * HTML rendered once and kept (app/components/static-html.tsx), handed to the document render
   * outside the loader data so that it is not sent twice.
   */
  staticHtml: Record<string, string>;
  /** Memoised so that parallel loaders validate the auth session once per request. */
  auth?: Promise<AuthState>;
}

declare module "react-router" {
  interface AppLoadContext extends PortalLoadContext {}
}
