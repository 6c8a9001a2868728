import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  type MetaFunction,
  useActionData,
  useLoaderData,
} from "react-router";
import { z } from "zod";
import { Field, FormMessage, SubmitButton } from "~/components/forms";
import { formatSessionTime } from "~/text/format";
import { multiple, parseForm, type FieldErrors, type FormValues } from "~/http/form";
import { requireNetworkManager } from "~/networks/access.server";
import {
  checkInCodeFor,
  postSurveySealed,
  saveAttendance,
  sessionRoster,
} from "~/registrations/attendance.server";
import {
  ATTENDANCE_NOT_STARTED,
  MAX_GUEST_COUNT,
  attendanceOpen,
  guestCountSchema,
} from "~/registrations/attendance-rules";
import { checkInOpen } from "~/registrations/rules";
import { findSession } from "~/networks/sessions.server";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [{ title: "Aanwezigheid – LEERKR@CHT.NET" }];

async function load(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  const sessionId = z.coerce.number().int().positive().safeParse(args.params.sessionId);
  const session = sessionId.success ? findSession(network.id, sessionId.data) : null;
  if (!session) throw new Response("Niet gevonden", { status: 404 });
  return { network, session };
}

export async function loader(args: LoaderFunctionArgs) {
  const { network, session } = await load(args);
  const now = new Date();
  const open = checkInOpen(session, now);
  return {
    network: { slug: network.slug, title: network.title },
    session,
    started: attendanceOpen(session, now),
    sealed: postSurveySealed(network.id),
    roster: sessionRoster(session.id),
    // The code appears only while checking in is possible, so it cannot leak beforehand.
    checkInCode: open ? checkInCodeFor(session.id) : null,
  };
}

// The intent marks a real submit of this form: a bare POST must not mark everyone absent.
// A request without guestCount leaves the stored headcount as it is.
const attendanceSchema = z.object({
  intent: z.literal("aanwezigheid"),
  present: multiple(z.string().min(1).max(100)),
  guestCount: guestCountSchema,
});

type ActionData = { saved: boolean; errors: FieldErrors; values: FormValues | null };

export async function action(args: ActionFunctionArgs) {
  const { session } = await load(args);
  const form = parseForm(attendanceSchema, await args.request.formData());
  // Only the headcount is typed by a person; anything else wrong is not a submit of this form.
  if (!form.success && (form.errors.intent || form.errors.present))
    throw new Response("Ongeldig verzoek", { status: 400 });
  if (!form.success)
    return data<ActionData>({ saved: false, errors: form.errors, values: form.values }, { status: 400 });
  const result = saveAttendance(session.id, form.data.present, { guestCount: form.data.guestCount });
  // Refused as a whole and nothing saved; the message says why.
  if (!result.ok)
    return data<ActionData>({ saved: false, errors: { form: result.error }, values: null }, { status: 409 });
  return data<ActionData>({ saved: true, errors: {}, values: null });
}

function submittedList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export default function AttendancePage() {
  const { network, session, started, sealed, roster, checkInCode } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? {};
  const values = actionData?.values ?? null;
  const isPresent = (person: RosterRow) =>
    values ? submittedList(values.present).includes(person.userId) : (person.present ?? false);
  const guestCount = typeof values?.guestCount === "string" ? values.guestCount : String(session.guestCount);
  return (
    <div className="space-y-6">
      <p>
        <AppLink to={`/netwerken/${network.slug}/bijeenkomsten`} className="text-brand-700 underline">
          Terug naar de bijeenkomsten
        </AppLink>
      </p>
      <h1 className="text-3xl font-bold">Aanwezigheid</h1>
      <p>
        {network.title}: {session.title ?? session.kind},{" "}
        {formatSessionTime(session.startsAt, session.endsAt)}
      </p>
      <ErrorSummary errors={errors} />
      {actionData?.saved ? <FormMessage tone="success">De aanwezigheid is opgeslagen.</FormMessage> : null}
      {checkInCode ? (
        <section aria-labelledby="code" className="rounded-lg bg-brand-800 p-6 text-center text-white">
          <h2 id="code" className="text-lg">
            Toon deze code in de zaal. Deelnemers checken in via /inchecken
          </h2>
          <p className="mt-2 font-mono text-5xl font-bold tracking-widest" data-testid="check-in-code">
            {checkInCode}
          </p>
        </section>
      ) : (
        <p className="text-sm text-slate-700">
          De code om zelf in te checken verschijnt hier vanaf een half uur voor het begin tot een half uur na
          het einde.
        </p>
      )}
      {sealed ? (
        <FormMessage tone="info">
          De resultaten van de nameting zijn gepubliceerd. Wie als aanwezig meetelt en het aantal gasten
          liggen vast; je kan enkel nog wijzigingen bewaren die daar niets aan veranderen.
        </FormMessage>
      ) : null}
      {started ? (
        <AttendanceForm
          roster={roster}
          isPresent={isPresent}
          guestCount={guestCount}
          guestCountError={errors.guestCount}
        />
      ) : (
        <NotStartedList roster={roster} guestCount={session.guestCount} />
      )}
    </div>
  );
}

