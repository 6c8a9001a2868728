import { randomUUID } from "node:crypto";
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
import { coachAvailabilities, coachRoles, trainingStatuses } from "#db/schema/digicoaches";
import { educationLevels } from "#db/schema/institutions";
import { requireUser } from "~/auth/guards.server";
import {
  Checkbox,
  CheckboxGroup,
  Field,
  FormMessage,
  SelectField,
  SubmitButton,
  TextAreaField,
} from "~/components/forms";
import { DIGCOMP_AREAS, PROFICIENCY_LEVELS } from "~/digicoaches/digcompedu";
import {
  answerTeamRequest,
  deleteProfile,
  ownProfile,
  pendingTeamRequests,
  requestTeamLink,
  saveAssessment,
  saveProfile,
  teamCandidates,
  teamOf,
} from "~/digicoaches/profiles.server";
import { assessmentSchema, profileFormSchema, SUGGESTED_SPECIALISATIONS } from "~/digicoaches/validation";
import { formValues, parseForm } from "~/http/form";
import { formTokenFrom, once } from "~/http/idempotency.server";
import { institutionLabel, listInstitutionOptions, getInstitution } from "~/institutions/institutions.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Mijn digicoachprofiel – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const profile = ownProfile(user.id);
  const institution = profile?.institutionId ? getInstitution(profile.institutionId) : null;
  return {
    userId: user.id,
    profile,
    institutionLabel: institution ? institutionLabel(institution) : "",
    institutions: listInstitutionOptions(),
    team: teamOf(user.id),
    pending: pendingTeamRequests(user.id),
    candidates: teamCandidates(user.id),
    formToken: randomUUID(),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  const ok = (message: string) => ({ errors: {} as Record<string, string>, message });
  if (intent === "verwijderen") {
    deleteProfile(user.id);
    throw redirect("/profiel/digicoach");
  }
  if (intent === "zelfevaluatie") {
    const form = parseForm(assessmentSchema, formData);
    if (!form.success)
      return data(
        {
          errors: { assessment: "Kies voor elke competentie een niveau." } as Record<string, string>,
          message: null,
        },
        { status: 400 },
      );
    if (!ownProfile(user.id))
      return data(
        { errors: { assessment: "Maak eerst je profiel aan." } as Record<string, string>, message: null },
        { status: 400 },
      );
    const token = formTokenFrom(formData);
    if (token === "invalid")
      return data(
        {
          errors: { assessment: "Dit formulier is ongeldig; laad de pagina opnieuw." } as Record<
            string,
            string
          >,
          message: null,
        },
        { status: 400 },
      );
    // A repeated submit of the same form keeps one self-assessment, not two identical ones.
    once(user.id, token, () =>
      saveAssessment(
        user.id,
        Object.keys(form.data)
          .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
          .map((k) => (form.data as Record<string, number>)[k]),
      ),
    );
    return ok("Je zelfevaluatie is bewaard.");
  }
  if (intent === "team-vragen") {
    const colleague = String(formData.get("colleagueId") ?? "");
    return requestTeamLink(user.id, colleague)
      ? ok("Je vraag is verstuurd; je collega moet ze nog aanvaarden.")
      : data(
          {
            errors: { team: "Deze collega kan je niet aan je team toevoegen." } as Record<string, string>,
            message: null,
          },
          { status: 400 },
        );
  }
  if (intent === "team-antwoord") {
    if (
      !answerTeamRequest(user.id, String(formData.get("requesterId") ?? ""), formData.get("answer") === "ja")
    ) {
      return data(
        { errors: { team: "Dit teamverzoek bestaat niet (meer)." } as Record<string, string>, message: null },
        { status: 400 },
      );
    }
    return ok("Je antwoord is bewaard.");
  }
  const form = parseForm(profileFormSchema, formData);
  if (!form.success)
    return data({ errors: form.errors, message: null, values: formValues(formData) }, { status: 400 });
  const saved = saveProfile(user.id, form.data);
  if (!saved.ok)
    return data(
      {
        errors: { [saved.field]: saved.error } as Record<string, string>,
        message: null,
        values: formValues(formData),
      },
      { status: 400 },
    );
  return ok("Je profiel is opgeslagen.");
}

