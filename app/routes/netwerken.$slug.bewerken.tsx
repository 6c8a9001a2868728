import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useLoaderData,
} from "react-router";
import { z } from "zod";
import { FormMessage } from "~/components/forms";
import { NetworkForm, valuesFromSubmission, type NetworkFormValues } from "~/components/network-form";
import { formValues, multiple, parseForm } from "~/http/form";
import { requireNetworkManager } from "~/networks/access.server";
import { changeNetworkStatus } from "~/networks/manage.server";
import {
  getNetworkDetails,
  listFacilitatorCandidates,
  listOperationalGoalOptions,
  operationalGoalExists,
  setFacilitators,
  updateNetwork,
} from "~/networks/networks.server";
import { availableActions, STATUS_ACTIONS, STATUS_LABELS, type StatusAction } from "~/networks/status";
import { dateToBrusselsLocal, schoolYearChoices } from "~/networks/time";
import { networkFormSchema } from "~/networks/validation";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Netwerk bewerken – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const { user, network } = await requireNetworkManager(args, args.params.slug);
  const details = getNetworkDetails(network.id)!;
  const values: NetworkFormValues = {
    title: details.title,
    slug: details.slug,
    descriptionMarkdown: details.descriptionMarkdown,
    theme: details.theme,
    networkType: details.networkType,
    levels: details.levels,
    audiences: details.audiences,
    region: details.region ?? "",
    firstSchoolYear: String(details.firstSchoolYear),
    spansTwoYears: details.lastSchoolYear > details.firstSchoolYear,
    capacity: String(details.capacity),
    registrationDeadline: dateToBrusselsLocal(details.registrationDeadline),
    allowSessionRegistration: details.allowSessionRegistration,
    allowMemberMaterials: details.allowMemberMaterials,
    operationalGoalId: details.operationalGoalId ? String(details.operationalGoalId) : "",
    goals: details.goals.map((g) => g.text).join("\n"),
    intakeQuestions: details.intakeQuestions.map((q) => q.question).join("\n"),
  };
  const years = new Set([...schoolYearChoices(), details.firstSchoolYear]);
  return {
    slug: details.slug,
    title: details.title,
    status: details.status,
    actions: availableActions(details.status),
    values,
    operationalGoals: listOperationalGoalOptions(),
    schoolYears: [...years].sort(),
    isAdmin: user.role === "admin",
    facilitators: details.facilitators.map((f) => f.id),
    candidates: user.role === "admin" ? listFacilitatorCandidates() : [],
  };
}

const statusSchema = z.object({
  intent: z.literal("status"),
  action: z.enum(Object.keys(STATUS_ACTIONS) as [StatusAction, ...StatusAction[]]),
});
const facilitatorsSchema = z.object({
  intent: z.literal("begeleiders"),
  facilitators: multiple(z.string().min(1).max(100)),
});

export async function action(args: ActionFunctionArgs) {
  const { user, network } = await requireNetworkManager(args, args.params.slug);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  if (intent === "status") {
    const form = parseForm(statusSchema, formData);
    if (!form.success || !changeNetworkStatus(network.id, form.data.action))
      return data(
        {
          errors: { status: "Deze statuswijziging kan niet." } as Record<string, string>,
          values: {},
          saved: null,
        },
        { status: 400 },
      );
    return { errors: {} as Record<string, string>, values: {}, saved: "De status is gewijzigd." };
  }
  if (intent === "begeleiders") {
    if (user.role !== "admin")
      throw new Response("Enkel een beheerder wijst begeleiders toe.", { status: 403 });
    const form = parseForm(facilitatorsSchema, formData);
    if (!form.success || !setFacilitators(network.id, form.data.facilitators)) {
      return data(
        {
          errors: { facilitators: "Kies minstens één begeleider." } as Record<string, string>,
          values: {},
          saved: null,
        },
        { status: 400 },
      );
    }
    return { errors: {} as Record<string, string>, values: {}, saved: "De begeleiders zijn opgeslagen." };
  }
  const form = parseForm(networkFormSchema, formData);
  if (!form.success) return data({ errors: form.errors, values: form.values, saved: null }, { status: 400 });
  if (!operationalGoalExists(form.data.operationalGoalId))
    return data(
      {
        errors: { operationalGoalId: "Kies een operationele doelstelling uit de lijst." } as Record<
          string,
          string
        >,
        values: {},
        saved: null,
      },
      { status: 400 },
    );
  const updated = updateNetwork(network.id, form.data);
  // The typed form comes back: a refused goal change names the goal, and the rest of the edit is kept.
  if (!updated.ok)
    return data(
      {
        errors: { [updated.field]: updated.error } as Record<string, string>,
        values: formValues(formData),
        saved: null,
      },
      { status: 400 },
    );
  throw redirect(`/netwerken/${updated.slug}`);
}

export default function EditNetworkPage() {
  const {
    slug,
    title,
    status,
    actions,
    values,
    operationalGoals,
    schoolYears,
    isAdmin,
    facilitators,
    candidates,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitted =
    actionData && Object.keys(actionData.values).length ? valuesFromSubmission(actionData.values) : values;
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${slug}`} className="text-brand-700 underline">
          Terug naar {title}
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Netwerk bewerken</h1>
      {actionData?.saved ? <FormMessage tone="success">{actionData.saved}</FormMessage> : null}
      <section aria-labelledby="status" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="status" className="text-xl font-bold">
          Status: {STATUS_LABELS[status]}
        </h2>
        {actionData?.errors.status ? (
          <FormMessage tone="error">{actionData.errors.status}</FormMessage>
        ) : null}
        <Form method="post" className="mt-3 flex flex-wrap gap-3">
          <input type="hidden" name="intent" value="status" />
          {actions.map((action) => (
            <button
              key={action}
              name="action"
              value={action}
              className={
                action === "annuleren"
                  ? "rounded border border-red-800 px-3 py-1 text-red-800"
                  : "rounded bg-brand-700 px-3 py-1 font-semibold text-white"
              }
            >
              {STATUS_ACTIONS[action].label}
            </button>
          ))}
        </Form>
        {actions.includes("annuleren") ? (
          <p className="mt-2 text-sm text-slate-700">
            Annuleren verwittigt iedereen die ingeschreven is of op de wachtlijst staat.
          </p>
        ) : null}
      </section>
      {isAdmin ? (
        <section aria-labelledby="begeleiders" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="begeleiders" className="text-xl font-bold">
            Begeleiders
          </h2>
          {actionData?.errors.facilitators ? (
            <FormMessage tone="error">{actionData.errors.facilitators}</FormMessage>
          ) : null}
          <Form method="post" className="mt-2">
            <input type="hidden" name="intent" value="begeleiders" />
            <fieldset>
              <legend className="sr-only">Begeleiders van dit netwerk</legend>
              {candidates.map((candidate) => (
                <label key={candidate.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="facilitators"
                    value={candidate.id}
                    defaultChecked={facilitators.includes(candidate.id)}
                    className="h-4 w-4"
                  />
                  {candidate.name} ({candidate.email})
                </label>
              ))}
            </fieldset>
            <button type="submit" className="mt-3 rounded bg-brand-700 px-3 py-1 font-semibold text-white">
              Begeleiders opslaan
            </button>
          </Form>
        </section>
      ) : null}
      <NetworkForm
        values={submitted}
        errors={actionData?.errors ?? {}}
        operationalGoals={operationalGoals}
        schoolYears={schoolYears}
        submitLabel="Wijzigingen opslaan"
      />
    </div>
  );
}
