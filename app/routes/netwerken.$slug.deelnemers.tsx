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
import { FormMessage } from "~/components/forms";
import { formatDateTime } from "~/text/format";
import { parseForm } from "~/http/form";
import { requireNetworkManager } from "~/networks/access.server";
import { listParticipants, waitlistChangeLog } from "~/registrations/participants.server";
import { moveOnWaitlist } from "~/registrations/registrations.server";
import { AppLink } from "~/components/app-link";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Deelnemers – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  return {
    network: { slug: network.slug, title: network.title },
    ...listParticipants(network.id),
    changes: waitlistChangeLog(network.id),
  };
}

const moveSchema = z.object({
  registrationId: z.coerce.number().int().positive(),
  position: z.coerce
    .number({ error: "Geef een plaats als getal." })
    .int("Geef een plaats als geheel getal.")
    .min(1, "De plaats moet minstens 1 zijn."),
  reason: z
    .string()
    .trim()
    .min(3, "Geef een reden (die wordt bewaard).")
    .max(500, "De reden mag hoogstens 500 tekens lang zijn."),
});

export async function action(args: ActionFunctionArgs) {
  const { user, network } = await requireNetworkManager(args, args.params.slug);
  const form = parseForm(moveSchema, await args.request.formData());
  if (!form.success) {
    // The registration id is a hidden field: when it is wrong, say so above the form.
    const errors = form.errors.registrationId
      ? { ...form.errors, form: "Deze persoon staat niet (meer) op de wachtlijst." }
      : form.errors;
    return data(
      { errors, registrationId: form.values.registrationId ?? null, message: null },
      { status: 400 },
    );
  }
  if (!moveOnWaitlist(user.id, network.id, form.data.registrationId, form.data.position, form.data.reason)) {
    return data(
      {
        errors: { form: "Deze persoon staat niet (meer) op de wachtlijst." } as Record<string, string>,
        registrationId: null,
        message: null,
      },
      { status: 400 },
    );
  }
  return {
    errors: {} as Record<string, string>,
    registrationId: null,
    message: "De wachtlijst is aangepast.",
  };
}

export default function ParticipantsPage() {
  const { network, questions, sessions, participants, changes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const seated = participants.filter((p) => p.status !== "waitlisted");
  const waiting = participants.filter((p) => p.status === "waitlisted");
  const pastSessions = sessions.filter((s) => new Date(s.startsAt) < new Date() && !s.cancelledAt);
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}`} className="text-brand-700 underline">
          Terug naar {network.title}
        </AppLink>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Deelnemers</h1>
        <span className="flex gap-3">
          <a
            href={`/netwerken/${network.slug}/deelnemers.csv`}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
            download
          >
            Download CSV
          </a>
          <a
            href={`/netwerken/${network.slug}/deelnemers.xlsx`}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
            download
          >
            Download Excel
          </a>
        </span>
      </div>
      {actionData?.message ? <FormMessage tone="success">{actionData.message}</FormMessage> : null}
      {actionData?.errors.form ? <FormMessage tone="error">{actionData.errors.form}</FormMessage> : null}
      <section aria-labelledby="ingeschreven" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="ingeschreven" className="text-xl font-bold">
          Ingeschreven ({seated.length})
        </h2>
        <ScrollBox className="mt-2">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Naam
                </th>
                <th scope="col" className="py-2 pr-3">
                  Instelling
                </th>
                <th scope="col" className="py-2 pr-3">
                  Functie
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                {questions.map((q) => (
                  <th key={q.id} scope="col" className="py-2 pr-3">
                    {q.question}
                  </th>
                ))}
                <th scope="col" className="py-2 pr-3">
                  Aanwezig
                </th>
              </tr>
            </thead>
            <tbody>
              {seated.map((p) => (
                <tr key={p.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">{p.name}</td>
                  <td className="py-2 pr-3">{p.institution ?? "–"}</td>
                  <td className="py-2 pr-3">
                    {p.jobFunction === "andere" && p.jobFunctionOther ? p.jobFunctionOther : p.jobFunction}
                  </td>
                  <td className="py-2 pr-3">
                    {p.status === "offered"
                      ? `aanbod tot ${formatDateTime(p.offerExpiresAt!)}`
                      : "ingeschreven"}
                  </td>
                  {questions.map((q) => (
                    <td key={q.id} className="py-2 pr-3">
                      {p.answers[q.id] ?? ""}
                    </td>
                  ))}
                  <td className="py-2 pr-3">
                    {pastSessions.length
                      ? `${pastSessions.filter((s) => p.attended[s.id]).length} van ${pastSessions.length}`
                      : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      <section aria-labelledby="wachtlijst" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="wachtlijst" className="text-xl font-bold">
          Wachtlijst ({waiting.length})
        </h2>
        {waiting.length === 0 ? <p className="mt-2">Niemand staat op de wachtlijst.</p> : null}
        <ol className="mt-2 space-y-3">
          {waiting.map((p) => {
            const errors =
              String(actionData?.registrationId) === String(p.id) ? (actionData?.errors ?? {}) : {};
            return (
              <li key={p.id} className="rounded border border-slate-200 p-3">
                <p>
                  <strong>{p.waitlistPosition}.</strong> {p.name} ({p.institution ?? "–"}), sinds{" "}
                  {formatDateTime(p.createdAt)}
                </p>
                <Form method="post" className="mt-2 flex flex-wrap items-end gap-3">
                  <input type="hidden" name="registrationId" value={p.id} />
                  <div>
                    <label htmlFor={`plaats-${p.id}`} className="block text-sm font-medium">
                      Nieuwe plaats
                    </label>
                    <input
                      id={`plaats-${p.id}`}
                      name="position"
                      type="number"
                      min={1}
                      defaultValue={1}
                      className="w-20 rounded border border-slate-500 px-2 py-1"
                      aria-invalid={errors.position ? true : undefined}
                      aria-describedby={errors.position ? `plaats-${p.id}-fout` : undefined}
                    />
                    {errors.position ? (
                      <p id={`plaats-${p.id}-fout`} className="text-sm text-red-800">
                        {errors.position}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex-1">
                    <label htmlFor={`reden-${p.id}`} className="block text-sm font-medium">
                      Reden
                    </label>
                    <input
                      id={`reden-${p.id}`}
                      name="reason"
                      className="w-full rounded border border-slate-500 px-2 py-1"
                      aria-invalid={errors.reason ? true : undefined}
                      aria-describedby={errors.reason ? `reden-${p.id}-fout` : undefined}
                    />
                    {errors.reason ? (
                      <p id={`reden-${p.id}-fout`} className="text-sm text-red-800">
                        {errors.reason}
                      </p>
                    ) : null}
                  </div>
                  <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
                    Verplaatsen<span className="sr-only"> {p.name}</span>
                  </button>
                </Form>
              </li>
            );
          })}
        </ol>
        {changes.length ? (
          <>
            <h3 className="mt-6 font-semibold">Wijzigingen aan de wachtlijst</h3>
            <ul className="mt-1 space-y-1 text-sm" data-testid="waitlist-log">
              {changes.map((change) => (
                <li key={change.id}>
                  {formatDateTime(change.createdAt)}: {change.actor} verplaatste {change.person} van plaats{" "}
                  {change.fromPosition} naar {change.toPosition}. Reden: {change.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
