import { randomUUID } from "node:crypto";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
} from "react-router";
import { Card, FormMessage } from "~/components/forms";
import { PrivacyNotice, SurveyForm } from "~/components/survey-form";
import { formValues, type FormValues } from "~/http/form";
import { getNetworkDetails } from "~/networks/networks.server";
import { parseAnswers } from "~/surveys/answers";
import { PHASE_LABELS } from "~/surveys/instrument";
import { surveyState } from "~/surveys/rules";
import { guestLinkFull, submitResponse, surveyByGuestToken } from "~/surveys/surveys.server";
import { whenWritable } from "#db/when-writable.server";
import { config } from "~/config.server";
import { DEFAULT_K } from "~/reports/stats";

export const meta: MetaFunction = () => [
  { title: "Meting invullen – LEERKR@CHT.NET" },
  { name: "robots", content: "noindex" },
];

/** One answer per browser: a cookie per survey marks that this browser has answered. */
const answeredCookie = (surveyId: number) => `gast-meting-${surveyId}`;

function answeredHere(request: Request, surveyId: number): boolean {
  const name = answeredCookie(surveyId);
  return (request.headers.get("Cookie") ?? "").split(";").some((part) => part.trim().startsWith(`${name}=`));
}

function markAnswered(surveyId: number, token: string): string {
  return `${answeredCookie(surveyId)}=1; Path=/enquete/gast/${token}; Max-Age=${60 * 60 * 24 * 400}; HttpOnly; SameSite=Lax${config.secureCookies ? "; Secure" : ""}`;
}

function load(token: string | undefined) {
  const survey = surveyByGuestToken(token ?? "");
  if (!survey) throw new Response("Niet gevonden", { status: 404 });
  return survey;
}

/** The guest link: for participants without an account. Their answers count but cannot be paired. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const survey = load(params.token);
  const network = getNetworkDetails(survey.networkId)!;
  const answered = answeredHere(request, survey.id);
  const open = !answered && surveyState(survey, new Date()) === "open";
  const full = open && guestLinkFull(survey);
  return {
    full,
    heading: `${PHASE_LABELS[survey.phase][0].toUpperCase()}${PHASE_LABELS[survey.phase].slice(1)}: ${network.title}`,
    answered,
    k: DEFAULT_K,
    open,
    submissionKey: randomUUID(),
    questions:
      open && !full
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

export async function action({ request, params }: ActionFunctionArgs) {
  const survey = load(params.token);
  if (answeredHere(request, survey.id))
    return data(
      { errors: {} as Record<string, string>, values: {} as FormValues, result: "already" as const },
      { status: 409 },
    );
  const values = formValues(await request.formData());
  const submissionKey =
    typeof values.submissionKey === "string" && /^[0-9a-f-]{36}$/.test(values.submissionKey)
      ? values.submissionKey
      : null;
  if (!submissionKey) throw new Response("Ongeldig verzoek", { status: 400 });
  const parsed = parseAnswers(survey.questions, values);
  if (!parsed.ok) return data({ errors: parsed.errors, values, result: null }, { status: 400 });
  const result = await whenWritable(() =>
    submitResponse(survey, { guestSubmissionKey: submissionKey }, parsed),
  );
  if (result === "closed" || result === "guests-full")
    return data({ errors: {} as Record<string, string>, values: {} as FormValues, result }, { status: 400 });
  return data(
    { errors: {} as Record<string, string>, values: {} as FormValues, result },
    { headers: { "Set-Cookie": markAnswered(survey.id, params.token!) } },
  );
}

export default function GuestSurveyPage() {
  const { heading, answered, full, k, open, submissionKey, questions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData?.result === "ok" || actionData?.result === "already" || answered) {
    return (
      <Card title="Bedankt!">
        <FormMessage tone="success">Je antwoorden zijn goed ontvangen.</FormMessage>
      </Card>
    );
  }
  if (full || actionData?.result === "guests-full") {
    return (
      <Card title={heading}>
        <FormMessage tone="info">
          Er kunnen geen gastantwoorden meer bij: er antwoordden al zoveel gasten als de begeleider er bij een
          bijeenkomst telde.
        </FormMessage>
      </Card>
    );
  }
  if (!open || actionData?.result === "closed") {
    return (
      <Card title={heading}>
        <FormMessage tone="info">Deze meting is (nu) niet open.</FormMessage>
      </Card>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="text-sm text-slate-700">
        Je vult deze meting in zonder account. Vragen met * zijn verplicht.
      </p>
      <PrivacyNotice k={k} guest />
      <SurveyForm
        questions={questions}
        errors={actionData?.errors ?? {}}
        values={actionData?.values ?? {}}
        submissionKey={submissionKey}
      />
    </div>
  );
}
