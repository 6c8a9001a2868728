import { type LoaderFunctionArgs, type MetaFunction, useLoaderData } from "react-router";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { formatDateTime } from "~/text/format";
import { listOutbox, OUTBOX_PAGE_SIZE } from "~/mail/outbox.server";
import { AppLink } from "~/components/app-link";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Uitgaande e-mails – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(args.url.searchParams.get("pagina") ?? 1);
  const rows = listOutbox(page);
  return { messages: rows.slice(0, OUTBOX_PAGE_SIZE), hasMore: rows.length > OUTBOX_PAGE_SIZE, page };
}

export default function OutboxPage() {
  const { messages, hasMore, page } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="outbox" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h1 id="outbox" className="text-2xl font-bold">
        Uitgaande e-mails
      </h1>
      <p className="mt-1 mb-4 text-sm text-slate-700">
        Elke e-mail van het portaal komt eerst hier terecht en wordt verstuurd zodra SMTP is ingesteld.
      </p>
      {messages.length === 0 ? (
        <p>Er zijn nog geen e-mails.</p>
      ) : (
        <ScrollBox>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Uitgaande e-mails, nieuwste eerst</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Aangemaakt
                </th>
                <th scope="col" className="py-2 pr-3">
                  Aan
                </th>
                <th scope="col" className="py-2 pr-3">
                  Onderwerp
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(message.createdAt)}</td>
                  <td className="py-2 pr-3 break-all">{message.toAddress}</td>
                  <td className="py-2 pr-3">
                    <AppLink to={`/beheer/e-mails/${message.id}`} className="text-brand-700 underline">
                      {message.subject}
                    </AppLink>
                  </td>
                  <td className="py-2 pr-3">
                    {message.sentAt
                      ? "verstuurd"
                      : message.lastError
                        ? "mislukt, wordt opnieuw geprobeerd"
                        : "in de wachtrij"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <nav aria-label="Paginering" className="mt-4 flex gap-4">
        {page > 1 ? (
          <AppLink to={`?pagina=${page - 1}`} className="text-brand-700 underline">
            Nieuwere e-mails
          </AppLink>
        ) : null}
        {hasMore ? (
          <AppLink to={`?pagina=${page + 1}`} className="text-brand-700 underline">
            Oudere e-mails
          </AppLink>
        ) : null}
      </nav>
    </section>
  );
}
