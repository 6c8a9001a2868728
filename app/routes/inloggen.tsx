import {
  type ActionFunctionArgs,
  data,
  Form,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useNavigation,
  useSearchParams,
} from "react-router";
import { Honeypot } from "~/components/honeypot";
import { rejectFilledHoneypot } from "~/http/honeypot";
import { logIn } from "~/auth/accounts.server";
import { requireAnonymous, setAuthCookie } from "~/auth/guards.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { waitMessage } from "~/auth/throttle";
import { loginSchema } from "~/auth/validation";
import { Card, Field, FormMessage, SubmitButton } from "~/components/forms";
import { parseForm } from "~/http/form";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Aanmelden – LEERKR@CHT.NET" }];

const INVALID = "Onjuist e-mailadres of wachtwoord.";

// An action's headers reach the document only through this export (Remix v2): Retry-After on 429.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export async function loader(args: LoaderFunctionArgs) {
  await requireAnonymous(args);
  return null;
}

export async function action(args: ActionFunctionArgs) {
  await requireAnonymous(args);
  const formData = await args.request.formData();
  rejectFilledHoneypot(formData);
  const form = parseForm(loginSchema, formData);
  if (!form.success) {
    return data({ formError: null, errors: form.errors, email: form.values.email ?? "" }, { status: 400 });
  }
  const result = await logIn(form.data.email, form.data.password, args.context.clientIp);
  switch (result.status) {
    case "ok":
      setAuthCookie(args.context, result.cookie);
      throw redirect(safeRedirect(form.data.redirectTo));
    case "throttled":
      return data(
        { formError: waitMessage(result.retryAfterSeconds), errors: {}, email: form.data.email },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
    case "unconfirmed":
      return data(
        {
          formError: "Je e-mailadres is nog niet bevestigd. We stuurden je een nieuwe bevestigingslink.",
          errors: {},
          email: form.data.email,
        },
        { status: 400 },
      );
    case "invalid":
      return data({ formError: INVALID, errors: {}, email: form.data.email }, { status: 400 });
  }
}

export default function LoginPage() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === "submitting";
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <Card title="Aanmelden">
      {searchParams.get("bevestigd") ? (
        <FormMessage tone="success">Je e-mailadres is bevestigd. Meld je nu aan.</FormMessage>
      ) : null}
      {searchParams.get("afgemeld") ? (
        <FormMessage tone="success">Je bent op al je toestellen afgemeld.</FormMessage>
      ) : null}
      {searchParams.get("hersteld") ? (
        <FormMessage tone="success">
          Je wachtwoord is gewijzigd. Meld je aan met je nieuwe wachtwoord.
        </FormMessage>
      ) : null}
      {actionData?.formError ? <FormMessage tone="error">{actionData.formError}</FormMessage> : null}
      <Form method="post" noValidate>
        <Honeypot />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={actionData?.email}
          error={errors.email}
        />
        <Field
          label="Wachtwoord"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <SubmitButton disabled={submitting}>Aanmelden</SubmitButton>
      </Form>
      <p className="mt-4 text-sm">
        <AppLink to="/wachtwoord-vergeten" className="text-brand-700 underline">
          Wachtwoord vergeten?
        </AppLink>{" "}
        ·{" "}
        <AppLink to="/registreren" className="text-brand-700 underline">
          Nog geen account? Maak er een aan.
        </AppLink>
      </p>
    </Card>
  );
}
