import { Form } from "react-router";
import type { SurveyQuestion } from "#db/schema/surveys";
import { LIKERT_LABELS, OTHER_ROLE } from "~/surveys/instrument";
import { FormMessage, SubmitButton } from "./forms";

type Question = Pick<SurveyQuestion, "id" | "kind" | "text" | "options" | "required">;

function Choices({
  question,
  type,
  items,
  values,
  error,
}: {
  question: Question;
  type: "radio" | "checkbox";
  items: { value: string; label: string }[];
  values: string[];
  error?: string;
}) {
  const errorId = error ? `q${question.id}-fout` : undefined;
  return (
    <fieldset
      className="rounded-lg bg-white p-4 shadow-sm"
      aria-describedby={errorId}
      aria-invalid={error ? true : undefined}
      data-testid={`vraag-${question.id}`}
    >
      <legend className="float-left mb-2 w-full font-medium">
        {question.text}
        {question.required ? (
          <span aria-hidden="true" className="text-red-800">
            {" "}
            *
          </span>
        ) : null}
        {question.required ? <span className="sr-only"> (verplicht)</span> : null}
      </legend>
      <div className="clear-both space-y-1">
        {items.map((item) => (
          <label key={item.value} className="flex min-h-11 items-center gap-3 rounded px-2 hover:bg-slate-50">
            <input
              type={type}
              name={`q${question.id}`}
              value={item.value}
              defaultChecked={values.includes(item.value)}
              className="h-5 w-5 shrink-0"
            />
            <span>{item.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The answering form: mobile first, native controls, every error next to its question. */
export function SurveyForm({
  questions,
  errors,
  values,
  submissionKey,
}: {
  questions: Question[];
  errors: Record<string, string>;
  values: Record<string, string | string[]>;
  submissionKey?: string;
}) {
  const valueList = (id: number) => {
    const v = values[`q${id}`];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  return (
    <Form method="post" noValidate className="space-y-4">
      {Object.keys(errors).length ? (
        <FormMessage tone="error">
          Niet alle antwoorden zijn in orde. Bekijk de gemarkeerde vragen.
        </FormMessage>
      ) : null}
      {submissionKey ? <input type="hidden" name="submissionKey" value={submissionKey} /> : null}
      {questions.map((question) => {
        const error = errors[`q${question.id}`];
        switch (question.kind) {
          case "role":
            return (
              <div key={question.id}>
                <Choices
                  question={question}
                  type="radio"
                  items={(question.options ?? []).map((o) => ({ value: o, label: o }))}
                  values={valueList(question.id)}
                  error={error}
                />
                <div className="mt-2">
                  <label htmlFor={`q${question.id}-andere`} className="block text-sm font-medium">
                    Koos je “{OTHER_ROLE}”? Beschrijf je rol
                  </label>
                  <input
                    id={`q${question.id}-andere`}
                    name={`q${question.id}-andere`}
                    defaultValue={
                      valueList(question.id).length ? String(values[`q${question.id}-andere`] ?? "") : ""
                    }
                    aria-invalid={errors[`q${question.id}-andere`] ? true : undefined}
                    aria-describedby={
                      errors[`q${question.id}-andere`] ? `q${question.id}-andere-fout` : undefined
                    }
                    className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
                  />
                  {errors[`q${question.id}-andere`] ? (
                    <p id={`q${question.id}-andere-fout`} className="mt-1 text-sm font-medium text-red-800">
                      {errors[`q${question.id}-andere`]}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          case "likert":
            return (
              <Choices
                key={question.id}
                question={question}
                type="radio"
                items={LIKERT_LABELS.map((label, i) => ({
                  value: String(i + 1),
                  label: `${i + 1} – ${label}`,
                }))}
                values={valueList(question.id)}
                error={error}
              />
            );
          case "stage":
            return (
              <Choices
                key={question.id}
                question={question}
                type="radio"
                items={(question.options ?? []).map((label, i) => ({
                  value: String(i + 1),
                  label: `${i + 1} – ${label}`,
                }))}
                values={valueList(question.id)}
                error={error}
              />
            );
          case "single":
          case "multiple":
            return (
              <Choices
                key={question.id}
                question={question}
                type={question.kind === "single" ? "radio" : "checkbox"}
                items={(question.options ?? []).map((label, i) => ({ value: String(i), label }))}
                values={valueList(question.id)}
                error={error}
              />
            );
          case "open":
            return (
              <div key={question.id} className="rounded-lg bg-white p-4 shadow-sm">
                <label htmlFor={`q${question.id}`} className="block font-medium">
                  {question.text}
                </label>
                <textarea
                  id={`q${question.id}`}
                  name={`q${question.id}`}
                  rows={3}
                  defaultValue={valueList(question.id)[0] ?? ""}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `q${question.id}-fout` : undefined}
                  className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
                />
                {error ? (
                  <p id={`q${question.id}-fout`} className="mt-1 text-sm font-medium text-red-800">
                    {error}
                  </p>
                ) : null}
              </div>
            );
        }
      })}
      <SubmitButton>Antwoorden versturen</SubmitButton>
    </Form>
  );
}

/**
 * What the portal promises about the answers; the code keeps exactly these promises (README,
 * Design: threat model). `k` is the smallest group a figure is shown for.
 */
export function PrivacyNotice({ k, guest = false }: { k: number; guest?: boolean }) {
  return (
    <section aria-labelledby="privacy" className="rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
      <h2 id="privacy" className="font-semibold">
        Wie ziet wat?
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {guest ? (
          <li>
            Je antwoordt zonder account: we bewaren geen naam, geen datum en geen tijdstip. Per browser kan je
            één keer antwoorden.
          </li>
        ) : (
          <li>
            Je antwoorden worden bewaard zonder je naam, datum of tijdstip. Apart noteren we enkel dát je
            meedeed (voor herinneringen); ook dat wissen we zodra de resultaten gepubliceerd zijn.
          </li>
        )}
        <li>
          Resultaten verschijnen pas na het sluiten van de meting, één keer, en enkel als cijfers over groepen
          van minstens {k} personen.
        </li>
        <li>
          De begeleiders van dit netwerk lezen ook de open antwoorden: zonder naam, los van je andere
          antwoorden en in een willekeurige volgorde.
        </li>
        <li>
          De kwaliteitscel ziet dezelfde groepscijfers per netwerk en over alle netwerken samen, maar geen
          open antwoorden.
        </li>
        {guest ? (
          <li>Je antwoord wordt aan geen enkele andere meting gekoppeld.</li>
        ) : (
          <li>
            Je voor- en nameting worden gekoppeld met een code die niemand kan terugvoeren naar jou, zodat we
            je leerwinst kunnen meten. Zodra beide gepubliceerd zijn, wordt die code vervangen door een
            willekeurige.
          </li>
        )}
      </ul>
    </section>
  );
}
