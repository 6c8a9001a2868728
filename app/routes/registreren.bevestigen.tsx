import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useLoaderData,
} from "react-router";
import { confirmEmail, isValidToken } from "~/auth/accounts.server";
import { Card, FormMessage, SubmitButton } from "~/components/forms";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "E-mailadres bevestigen – LEERKR@CHT.NET" }];

/** The link only shows a button: a GET must not change anything (mail scanners follow links). */
export function loader({ url }: LoaderFunctionArgs) {
  const token = url.searchParams.get("token") ?? "";
  return { token, valid: token.length > 0 && token.length < 200 && isValidToken(token, "verify_email") };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = String((await request.formData()).get("token") ?? "");
  if (token.length > 0 && token.length < 200 && confirmEmail(token)) throw redirect("/inloggen?bevestigd=1");
  return data({ failed: true }, { status: 400 });
}

export default function ConfirmEmailPage() {
  const { token, valid } = useLoaderData<typeof loader>();
  if (!valid) {
    return (
      <Card title="Link ongeldig">
        <FormMessage tone="error">Deze bevestigingslink is ongeldig, verlopen of al gebruikt.</FormMessage>
        <p>
          Meld je aan met je e-mailadres en wachtwoord: we sturen je dan een nieuwe link.{" "}
          <AppLink to="/inloggen" className="text-brand-700 underline">
            Naar aanmelden
          </AppLink>
        </p>
      </Card>
    );
  }
  return (
    <Card title="E-mailadres bevestigen">
      <p className="mb-4">Bevestig je e-mailadres om je account te activeren.</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <SubmitButton>Bevestig mijn e-mailadres</SubmitButton>
      </Form>
    </Card>
  );
}
