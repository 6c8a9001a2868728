/**
 * Who may send each form of the catalogue (tests/support/forms.ts), for the per-intent part of
 * the authorization matrix: tests/e2e/security-authorization-matrix.spec.ts builds each form's
 * real, valid submission with `arrange()`, sends it with the cookie of every role that may not
 * use it, and checks the refusal and that nothing was written; then the owner sends it and it
 * has its effect (so the refusals were about the sender, not about the body).
 *
 * Roles: the six of the route matrix (tests/support/authorization-matrix.ts), with "deelnemer"
 * a member of the network the form belongs to, plus a digicoach (a teacher with a coach profile,
 * outside the network). The expected status of a refused role comes from the route matrix when
 * the route itself turns that role away (302 to the login page, 403, 404); where the route lets
 * the role in and the intent or the domain code refuses it, `refusedBy` says how.
 *
 * `allowed` lists the roles that may send the form. For forms that act on the sender's own
 * account (profile, password, own enrolment, a message signed by the sender) every logged-in
 * role is allowed: sending someone else's valid body only acts on yourself, so the refusal to
 * check is the anonymous one. Forms whose URL or token is the credential (a capability) are
 * listed with the reason and are not walked.
 */
import type Database from "better-sqlite3";
import type { Role as MatrixRole } from "./authorization-matrix";
import type { Submission } from "./forms";

export const FORM_ROLES = [
  "anonymous",
  "deelnemer",
  "other deelnemer",
  "digicoach",
  "begeleider",
  "other begeleider",
  "beheerder",
] as const;
export type FormRole = (typeof FORM_ROLES)[number];

/** The column of the route matrix a form role reads its route-level status from. */
export const MATRIX_COLUMN: Record<FormRole, MatrixRole> = {
  anonymous: "anonymous",
  deelnemer: "deelnemer",
  "other deelnemer": "other deelnemer",
  digicoach: "other deelnemer",
  begeleider: "begeleider",
  "other begeleider": "other begeleider",
  beheerder: "beheerder",
};

export type FormGuard =
  | { capability: string }
  | { allowed: FormRole[]; refusedBy?: Partial<Record<FormRole, number>>; why?: string };

const SIGNED_IN: FormRole[] = FORM_ROLES.filter((r) => r !== "anonymous");
const MANAGERS: FormGuard = { allowed: ["begeleider", "beheerder"] };
const ADMIN: FormGuard = { allowed: ["beheerder"] };
const ANONYMOUS_ONLY: FormGuard = { allowed: ["anonymous"] };
const OWN_ACCOUNT: FormGuard = { allowed: SIGNED_IN, why: "acts on the sender's own account" };
/** The body names something of one person (a registration, a team request): everyone else gets the domain's Dutch "does not exist". */
const OWNER_ONLY = (status: number): FormGuard => ({
  allowed: [],
  refusedBy: Object.fromEntries(SIGNED_IN.map((r) => [r, status])),
  why: "the id in the body belongs to one person",
});

