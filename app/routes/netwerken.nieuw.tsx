import { randomUUID } from "node:crypto";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useLoaderData,
} from "react-router";
import { requireRole } from "~/auth/guards.server";
import { NetworkForm, valuesFromSubmission } from "~/components/network-form";
import { parseForm } from "~/http/form";
import { formTokenFrom, once } from "~/http/idempotency.server";
import { createNetwork, listOperationalGoalOptions, operationalGoalExists } from "~/networks/networks.server";
import { schoolYearChoices } from "~/networks/time";
import { networkFormSchema } from "~/networks/validation";

export const meta: MetaFunction = () => [{ title: "Nieuw netwerk – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireRole(args, ["facilitator", "admin"]);
  return {
    operationalGoals: listOperationalGoalOptions(),
    schoolYears: schoolYearChoices(),
    formToken: randomUUID(),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireRole(args, ["facilitator", "admin"]);
  const formData = await args.request.formData();
  const token = formTokenFrom(formData);
  if (token === "invalid")
    return data(
      {
        errors: { title: "Dit formulier is ongeldig; laad de pagina opnieuw." } as Record<string, string>,
        values: {},
      },
      { status: 400 },
    );
  const form = parseForm(networkFormSchema, formData);
  if (!form.success) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (!operationalGoalExists(form.data.operationalGoalId)) {
    return data(
      { errors: { operationalGoalId: "Kies een operationele doelstelling uit de lijst." }, values: {} },
      { status: 400 },
    );
  }
  // A repeated submit (double click, back button) lands on the network the first one created.
  const { slug } = once(user.id, token, () => createNetwork(form.data, user.id)).result;
  throw redirect(`/netwerken/${slug}/bijeenkomsten`);
}

export default function NewNetworkPage() {
  const { operationalGoals, schoolYears, formToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Nieuw netwerk</h1>
      <p>Het netwerk blijft een concept tot je het publiceert. Daarna voeg je de bijeenkomsten toe.</p>
      <NetworkForm
        values={valuesFromSubmission(actionData?.values ?? {})}
        errors={actionData?.errors ?? {}}
        operationalGoals={operationalGoals}
        schoolYears={schoolYears}
        submitLabel="Netwerk aanmaken"
        formToken={formToken}
      />
    </div>
  );
}
