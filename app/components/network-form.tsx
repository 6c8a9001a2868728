import { Form } from "react-router";
import { educationLevels, regions } from "#db/schema/institutions";
import { networkThemes, networkTypes } from "#db/schema/networks";
import { JOB_FUNCTIONS } from "~/auth/job-functions";
import {
  Checkbox,
  CheckboxGroup,
  Field,
  FormMessage,
  SelectField,
  SubmitButton,
  TextAreaField,
} from "./forms";

export interface NetworkFormValues {
  title?: string;
  slug?: string;
  descriptionMarkdown?: string;
  theme?: string;
  networkType?: string;
  levels?: string[];
  audiences?: string[];
  region?: string;
  firstSchoolYear?: string;
  spansTwoYears?: boolean;
  capacity?: string;
  registrationDeadline?: string;
  allowSessionRegistration?: boolean;
  allowMemberMaterials?: boolean;
  operationalGoalId?: string;
  goals?: string;
  intakeQuestions?: string;
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value : typeof value === "string" ? [value] : [];

/** Turns the raw values a failed submission sends back into form values. */
export function valuesFromSubmission(values: Record<string, string | string[]>): NetworkFormValues {
  const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  return {
    title: text("title"),
    slug: text("slug"),
    descriptionMarkdown: text("descriptionMarkdown"),
    theme: text("theme"),
    networkType: text("networkType"),
    levels: asList(values.levels),
    audiences: asList(values.audiences),
    region: text("region"),
    firstSchoolYear: text("firstSchoolYear"),
    spansTwoYears: values.spansTwoYears === "on",
    capacity: text("capacity"),
    registrationDeadline: text("registrationDeadline"),
    allowSessionRegistration: values.allowSessionRegistration === "on",
    allowMemberMaterials: values.allowMemberMaterials === "on",
    operationalGoalId: text("operationalGoalId"),
    goals: text("goals"),
    intakeQuestions: text("intakeQuestions"),
  };
}

interface Props {
  values: NetworkFormValues;
  errors: Record<string, string>;
  operationalGoals: { id: number; code: string; wording: string; planPeriod: string }[];
  schoolYears: number[];
  submitLabel: string;
  /** One-time token of a form that creates something (see app/http/idempotency.server.ts). */
  formToken?: string;
}

export function NetworkForm({
  values,
  errors,
  operationalGoals,
  schoolYears,
  submitLabel,
  formToken,
}: Props) {
  return (
    <Form method="post" noValidate className="rounded-lg bg-white p-6 shadow-sm">
      {Object.keys(errors).length ? (
        <FormMessage tone="error">Controleer de gemarkeerde velden.</FormMessage>
      ) : null}
      <input type="hidden" name="intent" value="opslaan" />
      {formToken ? <input type="hidden" name="formToken" value={formToken} /> : null}
      <Field label="Titel" name="title" required defaultValue={values.title} error={errors.title} />
      <Field
        label="Korte naam in de link (optioneel)"
        name="slug"
        defaultValue={values.slug}
        hint="Bijvoorbeeld netwerk-getallen. Leeg laten: we maken er een uit de titel."
        error={errors.slug}
      />
      <TextAreaField
        label="Beschrijving"
        name="descriptionMarkdown"
        rows={8}
        required
        defaultValue={values.descriptionMarkdown}
        hint="Je kan markdown gebruiken: **vet**, *schuin*, lijstjes met -, links."
        error={errors.descriptionMarkdown}
      />
      <TextAreaField
        label="Doelen en inhouden"
        name="goals"
        rows={5}
        required
        defaultValue={values.goals}
        hint="Eén doel per regel. Ze worden de kennisvragen van de effectmeting."
        error={errors.goals}
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <SelectField
          label="Thema"
          name="theme"
          placeholder="Kies een thema"
          options={networkThemes.map((t) => ({ value: t, label: t }))}
          defaultValue={values.theme}
          error={errors.theme}
        />
        <SelectField
          label="Soort netwerk"
          name="networkType"
          placeholder="Kies een soort"
          options={networkTypes.map((t) => ({ value: t, label: t }))}
          defaultValue={values.networkType}
          error={errors.networkType}
        />
        <SelectField
          label="Regio"
          name="region"
          options={[
            { value: "", label: "Vlaanderen-breed" },
            ...regions.map((r) => ({ value: r, label: r })),
          ]}
          defaultValue={values.region ?? ""}
          error={errors.region}
        />
        <SelectField
          label="Operationele doelstelling"
          name="operationalGoalId"
          placeholder="Kies een doelstelling"
          options={operationalGoals.map((od) => ({
            value: String(od.id),
            label: `${od.code} (${od.planPeriod}): ${od.wording.slice(0, 80)}${od.wording.length > 80 ? "…" : ""}`,
          }))}
          defaultValue={values.operationalGoalId}
          error={errors.operationalGoalId}
        />
        <SelectField
          label="Schooljaar"
          name="firstSchoolYear"
          placeholder="Kies een schooljaar"
          options={schoolYears.map((y) => ({ value: String(y), label: `${y}-${y + 1}` }))}
          defaultValue={values.firstSchoolYear}
          error={errors.firstSchoolYear}
        />
        <Checkbox
          label="Loopt over twee schooljaren"
          name="spansTwoYears"
          defaultChecked={values.spansTwoYears}
        />
        <Field
          label="Aantal plaatsen"
          name="capacity"
          type="number"
          min={1}
          max={1000}
          inputMode="numeric"
          required
          defaultValue={values.capacity}
          error={errors.capacity}
        />
        <Field
          label="Uiterste inschrijvingsdatum"
          name="registrationDeadline"
          type="datetime-local"
          required
          defaultValue={values.registrationDeadline}
          error={errors.registrationDeadline}
        />
      </div>
      <Checkbox
        label="Inschrijven voor afzonderlijke bijeenkomsten toestaan"
        name="allowSessionRegistration"
        defaultChecked={values.allowSessionRegistration}
      />
      <Checkbox
        label="Deelnemers mogen zelf materiaal delen (co-creatie)"
        name="allowMemberMaterials"
        defaultChecked={values.allowMemberMaterials}
        hint="Deelnemers bewerken dan enkel hun eigen materiaal."
      />
      <CheckboxGroup
        legend="Onderwijsniveau(s)"
        name="levels"
        options={educationLevels.map((l) => ({ value: l, label: l }))}
        checked={values.levels ?? []}
        error={errors.levels}
      />
      <CheckboxGroup
        legend="Doelgroepen"
        name="audiences"
        options={JOB_FUNCTIONS.map((f) => ({ value: f, label: f }))}
        checked={values.audiences ?? []}
        error={errors.audiences}
      />
      <TextAreaField
        label="Vragen bij de inschrijving (voorinschrijving, optioneel)"
        name="intakeQuestions"
        rows={3}
        defaultValue={values.intakeQuestions}
        hint="Eén vraag per regel, hoogstens vijf."
        error={errors.intakeQuestions}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
