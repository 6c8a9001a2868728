import {
  Links,
  type LinksFunction,
  type LoaderFunctionArgs,
  Meta,
  type MetaFunction,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "react-router";
import type { ReactNode } from "react";
import { getOptionalUser } from "~/auth/guards.server";
import { AppLinkNavigation } from "~/components/app-link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SiteHeader } from "~/components/site-header";
import { useNonce } from "~/components/nonce";
import stylesheet from "~/tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "LEERKR@CHT.NET – lerende netwerken voor leraren" }];

export async function loader(args: LoaderFunctionArgs) {
  return { user: await getOptionalUser(args) };
}

export function useOptionalUser() {
  return useRouteLoaderData<typeof loader>("root")?.user ?? null;
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="nl-BE" className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col bg-slate-50 font-sans text-slate-900">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          Naar de inhoud
        </a>
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="print:hidden border-t border-slate-200 bg-white px-4 py-4 text-center text-sm text-slate-700">
          LEERKR@CHT.NET – professionalisering voor leraren in lerende netwerken
        </footer>
        <AppLinkNavigation />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
