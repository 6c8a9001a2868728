import { randomUUID } from "node:crypto";
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
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "~/components/forms";
import { parseForm } from "~/http/form";
import { formTokenFrom, once } from "~/http/idempotency.server";
import { LIKERT_LABELS, PHASE_LABELS, TEMPLATE_LABELS } from "~/surveys/instrument";
import { requireManagedSurvey } from "~/surveys/access.server";
import { addOwnQuestion, removeQuestion, responseCount } from "~/surveys/surveys.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Vragen van de meting – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const { network, survey } = await requireManagedSurvey(args);
  return {
    network: { slug: network.slug, title: network.title },
    survey,
    locked: responseCount(survey.id) > 0,
    formToken: randomUUID(),
  };
}

const OWN_KINDS = {
  likert: "Stelling (5-puntenschaal)",
  single: "Eén antwoord kiezen",
  multiple: "Meerdere antwoorden kiezen",
  open: "Open vraag",
} as const;

const addSchema = z
  .object({
    intent: z.literal("toevoegen"),
    kind: z.enum(["likert", "single", "multiple", "open"], { error: "Kies een soort vraag." }),
    text: z.string().trim().min(3, "Geef de vraag.").max(300, "De vraag mag hoogstens 300 tekens lang zijn."),
    options: z.string().max(3000).default(""),
    required: z.preprocess((v) => v === "on", z.boolean()),
  })
  .transform((v) => ({
    ...v,
    optionList: v.options
      .split(/\r?\n/)
      .map((o) => o.trim())
      .filter(Boolean),
  }))
  .superRefine((v, ctx) => {
    const needsOptions = v.kind === "single" || v.kind === "multiple";
    if (needsOptions && (v.optionList.length < 2 || v.optionList.length > 12))
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Geef 2 tot 12 antwoordmogelijkheden, één per regel.",
      });
    if (v.optionList.some((o) => o.length > 150))
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Elke antwoordmogelijkheid mag hoogstens 150 tekens lang zijn.",
      });
  });
const removeSchema = z.object({
  intent: z.literal("verwijderen"),
  questionId: z.coerce.number().int().positive(),
});

export async function action(args: ActionFunctionArgs) {
  const { user, survey } = await requireManagedSurvey(args);
  const formData = await args.request.formData();
  if (formData.get("intent") === "verwijderen") {
    const form = parseForm(removeSchema, formData);
    const result = form.success
      ? removeQuestion(survey.id, form.data.questionId)
      : { ok: false as const, error: "Ongeldig verzoek." };
    return result.ok
      ? { errors: {} as Record<string, string>, values: {}, message: "De vraag is verwijderd." }
      : data(
          { errors: { form: result.error } as Record<string, string>, values: {}, message: null },
          { status: 409 },
        );
  }
  const form = parseForm(addSchema, formData);
  if (!form.success)
    return data({ errors: form.errors, values: form.values, message: null }, { status: 400 });
  const token = formTokenFrom(formData);
  if (token === "invalid")
    return data(
      {
        errors: { form: "Dit formulier is ongeldig; laad de pagina opnieuw." } as Record<string, string>,
        values: {},
        message: null,
      },
      { status: 400 },
    );
  const { kind, text, optionList, required } = form.data;
  // A repeated submit of the same form adds the question only once.
  const { result } = once(user.id, token, () =>
    addOwnQuestion(survey.id, {
      kind,
      construct: kind === "open" ? "open" : "eigen",
      goalId: null,
      text,
      options: kind === "single" || kind === "multiple" ? optionList : null,
      required,
      fixed: false,
    }),
  );
  return result.ok
    ? { errors: {} as Record<string, string>, values: {}, message: "De vraag is toegevoegd." }
    : data(
        { errors: { form: result.error } as Record<string, string>, values: {}, message: null },
        { status: 409 },
      );
}

export default function SurveyQuestionsPage() {
  const { network, survey, locked, formToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}/metingen`} className="text-brand-700 underline">
          Terug naar de metingen
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">
        {PHASE_LABELS[survey.phase][0].toUpperCase() + PHASE_LABELS[survey.phase].slice(1)}: {network.title}
      </h1>
      <p>
        Sjabloon: {TEMPLATE_LABELS[survey.template]}. Het vaste EDBI-deel (gemarkeerd) ligt vast in volgorde
        en schaal; de vrije vragen kan je verwijderen of aanvullen
        {locked ? " zolang er nog geen antwoorden zijn." : "."}
      </p>
      {locked ? (
        <FormMessage tone="info">
          Er zijn al antwoorden: de vragen liggen vast. Je kan de meting nog sluiten, heropenen of verlengen.
        </FormMessage>
      ) : null}
      {actionData?.message ? <FormMessage tone="success">{actionData.message}</FormMessage> : null}
      {errors.form ? <FormMessage tone="error">{errors.form}</FormMessage> : null}
      <ol className="space-y-2">
        {survey.questions.map((question, index) => (
          <li key={question.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid="question">
            <p>
              <span className="font-mono text-sm text-slate-700">{index + 1}.</span> {question.text}
              {question.fixed ? (
                <span className="ml-2 rounded bg-brand-50 px-2 text-xs font-medium text-brand-900">
                  vast EDBI-deel
                </span>
              ) : null}
            </p>
            <p className="text-sm text-slate-700">
              {question.kind === "likert"
                ? `Schaal: 1 ${LIKERT_LABELS[0]} … 5 ${LIKERT_LABELS[4]}`
                : question.options
                  ? `Antwoorden: ${question.options.join(" · ")}`
                  : "Open antwoord"}
            </p>
            {!question.fixed && !locked ? (
              <Form method="post" className="mt-1">
                <input type="hidden" name="intent" value="verwijderen" />
                <input type="hidden" name="questionId" value={question.id} />
                <button type="submit" className="text-sm text-red-800 underline">
                  Verwijderen<span className="sr-only">: {question.text}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ol>
      {!locked ? (
        <section aria-labelledby="eigen" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="eigen" className="text-xl font-bold">
            Eigen vraag toevoegen
          </h2>
          <Form method="post" noValidate className="mt-2">
            <input type="hidden" name="intent" value="toevoegen" />
            <input type="hidden" name="formToken" value={formToken} />
            <SelectField
              label="Soort vraag"
              name="kind"
              options={Object.entries(OWN_KINDS).map(([value, label]) => ({ value, label }))}
              defaultValue={values.kind}
              error={errors.kind}
            />
            <Field label="Vraag of stelling" name="text" defaultValue={values.text} error={errors.text} />
            <TextAreaField
              label="Antwoordmogelijkheden (bij keuzevragen, één per regel)"
              name="options"
              rows={4}
              defaultValue={values.options}
              error={errors.options}
            />
            <label className="mb-4 flex items-center gap-2">
              <input type="checkbox" name="required" className="h-4 w-4" /> Verplicht te beantwoorden
            </label>
            <SubmitButton>Vraag toevoegen</SubmitButton>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
