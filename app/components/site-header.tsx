import { Form, useRouteLoaderData } from "react-router";
import type { Role } from "#db/schema";
import type { AuthUser } from "~/auth/auth-state";
import { ROLE_LABELS } from "~/auth/roles";
import { AppNavLink } from "./app-link";

interface NavItem {
  to: `/${string}`;
  label: string;
  roles: readonly Role[];
}

/** What each role sees in the main navigation; the routes enforce the same rules on the server. */
export const NAV_ITEMS: NavItem[] = [
  { to: "/", label: "Start", roles: ["participant", "facilitator", "admin"] },
  { to: "/netwerken", label: "Netwerken", roles: ["participant", "facilitator", "admin"] },
  { to: "/mijn-netwerken", label: "Mijn netwerken", roles: ["participant", "facilitator", "admin"] },
  { to: "/materialen", label: "Materialen", roles: ["participant", "facilitator", "admin"] },
  { to: "/digicoaches", label: "Digicoaches", roles: ["participant", "facilitator", "admin"] },
  { to: "/beheer/gebruikers", label: "Gebruikers", roles: ["admin"] },
  { to: "/beheer/doelstellingen", label: "Doelstellingen", roles: ["admin"] },
  { to: "/beheer/metingen", label: "Meetplan", roles: ["admin"] },
  { to: "/rapporten", label: "Rapporten", roles: ["admin"] },
  { to: "/beheer/e-mails", label: "E-mails", roles: ["admin"] },
  { to: "/profiel", label: "Mijn profiel", roles: ["participant", "facilitator", "admin"] },
];

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 underline-offset-4 hover:underline ${isActive ? "bg-brand-900 font-semibold" : ""}`;

export function SiteHeader() {
  const user = (useRouteLoaderData("root") as { user: AuthUser | null } | undefined)?.user ?? null;
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <AppNavLink to="/" className="text-lg font-bold tracking-tight">
          LEERKR@CHT.NET
        </AppNavLink>
        {user ? (
          <nav aria-label="Hoofdnavigatie" className="flex flex-wrap items-center gap-1 text-sm">
            {NAV_ITEMS.filter((item) => item.roles.includes(user.role)).map((item) => (
              <AppNavLink key={item.to} to={item.to} end={item.to === "/"} className={linkClass}>
                {item.label}
              </AppNavLink>
            ))}
            <span className="px-2 text-brand-100" data-testid="current-role">
              {user.name} · {ROLE_LABELS[user.role]}
            </span>
            <Form method="post" action="/uitloggen">
              <button type="submit" className="rounded border border-white/70 px-2 py-1 hover:bg-brand-900">
                Afmelden
              </button>
            </Form>
          </nav>
        ) : (
          <nav aria-label="Hoofdnavigatie" className="flex flex-wrap gap-1 text-sm">
            <AppNavLink to="/netwerken" className={linkClass}>
              Netwerken
            </AppNavLink>
            <AppNavLink to="/materialen" className={linkClass}>
              Materialen
            </AppNavLink>
            <AppNavLink to="/inloggen" className={linkClass}>
              Aanmelden
            </AppNavLink>
            <AppNavLink to="/registreren" className={linkClass}>
              Account aanmaken
            </AppNavLink>
          </nav>
        )}
      </div>
    </header>
  );
}