export default function CoachProfileEditPage() {
  const {
    userId,
    profile,
    institutionLabel: currentInstitution,
    institutions,
    team,
    pending,
    candidates,
    formToken,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? {};
  const specialisations = profile?.specialisations ?? [];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Mijn digicoachprofiel</h1>
      <p>
        Neem je een rol op als digicoach, ICT-coördinator of digigangmaker? Met een profiel vinden collega’s
        je terug en vorm je een team.
      </p>
      {actionData?.message ? <FormMessage tone="success">{actionData.message}</FormMessage> : null}
      {profile ? (
        <p>
          <AppLink to={`/digicoaches/${userId}`} className="text-brand-700 underline">
            Bekijk je profiel
          </AppLink>{" "}
          ({profile.visible ? "zichtbaar voor collega’s" : "verborgen"})
        </p>
      ) : null}
      <Form method="post" noValidate className="rounded-lg bg-white p-6 shadow-sm">
        <input type="hidden" name="intent" value="profiel" />
        <SelectField
          label="Rol"
          name="role"
          placeholder="Kies je rol"
          options={coachRoles.map((r) => ({ value: r, label: r }))}
          defaultValue={profile?.role}
          error={errors.role}
        />
        <Field
          label="School"
          name="institution"
          list="coach-instellingen"
          autoComplete="off"
          hint="Begin te typen en kies uit de lijst."
          defaultValue={currentInstitution}
          error={errors.institution}
        />
        <datalist id="coach-instellingen">
          {institutions.map((i) => (
            <option key={i.id} value={i.label} />
          ))}
        </datalist>
        <CheckboxGroup
          legend="Niveaus"
          name="levels"
          options={educationLevels.map((l) => ({ value: l, label: l }))}
          checked={profile?.levels ?? []}
          error={errors.levels}
        />
        <CheckboxGroup
          legend="Specialisaties"
          name="specialisations"
          options={SUGGESTED_SPECIALISATIONS.map((s) => ({ value: s, label: s }))}
          checked={specialisations}
        />
        <Field
          label="Eigen specialisaties (gescheiden door komma's)"
          name="extraSpecialisations"
          defaultValue={specialisations.filter((s) => !SUGGESTED_SPECIALISATIONS.includes(s)).join(", ")}
          error={errors.extraSpecialisations}
        />
        <TextAreaField
          label="Schoolspecifieke invulling"
          name="assignmentMarkdown"
          rows={5}
          hint="Wat doe jij als coach op jouw school? Markdown mag."
          defaultValue={profile?.assignmentMarkdown}
          error={errors.assignmentMarkdown}
        />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Field
            label="Tijd per week (uren)"
            name="hoursPerWeek"
            type="number"
            min={0}
            max={40}
            inputMode="numeric"
            defaultValue={profile?.hoursPerWeek ?? ""}
            error={errors.hoursPerWeek}
          />
          <SelectField
            label="Teach-the-teacheropleiding"
            name="trainingStatus"
            options={[
              { value: "", label: "nog niet" },
              ...trainingStatuses.map((s) => ({ value: s, label: s })),
            ]}
            defaultValue={profile?.trainingStatus ?? ""}
            error={errors.trainingStatus}
          />
          <Field
            label="Opleiding"
            name="trainingCourse"
            defaultValue={profile?.trainingCourse ?? ""}
            error={errors.trainingCourse}
          />
          <Field
            label="Datum opleiding"
            name="trainingDate"
            type="date"
            defaultValue={profile?.trainingDate ?? ""}
            error={errors.trainingDate}
          />
        </div>
        <Checkbox
          label="Mijn school heeft een ICT-beleidsplan"
          name="schoolHasIctPolicy"
          defaultChecked={profile?.schoolHasIctPolicy}
        />
        <CheckboxGroup
          legend="Beschikbaar voor collega’s"
          name="availability"
          options={coachAvailabilities.map((a) => ({ value: a, label: a }))}
          checked={profile?.availability ?? []}
        />
        <Checkbox
          label="Mijn profiel is zichtbaar voor andere gebruikers"
          name="visible"
          defaultChecked={profile?.visible ?? false}
          hint="Een verborgen profiel staat niet in de lijst en is voor anderen niet bereikbaar."
        />
        <SubmitButton>Profiel opslaan</SubmitButton>
      </Form>
      {profile ? (
        <>
          <Form method="post" className="rounded-lg bg-white p-6 shadow-sm">
            <input type="hidden" name="intent" value="zelfevaluatie" />
            <input type="hidden" name="formToken" value={formToken} />
            <h2 className="text-xl font-bold">DigCompEdu-zelfevaluatie</h2>
            <p className="text-sm text-slate-700">
              Schat per competentie je niveau in. Elke keer dat je dit invult, wordt bewaard: zo zie je je
              groei.
            </p>
            {errors.assessment ? <FormMessage tone="error">{errors.assessment}</FormMessage> : null}
            {DIGCOMP_AREAS.map((area, areaIndex) => (
              <fieldset key={area.area} className="mt-3">
                <legend className="font-semibold">{area.area}</legend>
                {area.competences.map((competence, i) => {
                  const index =
                    DIGCOMP_AREAS.slice(0, areaIndex).reduce((n, a) => n + a.competences.length, 0) + i;
                  return (
                    <div key={competence} className="mt-1 grid gap-1 sm:grid-cols-2 sm:items-center">
                      <label htmlFor={`c${index}`}>{competence}</label>
                      <select
                        id={`c${index}`}
                        name={`c${index}`}
                        defaultValue=""
                        data-competence
                        className="rounded border border-slate-500 px-2 py-1"
                      >
                        <option value="">Kies een niveau</option>
                        {PROFICIENCY_LEVELS.map((level, l) => (
                          <option key={level} value={l + 1}>
                            {level}
                          </option>
                        ))}
                      </select>
                    </div>
                  );
                })}
              </fieldset>
            ))}
            <div className="mt-4">
              <SubmitButton>Zelfevaluatie bewaren</SubmitButton>
            </div>
          </Form>
          <section aria-labelledby="team" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="team" className="text-xl font-bold">
              Team
            </h2>
            <p className="text-sm">
              {team.length ? `Je team: ${team.map((t) => t.name).join(", ")}` : "Je hebt nog geen team."}
            </p>
            {pending.map((p) => (
              <Form key={p.id} method="post" className="mt-2 flex flex-wrap items-center gap-2">
                <input type="hidden" name="intent" value="team-antwoord" />
                <input type="hidden" name="requesterId" value={p.id} />
                <span>{p.name} wil een team met je vormen.</span>
                <button name="answer" value="ja" className="rounded bg-brand-700 px-3 py-1 text-white">
                  Aanvaarden
                </button>
                <button
                  name="answer"
                  value="nee"
                  className="rounded border border-brand-700 px-3 py-1 text-brand-800"
                >
                  Weigeren
                </button>
              </Form>
            ))}
            {candidates.length ? (
              <Form method="post" className="mt-3 flex flex-wrap items-end gap-2">
                <input type="hidden" name="intent" value="team-vragen" />
                <div>
                  <label htmlFor="collega" className="block text-sm font-medium">
                    Collega van je school of scholengroep
                  </label>
                  <select
                    id="collega"
                    name="colleagueId"
                    className="mt-1 rounded border border-slate-500 px-2 py-1"
                  >
                    {candidates.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} ({c.school})
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
                  Vragen om een team te vormen
                </button>
              </Form>
            ) : null}
            {errors.team ? <FormMessage tone="error">{errors.team}</FormMessage> : null}
          </section>
          <Form method="post" className="rounded-lg bg-white p-6 shadow-sm">
            <input type="hidden" name="intent" value="verwijderen" />
            <h2 className="text-xl font-bold">Profiel verwijderen</h2>
            <p className="text-sm">Je profiel, zelfevaluaties en teamkoppelingen worden gewist.</p>
            <button type="submit" className="mt-2 rounded border border-red-800 px-3 py-1 text-red-800">
              Mijn digicoachprofiel verwijderen
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}
