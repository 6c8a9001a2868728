import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useNavigation,
} from "react-router";
import { Honeypot } from "~/components/honeypot";
import { rejectFilledHoneypot } from "~/http/honeypot";
import { requestPasswordReset } from "~/auth/accounts.server";
import { requireAnonymous } from "~/auth/guards.server";
import { passwordResetRequestSchema } from "~/auth/validation";
import { Card, Field, FormMessage, SubmitButton } from "~/components/forms";
import { parseForm } from "~/http/form";

export const meta: MetaFunction = () => [{ title: "Wachtwoord vergeten – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireAnonymous(args);
  return null;
}

export async function action(args: ActionFunctionArgs) {
  await requireAnonymous(args);
  const formData = await args.request.formData();
  rejectFilledHoneypot(formData);
  const form = parseForm(passwordResetRequestSchema, formData);
  if (!form.success)
    return data({ sent: false, errors: form.errors, email: form.values.email ?? "" }, { status: 400 });
  requestPasswordReset(form.data.email);
  return { sent: true, errors: {} as Record<string, string>, email: form.data.email };
}

export default function ForgotPasswordPage() {
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  if (actionData?.sent) {
    return (
      <Card title="Controleer je mailbox">
        <FormMessage tone="success">
          Als er een account bestaat voor {actionData.email}, kreeg je een e-mail met een link om je
          wachtwoord te herstellen. De link blijft één uur geldig.
        </FormMessage>
      </Card>
    );
  }
  return (
    <Card title="Wachtwoord vergeten">
      <p className="mb-4">
        Vul je e-mailadres in. We sturen je een link waarmee je een nieuw wachtwoord kiest.
      </p>
      <Form method="post" noValidate>
        <Honeypot />
        <Field
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={actionData?.email}
          error={actionData?.errors.email}
        />
        <SubmitButton disabled={submitting}>Stuur de link</SubmitButton>
      </Form>
    </Card>
  );
}