type RosterRow = ReturnType<typeof sessionRoster>[number];

/** A refusal of the whole change, or each field's message linked to its field. */
function ErrorSummary({ errors }: { errors: FieldErrors }) {
  if (errors.form) return <FormMessage tone="error">{errors.form}</FormMessage>;
  const fields = Object.entries(errors);
  if (fields.length === 0) return null;
  return (
    <FormMessage tone="error">
      <p>Controleer de gemarkeerde velden:</p>
      <ul className="mt-1 list-disc pl-5">
        {fields.map(([name, message]) => (
          <li key={name}>
            <a href={`#veld-${name}`} className="underline">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </FormMessage>
  );
}

function PersonLabel({ person }: { person: RosterRow }) {
  return (
    <span>
      {person.name}{" "}
      <span className="text-sm text-slate-700">
        ({person.institution ?? "–"})
        {person.method === "check-in" && person.present ? ", zelf ingecheckt" : ""}
      </span>
    </span>
  );
}

function AttendanceForm({
  roster,
  isPresent,
  guestCount,
  guestCountError,
}: {
  roster: RosterRow[];
  isPresent: (person: RosterRow) => boolean;
  guestCount: string;
  guestCountError?: string;
}) {
  return (
    <Form method="post" noValidate className="rounded-lg bg-white p-6 shadow-sm">
      <input type="hidden" name="intent" value="aanwezigheid" />
      <fieldset className="mb-4">
        <legend className="text-xl font-bold">Deelnemers ({roster.length})</legend>
        {roster.length === 0 ? <p className="mt-2">Er zijn geen ingeschreven deelnemers.</p> : null}
        <ul className="mt-2 divide-y divide-slate-200">
          {roster.map((person) => (
            <li key={person.userId}>
              <label className="flex items-center gap-3 py-2">
                <input
                  type="checkbox"
                  name="present"
                  value={person.userId}
                  defaultChecked={isPresent(person)}
                  className="h-5 w-5"
                />
                <PersonLabel person={person} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field
        label="Aantal gasten zonder account"
        name="guestCount"
        type="number"
        min={0}
        max={MAX_GUEST_COUNT}
        step={1}
        inputMode="numeric"
        required
        defaultValue={guestCount}
        error={guestCountError}
        hint="Wie aanwezig was zonder account in het portaal. Het hoogste aantal gasten van de bijeenkomsten begrenst hoeveel antwoorden de gastlink van de nameting aanvaardt."
      />
      <SubmitButton>Aanwezigheid opslaan</SubmitButton>
    </Form>
  );
}

/** Before the start there is nothing to record yet: the list shows who is expected (and who already checked in). */
function NotStartedList({ roster, guestCount }: { roster: RosterRow[]; guestCount: number }) {
  return (
    <section aria-labelledby="deelnemers" className="rounded-lg bg-white p-6 shadow-sm">
      <h2 id="deelnemers" className="text-xl font-bold">
        Deelnemers ({roster.length})
      </h2>
      <FormMessage tone="info">{ATTENDANCE_NOT_STARTED}</FormMessage>
      {roster.length === 0 ? <p className="mt-2">Er zijn geen ingeschreven deelnemers.</p> : null}
      <ul className="mt-2 divide-y divide-slate-200">
        {roster.map((person) => (
          <li key={person.userId} className="py-2">
            <PersonLabel person={person} />
            {person.present ? <span className="ml-1 font-medium">– aanwezig</span> : null}
          </li>
        ))}
      </ul>
      {guestCount > 0 ? <p className="mt-2">Aantal gasten zonder account: {guestCount}</p> : null}
    </section>
  );
}
