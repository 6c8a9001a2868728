import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
} from "react-router";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { Card, Field, FormMessage, SubmitButton } from "~/components/forms";
import { parseForm } from "~/http/form";
import { checkIn } from "~/registrations/attendance.server";

export const meta: MetaFunction = () => [{ title: "Inchecken – LEERKR@CHT.NET" }];

const checkInSchema = z.object({
  code: z
    .string({ error: "Vul de code in." })
    .trim()
    .min(1, "Vul de code in die in de zaal getoond wordt.")
    .max(20, "Een code bestaat uit 6 tekens."),
});

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  return null;
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const form = parseForm(checkInSchema, await args.request.formData());
  if (!form.success) return data({ error: form.errors.code, done: null }, { status: 400 });
  const result = checkIn(user.id, form.data.code);
  if (!result.ok) return data({ error: result.error, done: null }, { status: 400 });
  return { error: null, done: result.networkTitle };
}

export default function CheckInPage() {
  const actionData = useActionData<typeof action>();
  return (
    <Card title="Inchecken">
      {actionData?.done ? (
        <FormMessage tone="success">Je bent ingecheckt voor {actionData.done}. Welkom!</FormMessage>
      ) : null}
      <p className="mb-4">Vul de code in die de begeleider in de zaal toont.</p>
      <Form method="post" noValidate>
        <Field
          label="Code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          inputMode="text"
          error={actionData?.error ?? undefined}
        />
        <SubmitButton>Inchecken</SubmitButton>
      </Form>
    </Card>
  );
}
