import { randomUUID } from "node:crypto";
import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
} from "react-router";
import { requireUser } from "~/auth/guards.server";
import { CoachAreaChart } from "~/components/coach-chart";
import { FormMessage, SubmitButton, TextAreaField } from "~/components/forms";
import { formatDateTime } from "~/text/format";
import { Markdown } from "~/components/markdown";
import { contactCoach, profileForViewer } from "~/digicoaches/profiles.server";
import { contactSchema } from "~/digicoaches/validation";
import { parseForm } from "~/http/form";
import { formTokenFrom, once } from "~/http/idempotency.server";
import { renderMarkdown } from "~/materials/markdown.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.name ?? "Digicoach"} – LEERKR@CHT.NET` },
];

async function load(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  // Hidden profiles answer 404, exactly like profiles that do not exist.
  const found = profileForViewer(args.params.id ?? "", user.id);
  if (!found) throw new Response("Niet gevonden", { status: 404 });
  return { user, found };
}

export async function loader(args: LoaderFunctionArgs) {
  const { user, found } = await load(args);
  const { profile, name, institution, assessments, networks, materials, team } = found;
  return {
    own: user.id === profile.userId,
    name,
    profile: { ...profile, assignmentHtml: renderMarkdown(profile.assignmentMarkdown) },
    institution: institution
      ? { name: institution.name, groupName: institution.groupName, region: institution.region }
      : null,
    assessments,
    networks,
    materials,
    team,
    formToken: randomUUID(),
  };
}

export async function action(args: ActionFunctionArgs) {
  const { user, found } = await load(args);
  const formData = await args.request.formData();
  const token = formTokenFrom(formData);
  if (token === "invalid")
    return data(
      { error: "Dit formulier is ongeldig; laad de pagina opnieuw.", sent: false },
      { status: 400 },
    );
  const form = parseForm(contactSchema, formData);
  if (!form.success) return data({ error: form.errors.message, sent: false }, { status: 400 });
  // A repeated submit of the same form does not send the message twice.
  once(user.id, token, () => contactCoach(user, found.profile.userId, form.data.message));
  return { error: null, sent: true };
}

export default function CoachProfilePage() {
  const { own, name, profile, institution, assessments, networks, materials, team, formToken } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [latest, ...earlier] = assessments;
  return (
    <article className="space-y-6">
      <header className="rounded-lg bg-white p-6 shadow-sm">
        <p className="text-sm text-slate-700">
          {profile.role}
          {profile.visible ? "" : " · verborgen profiel (enkel jij ziet het)"}
        </p>
        <h1 className="text-3xl font-bold">{name}</h1>
        {institution ? (
          <p>
            {institution.name}
            {institution.groupName ? ` · ${institution.groupName}` : ""} · {institution.region}
          </p>
        ) : null}
        <p className="mt-2 text-sm">
          Niveaus: {profile.levels.join(", ") || "–"} · Specialisaties:{" "}
          {profile.specialisations.join(", ") || "–"} · Beschikbaar voor:{" "}
          {profile.availability.join(", ") || "–"}
        </p>
        <p className="text-sm">
          Teach-the-teacher: {profile.trainingStatus ?? "nog niet"}
          {profile.trainingCourse
            ? ` (${profile.trainingCourse}${profile.trainingDate ? `, ${profile.trainingDate}` : ""})`
            : ""}{" "}
          · {profile.hoursPerWeek ?? "?"} uur per week · ICT-beleidsplan:{" "}
          {profile.schoolHasIctPolicy ? "ja" : "nee"}
        </p>
        {own ? (
          <AppLink to="/profiel/digicoach" className="mt-2 inline-block text-brand-700 underline">
            Profiel bewerken
          </AppLink>
        ) : null}
      </header>
      {profile.assignmentMarkdown ? (
        <section aria-labelledby="invulling" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="invulling" className="text-xl font-bold">
            Schoolspecifieke invulling
          </h2>
          <Markdown html={profile.assignmentHtml} />
        </section>
      ) : null}
      <section aria-labelledby="digcomp" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="digcomp" className="text-xl font-bold">
          DigCompEdu
        </h2>
        {latest ? (
          <>
            <p className="text-sm">Laatste zelfevaluatie: {formatDateTime(latest.takenAt)}</p>
            <CoachAreaChart levels={latest.levels} label="Gemiddeld niveau per domein" />
            {earlier.length ? (
              <details className="mt-3">
                <summary className="cursor-pointer text-brand-700 underline">
                  Eerdere zelfevaluaties ({earlier.length})
                </summary>
                {earlier.map((a) => (
                  <div key={a.id} className="mt-2">
                    <p className="text-sm font-medium">{formatDateTime(a.takenAt)}</p>
                    <CoachAreaChart
                      levels={a.levels}
                      label={`Zelfevaluatie van ${formatDateTime(a.takenAt)}`}
                    />
                  </div>
                ))}
              </details>
            ) : null}
          </>
        ) : (
          <p className="mt-1">Nog geen zelfevaluatie.</p>
        )}
      </section>
      <section aria-labelledby="netwerken" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="netwerken" className="text-xl font-bold">
          Netwerken, materialen en team
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {networks.map((n) => (
            <li key={n.slug}>
              <AppLink to={`/netwerken/${n.slug}`} className="text-brand-700 underline">
                {n.title}
              </AppLink>
            </li>
          ))}
          {materials.map((m) => (
            <li key={m.id}>
              <AppLink to={`/materialen/${m.id}`} className="text-brand-700 underline">
                {m.title}
              </AppLink>{" "}
              (gedeeld materiaal)
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm">Team: {team.length ? team.map((t) => t.name).join(", ") : "–"}</p>
      </section>
      {!own ? (
        <section aria-labelledby="contact" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="contact" className="text-xl font-bold">
            Contact opnemen
          </h2>
          {actionData?.sent ? (
            <FormMessage tone="success">Je bericht is verstuurd. {name} antwoordt je per e-mail.</FormMessage>
          ) : null}
          <Form method="post" noValidate className="mt-2">
            <input type="hidden" name="formToken" value={formToken} />
            <TextAreaField
              label="Je bericht"
              name="message"
              rows={4}
              hint="Je e-mailadres wordt meegestuurd zodat de coach kan antwoorden."
              error={actionData?.error ?? undefined}
            />
            <SubmitButton>Bericht versturen</SubmitButton>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
