import { type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { formatDateTime } from "~/text/format";
import { getOutboxMessage } from "~/mail/outbox.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "E-mail – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const id = z.coerce.number().int().positive().safeParse(args.params.id);
  const message = id.success ? getOutboxMessage(id.data) : null;
  if (!message) throw new Response("Niet gevonden", { status: 404 });
  return { message };
}

export default function OutboxMessagePage() {
  const { message } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="onderwerp" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <p className="mb-2 text-sm">
        <AppLink to="/beheer/e-mails" className="text-brand-700 underline">
          Terug naar de uitgaande e-mails
        </AppLink>
      </p>
      <h1 id="onderwerp" className="text-2xl font-bold">
        {message.subject}
      </h1>
      <dl className="my-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Aan</dt>
        <dd className="break-all">{message.toAddress}</dd>
        <dt className="font-medium">Aangemaakt</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt className="font-medium">Verstuurd</dt>
        <dd>{message.sentAt ? formatDateTime(message.sentAt) : "nog niet"}</dd>
      </dl>
      {message.bodyText === null ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">
          Deze e-mail bevat een persoonlijke aanmeld- of herstellink en wordt daarom niet getoond.
        </p>
      ) : (
        <pre
          className="whitespace-pre-wrap rounded bg-slate-100 p-4 font-sans text-sm"
          data-testid="mail-body"
        >
          {message.bodyText}
        </pre>
      )}
    </article>
  );
}
