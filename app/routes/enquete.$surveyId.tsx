import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
  useActionData,
  useLoaderData,
} from "react-router";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { Card, FormMessage } from "~/components/forms";
import { formatDateTime } from "~/text/format";
import { PrivacyNotice, SurveyForm } from "~/components/survey-form";
import { getNetworkDetails } from "~/networks/networks.server";
import { parseAnswers } from "~/surveys/answers";
import { PHASE_LABELS } from "~/surveys/instrument";
import { surveyState } from "~/surveys/rules";
import { getSurvey, hasCompleted, isEligible, submitResponse } from "~/surveys/surveys.server";
import { formValues, type FormValues } from "~/http/form";
import { AppLink } from "~/components/app-link";
import { whenWritable } from "#db/when-writable.server";
import { DEFAULT_K } from "~/reports/stats";

export const meta: MetaFunction = () => [{ title: "Meting invullen – LEERKR@CHT.NET" }];

async function load(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = z.coerce.number().int().positive().safeParse(args.params.surveyId);
  const survey = id.success ? getSurvey(id.data) : null;
  if (!survey) throw new Response("Niet gevonden", { status: 404 });
  return { user, survey };
}

export async function loader(args: LoaderFunctionArgs) {
  const { user, survey } = await load(args);
  const network = getNetworkDetails(survey.networkId)!;
  const state = surveyState(survey, new Date());
  const status = hasCompleted(user.id, survey.id)
    ? "done"
    : !isEligible(user.id, survey)
      ? "not-eligible"
      : state !== "open"
        ? "closed"
        : "open";
  return {
    title: network.title,
    phase: survey.phase,
    closesAt: survey.closesAt,
    status,
    k: DEFAULT_K,
    questions:
      status === "open"
        ? survey.questions.map(({ id, kind, text, options, required }) => ({
            id,
            kind,
            text,
            options,
            required,
          }))
        : [],
  };
}

export async function action(args: ActionFunctionArgs) {
  const { user, survey } = await load(args);
  const values = formValues(await args.request.formData());
  const parsed = parseAnswers(survey.questions, values);
  if (!parsed.ok) return data({ errors: parsed.errors, values, result: null }, { status: 400 });
  const result = await whenWritable(() => submitResponse(survey, { userId: user.id }, parsed));
  if (result === "closed" || result === "not-eligible" || result === "guests-full")
    return data({ errors: {} as Record<string, string>, values: {} as FormValues, result }, { status: 400 });
  // Post/Redirect/Get: the thank-you page is this page once the answers are in ("done"), so a
  // reload or the back button never offers to send the form again.
  throw redirect(`/enquete/${survey.id}`, 303);
}

export default function AnswerSurveyPage() {
  const { title, phase, closesAt, status, k, questions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const heading = `${PHASE_LABELS[phase][0].toUpperCase()}${PHASE_LABELS[phase].slice(1)}: ${title}`;
  if (status === "done") {
    return (
      <Card title="Bedankt!">
        <FormMessage tone="success">
          Je antwoorden zijn goed ontvangen. Bedankt om mee te werken aan betere professionalisering.
        </FormMessage>
        <AppLink to="/mijn-netwerken" className="text-brand-700 underline">
          Naar Mijn netwerken
        </AppLink>
      </Card>
    );
  }
  if (status !== "open" || actionData?.result) {
    const text =
      status === "not-eligible" || actionData?.result === "not-eligible"
        ? "Deze meting is bedoeld voor de deelnemers van dit netwerk. Je kan ze niet invullen."
        : "Deze meting is (nu) niet open.";
    return (
      <Card title={heading}>
        <FormMessage tone="info">{text}</FormMessage>
      </Card>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{heading}</h1>
      {closesAt ? (
        <p className="text-sm text-slate-700">
          Invullen kan tot {formatDateTime(closesAt)}. Vragen met * zijn verplicht.
        </p>
      ) : null}
      <PrivacyNotice k={k} />
      <SurveyForm questions={questions} errors={actionData?.errors ?? {}} values={actionData?.values ?? {}} />
    </div>
  );
}
