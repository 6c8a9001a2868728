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
import { coreTasksAndImpulses, targetLevels } from "#db/schema/networks";
import { requireRole } from "~/auth/guards.server";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "~/components/forms";
import { parseForm } from "~/http/form";
import {
  listOperationalGoalsWithTargets,
  operationalGoalFormSchema,
  saveOperationalGoal,
} from "~/networks/operational-goals.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Operationele doelstellingen – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["admin"]);
  return { goals: listOperationalGoalsWithTargets() };
}

export async function action(args: ActionFunctionArgs) {
  await requireRole(args, ["admin"]);
  const formData = await args.request.formData();
  const rawId = formData.get("id");
  const id = typeof rawId === "string" && /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  // Only an existing goal can be edited; anything else is refused rather than saved as a new one.
  if (
    (rawId !== null && id === null) ||
    (id !== null && !listOperationalGoalsWithTargets().some((g) => g.id === id))
  ) {
    return data(
      { errors: { code: "Ongeldig verzoek." } as Record<string, string>, values: {}, saved: false },
      { status: 400 },
    );
  }
  const form = parseForm(operationalGoalFormSchema, formData);
  if (!form.success) return data({ errors: form.errors, values: form.values, saved: false }, { status: 400 });
  if (saveOperationalGoal(id, form.data) === null) {
    const values = Object.fromEntries(
      [...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    return data(
      {
        errors: { code: "Deze code bestaat al in deze planperiode." } as Record<string, string>,
        values,
        saved: false,
      },
      { status: 400 },
    );
  }
  return { errors: {} as Record<string, string>, values: {}, saved: true };
}

export default function OperationalGoalsPage() {
  const { goals } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const editing = goals.find((g) => String(g.id) === params.get("bewerk"));
  const errors = actionData?.errors ?? {};
  const submitted = (actionData?.saved ? {} : (actionData?.values ?? {})) as Record<string, string>;
  const value = (key: string, fallback?: string | number) =>
    submitted[key] ?? (fallback === undefined ? undefined : String(fallback));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Operationele doelstellingen</h1>
      {actionData?.saved ? <FormMessage tone="success">De doelstelling is opgeslagen.</FormMessage> : null}
      <section aria-labelledby="formulier" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="formulier" className="text-xl font-bold">
          {editing ? `${editing.code} bewerken` : "Doelstelling toevoegen"}
        </h2>
        <Form method="post" noValidate className="mt-2" key={editing?.id ?? "nieuw"}>
          {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
          <div className="grid gap-x-6 sm:grid-cols-3">
            <Field label="Code" name="code" defaultValue={value("code", editing?.code)} error={errors.code} />
            <SelectField
              label="Kerntaak of beleidsimpuls"
              name="coreTaskOrImpulse"
              placeholder="Kies"
              options={coreTasksAndImpulses.map((k) => ({ value: k, label: k }))}
              defaultValue={value("coreTaskOrImpulse", editing?.coreTaskOrImpulse)}
              error={errors.coreTaskOrImpulse}
            />
            <Field
              label="Planperiode"
              name="planPeriod"
              defaultValue={value("planPeriod", editing?.planPeriod ?? "2025-2030")}
              error={errors.planPeriod}
            />
          </div>
          <TextAreaField
            label="Omschrijving"
            name="wording"
            rows={3}
            defaultValue={value("wording", editing?.wording)}
            error={errors.wording}
          />
          <fieldset className="mb-4">
            <legend className="font-medium">Streefcijfer (aantal unieke instellingen) per niveau</legend>
            <div className="mt-1 grid gap-x-6 sm:grid-cols-3">
              {targetLevels.map((level) => (
                <Field
                  key={level}
                  label={level}
                  name={`target:${level}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  defaultValue={value(`target:${level}`, editing?.targets[level])}
                  error={errors[`target:${level}`]}
                />
              ))}
            </div>
          </fieldset>
          <SubmitButton>{editing ? "Wijzigingen opslaan" : "Doelstelling toevoegen"}</SubmitButton>
        </Form>
      </section>
      <section aria-labelledby="lijst" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="lijst" className="text-xl font-bold">
          Alle doelstellingen ({goals.length})
        </h2>
        <ul className="mt-2 divide-y divide-slate-200">
          {goals.map((goal) => (
            <li key={goal.id} className="py-2">
              <p>
                <strong>{goal.code}</strong> ({goal.planPeriod}, {goal.coreTaskOrImpulse}){" "}
                <AppLink to={`?bewerk=${goal.id}`} className="text-brand-700 underline">
                  Bewerken<span className="sr-only"> {goal.code}</span>
                </AppLink>
              </p>
              <p className="text-sm">{goal.wording}</p>
              {Object.keys(goal.targets).length ? (
                <p className="text-sm text-slate-700">
                  Streefcijfers:{" "}
                  {Object.entries(goal.targets)
                    .map(([level, target]) => `${level} ${target}`)
                    .join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
