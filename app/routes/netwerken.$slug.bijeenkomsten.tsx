import { randomUUID } from "node:crypto";
import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
  useSearchParams,
} from "react-router";
import { z } from "zod";
import { modalities, sessionKinds } from "#db/schema/networks";
import { Field, FormMessage, SelectField, SubmitButton } from "~/components/forms";
import { formatSessionTime } from "~/text/format";
import { parseForm } from "~/http/form";
import { formTokenFrom, once } from "~/http/idempotency.server";
import { requireNetworkManager } from "~/networks/access.server";
import { addSession, cancelSession, updateSession } from "~/networks/manage.server";
import { getNetworkDetails } from "~/networks/networks.server";
import { dateToBrusselsLocal } from "~/networks/time";
import { sessionFormSchema } from "~/networks/validation";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Bijeenkomsten – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  const details = getNetworkDetails(network.id)!;
  return {
    network: { slug: details.slug, title: details.title },
    sessions: details.sessions.map((s) => ({
      ...s,
      startsLocal: dateToBrusselsLocal(s.startsAt),
      endsLocal: dateToBrusselsLocal(s.endsAt),
    })),
    formToken: randomUUID(),
  };
}

const idSchema = z.object({ sessionId: z.coerce.number().int().positive() });

export async function action(args: ActionFunctionArgs) {
  const { user, network } = await requireNetworkManager(args, args.params.slug);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  if (intent === "annuleren") {
    const id = parseForm(idSchema, formData);
    if (!id.success || !cancelSession(network.id, id.data.sessionId))
      return data(
        {
          errors: {} as Record<string, string>,
          values: {},
          message: null,
          error: "Deze bijeenkomst kan niet geannuleerd worden.",
        },
        { status: 400 },
      );
    return {
      errors: {} as Record<string, string>,
      values: {},
      message: "De bijeenkomst is geannuleerd; de deelnemers zijn verwittigd.",
      error: null,
    };
  }
  const form = parseForm(sessionFormSchema(network), formData);
  if (!form.success)
    return data({ errors: form.errors, values: form.values, message: null, error: null }, { status: 400 });
  if (intent === "wijzigen") {
    const id = parseForm(idSchema, formData);
    if (!id.success || !updateSession(network.id, id.data.sessionId, form.data))
      return data(
        {
          errors: {} as Record<string, string>,
          values: {},
          message: null,
          error: "Deze bijeenkomst kan niet gewijzigd worden.",
        },
        { status: 400 },
      );
    return {
      errors: {} as Record<string, string>,
      values: {},
      message: "De bijeenkomst is gewijzigd; de deelnemers zijn verwittigd.",
      error: null,
    };
  }
  const token = formTokenFrom(formData);
  if (token === "invalid")
    return data(
      {
        errors: {} as Record<string, string>,
        values: {},
        message: null,
        error: "Dit formulier is ongeldig; laad de pagina opnieuw.",
      },
      { status: 400 },
    );
  // A repeated submit of the same form adds nothing and answers the same.
  once(user.id, token, () => addSession(network.id, form.data));
  return {
    errors: {} as Record<string, string>,
    values: {},
    message: "De bijeenkomst is toegevoegd.",
    error: null,
  };
}

