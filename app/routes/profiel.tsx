import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { changePassword } from "~/auth/accounts.server";
import { getAuth, requireUser } from "~/auth/guards.server";
import { ROLE_LABELS } from "~/auth/roles";
import { getProfile } from "~/auth/users.server";
import { PASSWORD_MIN_LENGTH } from "~/auth/password-rules";
import { passwordChangeSchema } from "~/auth/validation";
import { Field, FormMessage, SubmitButton } from "~/components/forms";
import { parseForm } from "~/http/form";

export const meta: MetaFunction = () => [{ title: "Mijn profiel – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { profile: getProfile(user.id) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const { authSessionId } = await getAuth(args);
  const form = parseForm(passwordChangeSchema, await args.request.formData());
  if (!form.success) return data({ errors: form.errors, changed: false }, { status: 400 });
  const changed = await changePassword(user.id, authSessionId!, form.data.currentPassword, form.data.password);
  if (!changed) return data({ errors: { currentPassword: "Je huidige wachtwoord klopt niet." } as Record<string, string>, changed: false }, { status: 400 });
  return { errors: {} as Record<string, string>, changed: true };
}

export default function ProfilePage() {
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const errors = actionData?.errors ?? {};
  return (
    <div className="space-y-6">
      <section aria-labelledby="profiel" className="rounded-lg bg-white p-6 shadow-sm">
        <h1 id="profiel" className="text-2xl font-bold">
          Mijn profiel
        </h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Naam</dt>
          <dd>{profile.name}</dd>
          <dt className="font-medium">E-mailadres</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium">Rol</dt>
          <dd>{ROLE_LABELS[profile.role]}</dd>
          <dt className="font-medium">Functie</dt>
          <dd>{profile.jobFunction === "andere" && profile.jobFunctionOther ? profile.jobFunctionOther : profile.jobFunction}</dd>
          <dt className="font-medium">Instelling</dt>
          <dd>{profile.institution ? `${profile.institution} (${profile.institutionCity})` : "–"}</dd>
        </dl>
      </section>
      <section aria-labelledby="wachtwoord" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="wachtwoord" className="text-xl font-bold">
          Wachtwoord wijzigen
        </h2>
        <p className="mb-4 text-sm text-slate-700">Na het wijzigen word je op al je andere toestellen afgemeld.</p>
        {actionData?.changed ? <FormMessage tone="success">Je wachtwoord is gewijzigd. Je andere toestellen zijn afgemeld.</FormMessage> : null}
        <Form method="post" noValidate className="max-w-md">
          <Field label="Huidig wachtwoord" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
          <Field label="Nieuw wachtwoord" name="password" type="password" autoComplete="new-password" required hint={`Minstens ${PASSWORD_MIN_LENGTH} tekens.`} error={errors.password} />
          <Field label="Herhaal het nieuwe wachtwoord" name="passwordConfirm" type="password" autoComplete="new-password" required error={errors.passwordConfirm} />
          <SubmitButton disabled={submitting}>Wachtwoord wijzigen</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
