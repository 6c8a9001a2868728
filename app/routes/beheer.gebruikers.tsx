import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
} from "react-router";
import { z } from "zod";
import { roles } from "#db/schema";
import { requireRole } from "~/auth/guards.server";
import { ROLE_LABELS } from "~/auth/roles";
import { searchUsers, setUserRole, USERS_PAGE_SIZE, type RoleChangeResult } from "~/auth/users.server";
import { FormMessage } from "~/components/forms";
import { parseForm } from "~/http/form";
import { logSecurityEvent } from "~/http/security-log";
import { AppLink, type AppPath } from "~/components/app-link";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Gebruikers – LEERKR@CHT.NET" }];

const searchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  rol: z.enum(roles).nullable().catch(null),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const roleChangeSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(roles, { error: "Kies een geldige rol." }),
});

const ROLE_CHANGE_MESSAGES: Record<Exclude<RoleChangeResult, "ok">, string> = {
  "not-found": "Deze gebruiker bestaat niet meer.",
  "own-role": "Je kan je eigen rol niet wijzigen; vraag dit aan een andere beheerder.",
  "last-admin": "Er moet minstens één beheerder overblijven.",
};

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const params = args.url.searchParams;
  const filters = searchSchema.parse({
    q: params.get("q") ?? "",
    rol: params.get("rol") || null,
    pagina: params.get("pagina") ?? 1,
  });
  const result = searchUsers({ query: filters.q, role: filters.rol, page: filters.pagina });
  return { ...result, filters, lastPage: Math.max(1, Math.ceil(result.total / USERS_PAGE_SIZE)) };
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireRole(args, ["admin"]);
  const form = parseForm(roleChangeSchema, await args.request.formData());
  if (!form.success)
    return data({ error: form.errors.role ?? "Ongeldig verzoek.", changed: null }, { status: 400 });
  const result = setUserRole(admin.id, form.data.userId, form.data.role);
  if (result !== "ok") return data({ error: ROLE_CHANGE_MESSAGES[result], changed: null }, { status: 400 });
  logSecurityEvent("role.changed", { user: admin.id, ip: args.context.clientIp });
  return { error: null, changed: form.data.userId };
}

export default function UsersPage() {
  const { rows, total, filters, lastPage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pageLink = (page: number): AppPath =>
    `?${new URLSearchParams({ q: filters.q, rol: filters.rol ?? "", pagina: String(page) })}`;
  return (
    <section aria-labelledby="gebruikers" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h1 id="gebruikers" className="text-2xl font-bold">
        Gebruikers
      </h1>
      <Form method="get" role="search" className="my-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="zoek" className="block font-medium">
            Zoek op naam of e-mailadres
          </label>
          <input
            id="zoek"
            name="q"
            type="search"
            defaultValue={filters.q}
            className="mt-1 rounded border border-slate-500 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="rol" className="block font-medium">
            Rol
          </label>
          <select
            id="rol"
            name="rol"
            defaultValue={filters.rol ?? ""}
            className="mt-1 rounded border border-slate-500 px-3 py-2"
          >
            <option value="">Alle rollen</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Zoeken
        </button>
      </Form>
      {actionData?.error ? <FormMessage tone="error">{actionData.error}</FormMessage> : null}
      {actionData?.changed ? <FormMessage tone="success">De rol is gewijzigd.</FormMessage> : null}
      <p aria-live="polite" className="mb-2 text-sm text-slate-700">
        {total} {total === 1 ? "gebruiker" : "gebruikers"} gevonden
      </p>
      <ScrollBox>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Gevonden gebruikers met hun rol</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Naam
              </th>
              <th scope="col" className="py-2 pr-3">
                E-mailadres
              </th>
              <th scope="col" className="py-2 pr-3">
                Instelling
              </th>
              <th scope="col" className="py-2 pr-3">
                Rol
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3">
                  {row.name}
                  {row.confirmed ? null : (
                    <span className="ml-1 text-xs text-amber-900">(niet bevestigd)</span>
                  )}
                </td>
                <td className="py-2 pr-3 break-all">{row.email}</td>
                <td className="py-2 pr-3">{row.institution ?? "–"}</td>
                <td className="py-2 pr-3">
                  <Form method="post" className="flex flex-wrap gap-2">
                    <input type="hidden" name="userId" value={row.id} />
                    <label htmlFor={`rol-${row.id}`} className="sr-only">
                      Rol van {row.name}
                    </label>
                    <select
                      id={`rol-${row.id}`}
                      name="role"
                      defaultValue={row.role}
                      className="rounded border border-slate-500 px-2 py-1"
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                    <button
                      type="submit"
                      className="rounded border border-brand-700 px-2 py-1 text-brand-800 hover:bg-brand-50"
                    >
                      Opslaan<span className="sr-only"> voor {row.name}</span>
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {lastPage > 1 ? (
        <nav aria-label="Paginering" className="mt-4 flex gap-4">
          {filters.pagina > 1 ? (
            <AppLink to={pageLink(filters.pagina - 1)} className="text-brand-700 underline">
              Vorige pagina
            </AppLink>
          ) : null}
          <span>
            Pagina {filters.pagina} van {lastPage}
          </span>
          {filters.pagina < lastPage ? (
            <AppLink to={pageLink(filters.pagina + 1)} className="text-brand-700 underline">
              Volgende pagina
            </AppLink>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