export const FORM_GUARDS: Record<string, FormGuard> = {
  "beheer.doelstellingen#-": ADMIN,
  "beheer.gebruikers#-": ADMIN,
  "beheer.metingen#labels": ADMIN,
  "beheer.metingen#-": ADMIN,
  "digicoaches.$id#-": {
    allowed: SIGNED_IN,
    why: "anyone logged in may write to a coach; the message is signed with the sender's own name",
  },
  "enquete.$surveyId#-": {
    allowed: ["deelnemer"],
    refusedBy: {
      "other deelnemer": 400,
      digicoach: 400,
      begeleider: 400,
      "other begeleider": 400,
      beheerder: 400,
    },
    why: "a member answers as themselves; anyone else is told the survey is not for them",
  },
  "enquete.gast.$token#-": {
    capability: "the guest link is the credential: whoever holds it may answer, logged in or not",
  },
  "inchecken#-": {
    allowed: ["deelnemer"],
    refusedBy: {
      "other deelnemer": 400,
      digicoach: 400,
      begeleider: 400,
      "other begeleider": 400,
      beheerder: 400,
    },
    why: "a member checks themselves in; the code does not check in anyone who is not on the session's roster",
  },
  "inloggen#-": ANONYMOUS_ONLY,
  "materialen.$id._index#bekeken": {
    allowed: ["deelnemer", "begeleider", "beheerder"],
    why: "everyone who may see the material counts a view",
  },
  "materialen.$id._index#verwijderen": {
    allowed: ["begeleider", "beheerder"],
    refusedBy: { deelnemer: 403 },
  },
  "materialen.$id.bewerken#-": MANAGERS,
  "mijn-netwerken#nieuwe-agendalink": OWN_ACCOUNT,
  "netwerken.$slug._index#inschrijven": OWN_ACCOUNT,
  "netwerken.$slug._index#uitschrijven": OWNER_ONLY(400),
  "netwerken.$slug._index#aanbod-aanvaarden": OWNER_ONLY(400),
  "netwerken.$slug._index#aanbod-weigeren": OWNER_ONLY(400),
  "netwerken.$slug.aanwezigheid.$sessionId#aanwezigheid": MANAGERS,
  "netwerken.$slug.bewerken#status": MANAGERS,
  "netwerken.$slug.bewerken#begeleiders": {
    allowed: ["beheerder"],
    refusedBy: { begeleider: 403 },
    why: "only a beheerder assigns facilitators, not even the network's own",
  },
  "netwerken.$slug.bewerken#-": MANAGERS,
  "netwerken.$slug.bijeenkomsten#-": MANAGERS,
  "netwerken.$slug.bijeenkomsten#wijzigen": MANAGERS,
  "netwerken.$slug.bijeenkomsten#annuleren": MANAGERS,
  "netwerken.$slug.deelnemers#-": MANAGERS,
  "netwerken.$slug.materialen.nieuw#-": MANAGERS,
  "netwerken.$slug.metingen.$surveyId._index#toevoegen": MANAGERS,
  "netwerken.$slug.metingen.$surveyId._index#verwijderen": MANAGERS,
  "netwerken.$slug.metingen._index#aanmaken": MANAGERS,
  "netwerken.$slug.metingen._index#venster": MANAGERS,
  "netwerken.$slug.metingen._index#sluiten": MANAGERS,
  "netwerken.$slug.metingen._index#herinneren": MANAGERS,
  "netwerken.$slug.metingen._index#gastlink": MANAGERS,
  "netwerken.$slug.metingen.import#-": MANAGERS,
  "netwerken.$slug.metingen.import#koppelen": MANAGERS,
  "netwerken.nieuw#-": {
    allowed: ["begeleider", "other begeleider", "beheerder"],
    why: "every facilitator creates networks of their own",
  },
  "profiel._index#-": OWN_ACCOUNT,
  "profiel._index#overal-afmelden": OWN_ACCOUNT,
  "profiel._index#verwijderen": OWN_ACCOUNT,
  "profiel.digicoach#-": OWN_ACCOUNT,
  "profiel.digicoach#zelfevaluatie": OWN_ACCOUNT,
  "profiel.digicoach#team-vragen": OWN_ACCOUNT,
  "profiel.digicoach#team-antwoord": OWNER_ONLY(400),
  "profiel.digicoach#verwijderen": OWN_ACCOUNT,
  "rapporten.bereik#-": ADMIN,
  "registreren._index#-": ANONYMOUS_ONLY,
  "registreren.bevestigen#-": { capability: "the confirmation token from the e-mail is the credential" },
  "uitloggen#-": OWN_ACCOUNT,
  "wachtwoord-herstellen#-": { capability: "the reset token from the e-mail is the credential" },
  "wachtwoord-vergeten#-": ANONYMOUS_ONLY,
};

/** The network a submission belongs to (from its URL, or its session for a check-in), if any. */
export function networkOf(db: Database.Database, sub: Submission): number | null {
  const path = new URL(sub.path, "http://x").pathname;
  let match: RegExpExecArray | null;
  if ((match = /^\/netwerken\/([^/]+)/.exec(path)) && match[1] !== "nieuw")
    return (
      (db.prepare("select id from networks where slug = ?").pluck().get(match[1]) as number | undefined) ??
      null
    );
  if ((match = /^\/materialen\/(\d+)/.exec(path)))
    return (
      (db.prepare("select network_id from materials where id = ?").pluck().get(Number(match[1])) as
        number | null) ?? null
    );
  if ((match = /^\/enquete\/(\d+)/.exec(path)))
    return (
      (db.prepare("select network_id from surveys where id = ?").pluck().get(Number(match[1])) as
        number | undefined) ?? null
    );
  if (path === "/inchecken" && sub.ref.sessionId)
    return db
      .prepare("select network_id from network_sessions where id = ?")
      .pluck()
      .get(sub.ref.sessionId) as number;
  return null;
}
