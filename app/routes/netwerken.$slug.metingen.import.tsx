import { randomUUID } from "node:crypto";
import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
  useNavigation,
} from "react-router";
import { z } from "zod";
import { FormMessage, SubmitButton } from "~/components/forms";
import { formTokenFrom, once } from "~/http/idempotency.server";
import { readMultipartForm } from "~/http/multipart.server";
import { MAX_IMPORT_BYTES, parseTable, type Table } from "~/imports/tabular";
import { requireNetworkManager } from "~/networks/access.server";
import { getNetworkDetails } from "~/networks/networks.server";
import { columnFor } from "~/surveys/import";
import { applyMapping, IGNORE, mappingTargets, suggestColumn } from "~/surveys/import-mapping";
import { importResponses } from "~/surveys/import.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Resultaten importeren – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  const goals = getNetworkDetails(network.id)!.goals;
  return {
    network: { slug: network.slug, title: network.title },
    goals: goals.map((g) => g.text),
    formToken: randomUUID(),
  };
}

const participantsSchema = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce
    .number({ error: "Geef het aantal deelnemers van het traject: de responsgraad wordt erover berekend." })
    .int("Geef een geheel getal.")
    .min(1, "Minstens 1.")
    .max(100_000, "Dat is te veel."),
);

/** The mapping screen's table comes back from the browser: anything that is not JSON is refused, not a crash. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

type ActionData =
  | { step: "result"; imported: { pre: number; post: number }; skipped: number }
  | { step: "errors"; errors: string[] }
  | {
      step: "mapping";
      headers: string[];
      sample: string[];
      suggestions: string[];
      targets: string[];
      table: string;
      participants: string;
    };

export async function action(args: ActionFunctionArgs) {
  const { user, network } = await requireNetworkManager(args, args.params.slug);
  const goals = getNetworkDetails(network.id)!.goals;
  if (!args.request.headers.get("content-type")?.startsWith("multipart/form-data"))
    return data<ActionData>({ step: "errors", errors: ["Kies een CSV- of Excelbestand."] }, { status: 400 });
  const form = await readMultipartForm(args.request, MAX_IMPORT_BYTES);
  if (!form.ok)
    return data<ActionData>(
      {
        step: "errors",
        errors: [`Het bestand is te groot (hoogstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`],
      },
      { status: 413 },
    );
  const { formData } = form;
  const participants = participantsSchema.safeParse(formData.get("participants"));
  if (!participants.success)
    return data<ActionData>(
      { step: "errors", errors: [`Aantal deelnemers: ${participants.error.issues[0].message}`] },
      { status: 400 },
    );
  const token = formTokenFrom(formData);
  if (token === "invalid")
    return data<ActionData>(
      { step: "errors", errors: ["Dit formulier is ongeldig; laad de pagina opnieuw."] },
      { status: 400 },
    );
  const finish = (table: Table) => {
    // A repeated submit of the same form (double click, back button) imports the file once.
    const outcome = once(user.id, token, () => importResponses(network.id, table, participants.data)).result;
    return outcome.ok
      ? { step: "result" as const, imported: outcome.imported, skipped: outcome.skipped }
      : data<ActionData>({ step: "errors", errors: outcome.errors }, { status: 400 });
  };

  if (formData.get("intent") === "koppelen") {
    const table = z.array(z.array(z.string())).safeParse(parseJson(String(formData.get("table") ?? "[]")));
    if (!table.success || table.data.length === 0)
      return data<ActionData>(
        { step: "errors", errors: ["Het bestand ging verloren; laad het opnieuw op."] },
        { status: 400 },
      );
    const targets = table.data[0].map((_, i) => String(formData.get(`kolom-${i}`) ?? IGNORE));
    const phase = formData.get("fase");
    return finish(applyMapping(table.data, targets, phase === "pre" || phase === "post" ? phase : null));
  }

  const file = formData.get("bestand");
  if (!(file instanceof File) || file.size === 0)
    return data<ActionData>({ step: "errors", errors: ["Kies een CSV- of Excel-bestand."] }, { status: 400 });
  let table: Table;
  try {
    table = parseTable(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return data<ActionData>(
      { step: "errors", errors: ["Dit bestand kunnen we niet lezen. Gebruik CSV (UTF-8) of Excel (.xlsx)."] },
      { status: 400 },
    );
  }
  const goalList = goals.map((g) => ({ id: g.id, text: g.text }));
  const header = table[0] ?? [];
  // The template's own columns import directly; anything else (a Forms export) goes to the mapping screen.
  if (header.length && header.every((h) => columnFor(h, goalList))) return finish(table);
  return {
    step: "mapping" as const,
    headers: header,
    sample: table[1] ?? [],
    suggestions: header.map((h) => suggestColumn(h, goalList)),
    targets: mappingTargets(goalList),
    table: JSON.stringify(table),
    participants: String(participants.data),
  };
}

export default function ImportPage() {
  const { network, goals, formToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}/metingen`} className="text-brand-700 underline">
          Terug naar de metingen
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Resultaten importeren</h1>
      {actionData?.step === "result" ? (
        <FormMessage tone="success">
          Geïmporteerd als afgesloten historische meting: {actionData.imported.pre} antwoorden voormeting en{" "}
          {actionData.imported.post} antwoorden nameting
          {actionData.skipped
            ? ` (${actionData.skipped} lege ${actionData.skipped === 1 ? "rij" : "rijen"} overgeslagen)`
            : ""}
          .
        </FormMessage>
      ) : null}
      {actionData?.step === "errors" ? (
        <FormMessage tone="error">
          <p className="font-semibold">Er werd niets geïmporteerd:</p>
          <ul className="list-disc pl-5" data-testid="import-errors">
            {actionData.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </FormMessage>
      ) : null}
      {actionData?.step === "mapping" ? (
        <section aria-labelledby="koppelen" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="koppelen" className="text-xl font-bold">
            Kolommen koppelen
          </h2>
          <p className="mt-1 text-sm">
            Dit bestand volgt het sjabloon niet (bijvoorbeeld een export uit Microsoft Forms). Kies per kolom
            waar ze bij hoort. Namen en e-mailadressen worden nooit ingelezen.
          </p>
          <Form method="post" encType="multipart/form-data" className="mt-4 space-y-3">
            <input type="hidden" name="formToken" value={formToken} />
            <input type="hidden" name="intent" value="koppelen" />
            <input type="hidden" name="table" value={actionData.table} />
            <input type="hidden" name="participants" value={actionData.participants} />
            {actionData.headers.map((header, i) => (
              <div key={`${header}-${i}`} className="grid gap-1 sm:grid-cols-2 sm:items-center">
                <label htmlFor={`kolom-${i}`} className="font-medium">
                  {header}{" "}
                  <span className="block text-sm font-normal text-slate-700">
                    bv. “{actionData.sample[i] ?? ""}”
                  </span>
                </label>
                <select
                  id={`kolom-${i}`}
                  name={`kolom-${i}`}
                  defaultValue={actionData.suggestions[i]}
                  className="rounded border border-slate-500 px-2 py-1.5"
                >
                  {[...new Set([...actionData.targets, actionData.suggestions[i]])].map((target) => (
                    <option key={target} value={target}>
                      {target}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <fieldset>
              <legend className="font-medium">Fase van dit bestand (als er geen kolom 'phase' is)</legend>
              <label className="mr-4">
                <input type="radio" name="fase" value="pre" /> voormeting
              </label>
              <label>
                <input type="radio" name="fase" value="post" defaultChecked /> nameting
              </label>
            </fieldset>
            <SubmitButton disabled={busy}>Importeren</SubmitButton>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="opladen" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="opladen" className="text-xl font-bold">
          Bestand opladen
        </h2>
        <p className="mt-1 text-sm">
          CSV of Excel, één rij per ingevuld formulier. Gebruik het{" "}
          <a
            href={`/netwerken/${network.slug}/metingen/importsjabloon.csv`}
            className="text-brand-700 underline"
            download
          >
            sjabloon voor dit netwerk
          </a>{" "}
          met de kolommen phase, respondent, role, tevredenheid, bruikbaarheid, kennis en geleerd per doel (
          {goals.join(", ")}), ondersteuning, praktijktoepassing en open: &lt;vraag&gt;. Elke fase wordt een
          eigen, afgesloten meting: importeren kan dus enkel voor een fase die dit netwerk nog niet heeft. Eén
          fout en er wordt niets geïmporteerd.
        </p>
        <Form method="post" encType="multipart/form-data" className="mt-4 space-y-3">
          <input type="hidden" name="formToken" value={formToken} />
          <div>
            <label htmlFor="bestand" className="block font-medium">
              Bestand
            </label>
            <input
              id="bestand"
              name="bestand"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="mt-1 block w-full"
            />
          </div>
          <div>
            <label htmlFor="participants" className="block font-medium">
              Aantal deelnemers van het traject
            </label>
            <input
              id="participants"
              name="participants"
              type="number"
              min={1}
              aria-required="true"
              inputMode="numeric"
              aria-describedby="participants-uitleg"
              className="mt-1 w-32 rounded border border-slate-500 px-2 py-1"
            />
            <p id="participants-uitleg" className="text-sm text-slate-700">
              Hoeveel mensen namen aan het traject deel? De responsgraad wordt daarover berekend, en een fase
              kan niet meer ingevulde formulieren bevatten dan deelnemers.
            </p>
          </div>
          <SubmitButton disabled={busy}>Opladen</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