export default function SessionsPage() {
  const { network, sessions, formToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const editing = sessions.find((s) => String(s.id) === params.get("bewerk") && !s.cancelledAt);
  const errors = actionData?.errors ?? {};
  const submitted = (actionData?.values ?? {}) as Record<string, string>;
  const value = (key: string, fallback?: string | number | null) =>
    submitted[key] ?? (fallback === null || fallback === undefined ? undefined : String(fallback));
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}`} className="text-brand-700 underline">
          Terug naar {network.title}
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Bijeenkomsten</h1>
      {actionData?.message ? <FormMessage tone="success">{actionData.message}</FormMessage> : null}
      {actionData?.error ? <FormMessage tone="error">{actionData.error}</FormMessage> : null}
      <section aria-labelledby="gepland" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="gepland" className="text-xl font-bold">
          Gepland
        </h2>
        {sessions.length === 0 ? <p className="mt-2">Nog geen bijeenkomsten.</p> : null}
        <ul className="mt-2 divide-y divide-slate-200">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <strong>{session.title ?? session.kind}</strong> –{" "}
                {formatSessionTime(session.startsAt, session.endsAt)} ({session.modality})
                {session.cancelledAt ? <span className="ml-1 text-red-800">geannuleerd</span> : null}
              </span>
              {session.cancelledAt ? null : (
                <span className="flex flex-wrap gap-3">
                  <AppLink
                    to={`/netwerken/${network.slug}/aanwezigheid/${session.id}`}
                    className="text-brand-700 underline"
                  >
                    Aanwezigheid
                  </AppLink>
                  <AppLink to={`?bewerk=${session.id}`} className="text-brand-700 underline">
                    Bewerken<span className="sr-only"> {session.title ?? session.kind}</span>
                  </AppLink>
                  <Form method="post">
                    <input type="hidden" name="intent" value="annuleren" />
                    <input type="hidden" name="sessionId" value={session.id} />
                    <button type="submit" className="text-red-800 underline">
                      Annuleren<span className="sr-only"> {session.title ?? session.kind}</span>
                    </button>
                  </Form>
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="formulier" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="formulier" className="text-xl font-bold">
          {editing ? "Bijeenkomst bewerken" : "Bijeenkomst toevoegen"}
        </h2>
        <Form method="post" noValidate className="mt-2" key={editing?.id ?? "nieuw"}>
          <input type="hidden" name="intent" value={editing ? "wijzigen" : "toevoegen"} />
          {editing ? (
            <input type="hidden" name="sessionId" value={editing.id} />
          ) : (
            <input type="hidden" name="formToken" value={formToken} />
          )}
          <div className="grid gap-x-6 sm:grid-cols-2">
            <SelectField
              label="Soort"
              name="kind"
              placeholder="Kies de soort"
              options={sessionKinds.map((k) => ({ value: k, label: k }))}
              defaultValue={value("kind", editing?.kind)}
              error={errors.kind}
            />
            <Field
              label="Titel (optioneel)"
              name="title"
              defaultValue={value("title", editing?.title)}
              error={errors.title}
            />
            <Field
              label="Begin"
              name="startsAt"
              type="datetime-local"
              defaultValue={value("startsAt", editing?.startsLocal)}
              error={errors.startsAt}
            />
            <Field
              label="Einde"
              name="endsAt"
              type="datetime-local"
              defaultValue={value("endsAt", editing?.endsLocal)}
              error={errors.endsAt}
            />
            <SelectField
              label="Vorm"
              name="modality"
              placeholder="Kies de vorm"
              options={modalities.map((m) => ({ value: m, label: m }))}
              defaultValue={value("modality", editing?.modality)}
              error={errors.modality}
            />
            <Field
              label="Eigen aantal plaatsen (optioneel)"
              name="capacity"
              type="number"
              inputMode="numeric"
              min={1}
              defaultValue={value("capacity", editing?.capacity)}
              error={errors.capacity}
            />
            <Field
              label="Gastschool of locatie"
              name="venueName"
              defaultValue={value("venueName", editing?.venueName)}
              error={errors.venueName}
            />
            <Field
              label="Adres"
              name="venueAddress"
              defaultValue={value("venueAddress", editing?.venueAddress)}
              error={errors.venueAddress}
            />
          </div>
          <Field
            label="Link voor online deelname"
            name="onlineUrl"
            type="url"
            hint="Alleen ingeschreven deelnemers zien deze link."
            defaultValue={value("onlineUrl", editing?.onlineUrl)}
            error={errors.onlineUrl}
          />
          <SubmitButton>{editing ? "Wijzigingen opslaan" : "Bijeenkomst toevoegen"}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
