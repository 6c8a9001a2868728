import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from "react-router";
import { Honeypot } from "~/components/honeypot";
import { rejectFilledHoneypot } from "~/http/honeypot";
import { registerAccount } from "~/auth/accounts.server";
import { requireAnonymous } from "~/auth/guards.server";
import { JOB_FUNCTIONS } from "~/auth/job-functions";
import { PASSWORD_MIN_LENGTH } from "~/auth/password-rules";
import { registrationSchema } from "~/auth/validation";
import { Card, Field, FormMessage, SelectField, SubmitButton } from "~/components/forms";
import { parseForm } from "~/http/form";
import { findInstitutionByLabel, listInstitutionOptions } from "~/institutions/institutions.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Account aanmaken – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireAnonymous(args);
  return { institutions: listInstitutionOptions() };
}

export async function action(args: ActionFunctionArgs) {
  await requireAnonymous(args);
  const formData = await args.request.formData();
  rejectFilledHoneypot(formData);
  const form = parseForm(registrationSchema, formData);
  if (!form.success) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const { institution: institutionLabel, ...fields } = form.data;
  const institution = findInstitutionByLabel(institutionLabel);
  if (!institution) {
    const { password: _password, ...values } = form.data;
    return data(
      {
        errors: {
          institution:
            "Kies een instelling uit de lijst: begin te typen en selecteer je school, academie of centrum.",
        },
        values,
      },
      { status: 400 },
    );
  }
  await registerAccount({
    ...fields,
    institutionId: institution.id,
    jobFunctionOther: fields.jobFunction === "andere" ? (fields.jobFunctionOther ?? null) : null,
  });
  // The same answer whether or not the address already had an account.
  throw redirect("/registreren/verstuurd");
}

export default function RegisterPage() {
  const { institutions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  const submitting = useNavigation().state === "submitting";
  return (
    <Card title="Account aanmaken">
      {Object.keys(errors).length ? (
        <FormMessage tone="error">Controleer de gemarkeerde velden.</FormMessage>
      ) : null}
      <Form method="post" noValidate>
        <Honeypot />
        <Field
          label="Naam"
          name="name"
          autoComplete="name"
          required
          defaultValue={values.name}
          error={errors.name}
        />
        <Field
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values.email}
          error={errors.email}
        />
        <Field
          label="Wachtwoord"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={`Minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`}
          error={errors.password}
        />
        <Field
          label="School, academie of centrum"
          name="institution"
          list="instellingen"
          autoComplete="off"
          required
          hint="Begin te typen (naam of gemeente) en kies uit de lijst."
          defaultValue={values.institution}
          error={errors.institution}
        />
        <datalist id="instellingen">
          {institutions.map((institution) => (
            <option key={institution.id} value={institution.label}>
              {[institution.level, institution.groupName, institution.region].filter(Boolean).join(" · ")}
            </option>
          ))}
        </datalist>
        <SelectField
          label="Functie"
          name="jobFunction"
          required
          placeholder="Kies je functie"
          options={JOB_FUNCTIONS.map((value) => ({ value, label: value }))}
          defaultValue={values.jobFunction}
          error={errors.jobFunction}
        />
        <Field
          label="Andere functie"
          name="jobFunctionOther"
          hint="Alleen invullen als je hierboven 'andere' koos."
          defaultValue={values.jobFunctionOther}
          error={errors.jobFunctionOther}
        />
        <SubmitButton disabled={submitting}>Account aanmaken</SubmitButton>
      </Form>
      <p className="mt-4 text-sm">
        Heb je al een account?{" "}
        <AppLink to="/inloggen" className="text-brand-700 underline">
          Meld je aan
        </AppLink>
        .
      </p>
    </Card>
  );
}
