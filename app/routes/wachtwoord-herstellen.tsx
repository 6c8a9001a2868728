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
import { isValidToken, resetPassword } from "~/auth/accounts.server";
import { PASSWORD_MIN_LENGTH } from "~/auth/password-rules";
import { passwordResetSchema } from "~/auth/validation";
import { Card, Field, FormMessage, SubmitButton } from "~/components/forms";
import { parseForm } from "~/http/form";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Nieuw wachtwoord kiezen – LEERKR@CHT.NET" }];

function validToken(token: string) {
  return token.length > 0 && token.length < 200 && isValidToken(token, "reset_password");
}

export function loader({ url }: LoaderFunctionArgs) {
  const token = url.searchParams.get("token") ?? "";
  return { token, valid: validToken(token) };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const form = parseForm(passwordResetSchema, formData);
  if (!form.success) return data({ errors: form.errors, expired: false }, { status: 400 });
  if (!(await resetPassword(form.data.token, form.data.password))) {
    return data({ errors: {} as Record<string, string>, expired: true }, { status: 400 });
  }
  throw redirect("/inloggen?hersteld=1");
}

export default function ResetPasswordPage() {
  const { token, valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  if (!valid || actionData?.expired) {
    return (
      <Card title="Link ongeldig">
        <FormMessage tone="error">Deze herstellink is ongeldig, verlopen of al gebruikt.</FormMessage>
        <AppLink to="/wachtwoord-vergeten" className="text-brand-700 underline">
          Vraag een nieuwe link aan
        </AppLink>
      </Card>
    );
  }
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <Card title="Nieuw wachtwoord kiezen">
      <Form method="post" noValidate>
        <input type="hidden" name="token" value={token} />
        <Field
          label="Nieuw wachtwoord"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={`Minstens ${PASSWORD_MIN_LENGTH} tekens.`}
          error={errors.password}
        />
        <Field
          label="Herhaal het nieuwe wachtwoord"
          name="passwordConfirm"
          type="password"
          autoComplete="new-password"
          required
          error={errors.passwordConfirm}
        />
        <SubmitButton disabled={submitting}>Wachtwoord opslaan</SubmitButton>
      </Form>
    </Card>
  );
}
