/** A piece of HTML rendered once on the server and kept (app/http/static-html.server.ts). */
export interface StaticHtmlData {
  name: string;
  /** Null when the document render already has it (sent once, outside the loader data). */
  html: string | null;
}
