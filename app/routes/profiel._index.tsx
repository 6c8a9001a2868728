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
import { changePassword } from "~/auth/accounts.server";
import { blankSessionCookie, invalidateAllAuthSessions } from "~/auth/lucia.server";
import { logSecurityEvent } from "~/http/security-log";
import { deleteAccount } from "~/auth/personal-data.server";
import { getAuth, requireUser, setAuthCookie } from "~/auth/guards.server";
import { ROLE_LABELS } from "~/auth/roles";
import { getProfile } from "~/auth/users.server";
import { PASSWORD_MIN_LENGTH } from "~/auth/password-rules";
import { passwordChangeSchema } from "~/auth/validation";
import { Field, FormMessage, SubmitButton } from "~/components/forms";
import { parseForm } from "~/http/form";

export const meta: MetaFunction = () => [{ title: "Mijn profiel – LEERKR@CHT.NET" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { profile: getProfile(user.id) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const { authSessionId } = await getAuth(args);
  const formData = await args.request.formData();
  if (formData.get("intent") === "overal-afmelden") {
    // Every device, this one included: for a lost phone or a shared computer.
    await invalidateAllAuthSessions(user.id);
    logSecurityEvent("logout.everywhere", { user: user.id, ip: args.context.clientIp });
    setAuthCookie(args.context, blankSessionCookie());
    throw redirect("/inloggen?afgemeld=1");
  }
  if (formData.get("intent") === "verwijderen") {
    const result = await deleteAccount(user.id, String(formData.get("deletePassword") ?? "").slice(0, 256));
    if (result === "wrong-password")
      return data(
        { errors: { deletePassword: "Je wachtwoord klopt niet." } as Record<string, string>, changed: false },
        { status: 400 },
      );
    if (result === "sole-facilitator")
      return data(
        {
          errors: {
            deletePassword:
              "Je bent de enige begeleider van een netwerk. Vraag een beheerder eerst een andere begeleider toe te wijzen.",
          } as Record<string, string>,
          changed: false,
        },
        { status: 400 },
      );
    logSecurityEvent("account.deleted", { user: user.id, ip: args.context.clientIp });
    setAuthCookie(args.context, blankSessionCookie());
    throw redirect("/?verwijderd=1");
  }
  const form = parseForm(passwordChangeSchema, formData);
  if (!form.success) return data({ errors: form.errors, changed: false }, { status: 400 });
  const changed = await changePassword(
    user.id,
    authSessionId!,
    form.data.currentPassword,
    form.data.password,
  );
  if (!changed)
    return data(
      {
        errors: { currentPassword: "Je huidige wachtwoord klopt niet." } as Record<string, string>,
        changed: false,
      },
      { status: 400 },
    );
  return { errors: {} as Record<string, string>, changed: true };
}

export default function ProfilePage() {
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const errors = actionData?.errors ?? {};
  return (
    <div className="space-y-6">
      <section aria-labelledby="profiel" className="rounded-lg bg-white p-6 shadow-sm">
        <h1 id="profiel" className="text-2xl font-bold">
          Mijn profiel
        </h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Naam</dt>
          <dd>{profile.name}</dd>
          <dt className="font-medium">E-mailadres</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium">Rol</dt>
          <dd>{ROLE_LABELS[profile.role]}</dd>
          <dt className="font-medium">Functie</dt>
          <dd>
            {profile.jobFunction === "andere" && profile.jobFunctionOther
              ? profile.jobFunctionOther
              : profile.jobFunction}
          </dd>
          <dt className="font-medium">Instelling</dt>
          <dd>{profile.institution ? `${profile.institution} (${profile.institutionCity})` : "–"}</dd>
        </dl>
      </section>
      <section aria-labelledby="wachtwoord" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="wachtwoord" className="text-xl font-bold">
          Wachtwoord wijzigen
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          Na het wijzigen word je op al je andere toestellen afgemeld.
        </p>
        {actionData?.changed ? (
          <FormMessage tone="success">
            Je wachtwoord is gewijzigd. Je andere toestellen zijn afgemeld.
          </FormMessage>
        ) : null}
        <Form method="post" noValidate className="max-w-md">
          <Field
            label="Huidig wachtwoord"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={errors.currentPassword}
          />
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
          <SubmitButton disabled={submitting}>Wachtwoord wijzigen</SubmitButton>
        </Form>
      </section>
      <section aria-labelledby="toestellen" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="toestellen" className="text-xl font-bold">
          Afmelden op alle toestellen
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          Ben je je gsm kwijt of meldde je je aan op een gedeelde computer? Hiermee word je overal afgemeld,
          ook hier.
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="overal-afmelden" />
          <button
            type="submit"
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Overal afmelden
          </button>
        </Form>
      </section>
      <section aria-labelledby="gegevens" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="gegevens" className="text-xl font-bold">
          Mijn gegevens
        </h2>
        <p className="mt-1">
          <a href="/profiel/digicoach" className="text-brand-700 underline">
            Mijn digicoachprofiel (digicoach, ICT-coördinator of digigangmaker)
          </a>
        </p>
        <p className="mt-1">
          <a href="/profiel/gegevens.json" className="text-brand-700 underline" download>
            Download alles wat het portaal over jou bewaart (JSON)
          </a>
        </p>
        <h3 className="mt-4 font-semibold">Account verwijderen</h3>
        <p className="mb-2 text-sm text-slate-700">
          Je naam, e-mailadres en wachtwoord worden gewist. Je inschrijvingen en aanwezigheden blijven anoniem
          bewaard voor de bereikcijfers; je anonieme antwoorden op metingen blijven ook.
        </p>
        <Form method="post" noValidate className="max-w-md">
          <input type="hidden" name="intent" value="verwijderen" />
          <Field
            label="Bevestig met je wachtwoord"
            name="deletePassword"
            type="password"
            autoComplete="current-password"
            error={errors.deletePassword}
          />
          <button
            type="submit"
            className="rounded border border-red-800 px-4 py-2 font-semibold text-red-800"
          >
            Mijn account verwijderen
          </button>
        </Form>
      </section>
    </div>
  );
}
