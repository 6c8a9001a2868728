import type { MaterialFormValues } from "~/materials/form-values";
import { Form } from "react-router";
import { materialTypes, materialVisibilities } from "#db/schema/materials";
import { VISIBILITY_LABELS } from "~/materials/validation";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "./forms";

interface Props {
  values: MaterialFormValues;
  errors: Record<string, string>;
  sessions: { id: number; label: string }[];
  attachments?: { id: string; originalName: string }[];
  submitLabel: string;
  /** One-time token of a form that creates something (see app/http/idempotency.server.ts). */
  formToken?: string;
}

export function MaterialForm({ values, errors, sessions, attachments = [], submitLabel, formToken }: Props) {
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      noValidate
      className="rounded-lg bg-white p-6 shadow-sm"
    >
      {errors.form ? (
        <FormMessage tone="error">{errors.form}</FormMessage>
      ) : Object.keys(errors).length ? (
        <FormMessage tone="error">Controleer de gemarkeerde velden.</FormMessage>
      ) : null}
      {formToken ? <input type="hidden" name="formToken" value={formToken} /> : null}
      <Field label="Titel" name="title" defaultValue={values.title} error={errors.title} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <SelectField
          label="Soort"
          name="type"
          placeholder="Kies een soort"
          options={materialTypes.map((t) => ({ value: t, label: t }))}
          defaultValue={values.type}
          error={errors.type}
        />
        <SelectField
          label="Zichtbaar voor"
          name="visibility"
          options={materialVisibilities.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
          defaultValue={values.visibility ?? "leden"}
          error={errors.visibility}
        />
        <SelectField
          label="Hoort bij bijeenkomst (optioneel)"
          name="sessionId"
          options={[
            { value: "", label: "geen" },
            ...sessions.map((s) => ({ value: String(s.id), label: s.label })),
          ]}
          defaultValue={values.sessionId ?? ""}
          error={errors.sessionId}
        />
        <Field
          label="Trefwoorden"
          name="tags"
          hint="Gescheiden door komma's, bv. feedback, rubric"
          defaultValue={values.tags}
          error={errors.tags}
        />
      </div>
      <TextAreaField
        label="Tekst"
        name="bodyMarkdown"
        rows={10}
        hint="Je kan markdown gebruiken: **vet**, *schuin*, lijstjes met -, links."
        defaultValue={values.bodyMarkdown}
        error={errors.bodyMarkdown}
      />
      <TextAreaField
        label="Links (bv. naar KlasCement), één per regel"
        name="links"
        rows={3}
        defaultValue={values.links}
        error={errors.links}
      />
      {attachments.length ? (
        <fieldset className="mb-4">
          <legend className="font-medium">Bijlagen verwijderen</legend>
          {attachments.map((a) => (
            <label key={a.id} className="flex items-center gap-2">
              <input type="checkbox" name="verwijderBijlage" value={a.id} className="h-4 w-4" />{" "}
              {a.originalName}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="mb-4">
        <label htmlFor="bijlagen" className="block font-medium">
          Bijlagen toevoegen
        </label>
        <p id="bijlagen-hint" className="text-sm text-slate-700">
          PDF, Word, Excel, PowerPoint, OpenDocument of afbeeldingen; hoogstens 20 MB per bestand, 5 tegelijk.
        </p>
        <input
          id="bijlagen"
          name="bijlagen"
          type="file"
          multiple
          aria-describedby="bijlagen-hint"
          className="mt-1 block w-full"
        />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
