import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/forms";
import { formatSessionTime } from "~/components/format";
import { multiple, parseForm } from "~/http/form";
import { requireNetworkManager } from "~/networks/access.server";
import { checkInCodeFor, saveAttendance, sessionRoster } from "~/registrations/attendance.server";
import { checkInOpen } from "~/registrations/rules";
import { findSession } from "~/networks/sessions.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Aanwezigheid – LEERKR@CHT.NET" }];

async function load(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  const sessionId = z.coerce.number().int().positive().safeParse(args.params.sessionId);
  const session = sessionId.success ? findSession(network.id, sessionId.data) : null;
  if (!session) throw new Response("Niet gevonden", { status: 404 });
  return { network, session };
}

export async function loader(args: LoaderFunctionArgs) {
  const { network, session } = await load(args);
  const open = checkInOpen(session, new Date());
  return {
    network: { slug: network.slug, title: network.title },
    session,
    roster: sessionRoster(session.id),
    // The code appears only while checking in is possible, so it cannot leak beforehand.
    checkInCode: open ? checkInCodeFor(session.id) : null,
  };
}

// The intent marks a real submit of this form: a bare POST must not mark everyone absent.
const attendanceSchema = z.object({ intent: z.literal("aanwezigheid"), present: multiple(z.string().min(1).max(100)) });

export async function action(args: ActionFunctionArgs) {
  const { session } = await load(args);
  const form = parseForm(attendanceSchema, await args.request.formData());
  if (!form.success) throw new Response("Ongeldig verzoek", { status: 400 });
  saveAttendance(session.id, form.data.present);
  return { saved: true };
}

export default function AttendancePage() {
  const { network, session, roster, checkInCode } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}/bijeenkomsten`} className="text-brand-700 underline">Terug naar de bijeenkomsten</AppLink>
      </p>
      <h1 className="text-3xl font-bold">Aanwezigheid</h1>
      <p>
        {network.title}: {session.title ?? session.kind}, {formatSessionTime(session.startsAt, session.endsAt)}
      </p>
      {checkInCode ? (
        <section aria-labelledby="code" className="rounded-lg bg-brand-800 p-6 text-center text-white">
          <h2 id="code" className="text-lg">Toon deze code in de zaal. Deelnemers checken in via /inchecken</h2>
          <p className="mt-2 font-mono text-5xl font-bold tracking-widest" data-testid="check-in-code">{checkInCode}</p>
        </section>
      ) : (
        <p className="text-sm text-slate-700">De code om zelf in te checken verschijnt hier vanaf een half uur voor het begin tot een half uur na het einde.</p>
      )}
      {actionData?.saved ? <FormMessage tone="success">De aanwezigheid is opgeslagen.</FormMessage> : null}
      <Form method="post" className="rounded-lg bg-white p-6 shadow-sm">
        <input type="hidden" name="intent" value="aanwezigheid" />
        <fieldset>
          <legend className="text-xl font-bold">Deelnemers ({roster.length})</legend>
          {roster.length === 0 ? <p className="mt-2">Er zijn geen ingeschreven deelnemers.</p> : null}
          <ul className="mt-2 divide-y divide-slate-200">
            {roster.map((person) => (
              <li key={person.userId}>
                <label className="flex items-center gap-3 py-2">
                  <input type="checkbox" name="present" value={person.userId} defaultChecked={person.present ?? false} className="h-5 w-5" />
                  <span>
                    {person.name} <span className="text-sm text-slate-700">({person.institution ?? "–"}){person.method === "check-in" && person.present ? ", zelf ingecheckt" : ""}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white">Aanwezigheid opslaan</button>
      </Form>
    </div>
  );
}
