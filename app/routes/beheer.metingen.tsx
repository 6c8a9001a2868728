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
import { requireRole } from "~/auth/guards.server";
import { FormMessage, SubmitButton, TextAreaField } from "~/components/forms";
import { formValues, parseForm } from "~/http/form";
import { schoolYearChoices, schoolYearLabel, schoolYearOf } from "~/networks/time";
import { OTHER_ROLE } from "~/surveys/instrument";
import { planForYear, savePlan } from "~/surveys/plan.server";
import { labelsOf, saveLabels } from "~/surveys/surveys.server";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Meetplan en instrument – LEERKR@CHT.NET" }];

const yearSchema = z.coerce.number().int().min(2020).max(2040);

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  const year = yearSchema
    .catch(schoolYearOf(new Date()))
    .parse(args.url.searchParams.get("schooljaar") ?? undefined);
  return {
    year,
    years: schoolYearChoices(),
    plan: planForYear(year),
    roles: labelsOf("role"),
    stages: labelsOf("stage"),
  };
}

const labelLines = (min: number, max: number, message: string) =>
  z
    .string()
    .max(5000)
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .refine((l) => l.length >= min && l.length <= max && l.every((x) => x.length <= 150), message);
const labelsSchema = z.object({
  roles: labelLines(1, 30, "Geef 1 tot 30 rollen, één per regel, elk hoogstens 150 tekens.").transform((l) =>
    l.filter((r) => r.toLowerCase() !== OTHER_ROLE),
  ),
  stages: labelLines(5, 5, "Geef precies vijf fasen, één per regel, elk hoogstens 150 tekens."),
});

export async function action(args: ActionFunctionArgs) {
  await requireRole(args, ["admin"]);
  const formData = await args.request.formData();
  if (formData.get("intent") === "labels") {
    const form = parseForm(labelsSchema, formData);
    if (!form.success) return data({ errors: form.errors, message: null }, { status: 400 });
    saveLabels("role", form.data.roles);
    saveLabels("stage", form.data.stages);
    return {
      errors: {} as Record<string, string>,
      message: "De lijsten zijn opgeslagen; ze gelden voor nieuwe metingen.",
    };
  }
  const year = yearSchema.safeParse(formData.get("schooljaar"));
  if (!year.success)
    return data(
      { errors: { plan: "Ongeldig schooljaar." } as Record<string, string>, message: null },
      { status: 400 },
    );
  const values = formValues(formData);
  const ids = planForYear(year.data).map((n) => n.id);
  const has = (key: string, id: number) => [values[key]].flat().includes(String(id));
  savePlan(
    year.data,
    ids.map((networkId) => ({ networkId, pre: has("pre", networkId), post: has("post", networkId) })),
  );
  return {
    errors: {} as Record<string, string>,
    message: `Het meetplan voor ${schoolYearLabel(year.data)} is opgeslagen.`,
  };
}

export default function MeasurementPlanPage() {
  const { year, years, plan, roles, stages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? {};
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Meetplan en instrument</h1>
      {actionData?.message ? <FormMessage tone="success">{actionData.message}</FormMessage> : null}
      <section aria-labelledby="plan" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="plan" className="text-xl font-bold">
          Welke netwerken worden gemeten?
        </h2>
        <Form method="get" className="mt-2 flex items-end gap-3">
          <div>
            <label htmlFor="schooljaar" className="block font-medium">
              Schooljaar
            </label>
            <select
              id="schooljaar"
              name="schooljaar"
              defaultValue={year}
              className="mt-1 rounded border border-slate-500 px-2 py-1.5"
            >
              {[...new Set([...years, year])].sort().map((y) => (
                <option key={y} value={y}>
                  {schoolYearLabel(y)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-brand-800">
            Tonen
          </button>
        </Form>
        <Form method="post" className="mt-4" key={year}>
          <input type="hidden" name="schooljaar" value={year} />
          <ScrollBox>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Meetplan {schoolYearLabel(year)}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    Netwerk
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Voormeting
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Nameting
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.map((network) => (
                  <tr key={network.id} className="border-b border-slate-200">
                    <td className="py-2 pr-3">{network.title}</td>
                    <td className="py-2 pr-3">
                      <input
                        type="checkbox"
                        name="pre"
                        value={network.id}
                        defaultChecked={network.pre}
                        aria-label={`Voormeting voor ${network.title}`}
                        className="h-5 w-5"
                      />
                    </td>
                    <td className="py-2 pr-3">
                      <input
                        type="checkbox"
                        name="post"
                        value={network.id}
                        defaultChecked={network.post}
                        aria-label={`Nameting voor ${network.title}`}
                        className="h-5 w-5"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <div className="mt-4">
            <SubmitButton>Meetplan opslaan</SubmitButton>
          </div>
        </Form>
      </section>
      <section aria-labelledby="lijsten" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="lijsten" className="text-xl font-bold">
          Lijsten van het vaste deel
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Wijzigingen gelden voor metingen die nog aangemaakt worden; bestaande metingen houden hun lijst,
          zodat de resultaten vergelijkbaar blijven.
        </p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="labels" />
          <TextAreaField
            label="Rollen (vraag 1), één per regel; “andere” wordt altijd toegevoegd"
            name="roles"
            rows={8}
            defaultValue={roles.join("\n")}
            error={errors.roles}
          />
          <TextAreaField
            label="Fasen van praktijktoepassing (Kijkwijzer), vijf regels"
            name="stages"
            rows={5}
            defaultValue={stages.join("\n")}
            error={errors.stages}
          />
          <SubmitButton>Lijsten opslaan</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
