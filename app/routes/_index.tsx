import { type LoaderFunctionArgs, type MetaFunction, useLoaderData, useSearchParams } from "react-router";
import { getOptionalUser } from "~/auth/guards.server";
import { ROLE_LABELS } from "~/auth/roles";
import { AppLink } from "~/components/app-link";

export const meta: MetaFunction = () => [
  { title: "LEERKR@CHT.NET – lerende netwerken voor leraren" },
  {
    name: "description",
    content:
      "Schrijf je in voor lerende netwerken, deel materialen en zie meteen wat professionalisering oplevert.",
  },
];

export async function loader(args: LoaderFunctionArgs) {
  return { user: await getOptionalUser(args) };
}

const ROLE_INTRO = {
  participant: "Zoek een lerend netwerk, schrijf je in en volg je bijeenkomsten onder Mijn netwerken.",
  facilitator:
    "Als begeleider beheer je je netwerken, bijeenkomsten, deelnemers en aanwezigheden onder Mijn netwerken.",
  admin:
    "Als beheerder beheer je gebruikers, rollen en operationele doelstellingen, en lees je de uitgaande e-mails.",
} as const;

export default function HomePage() {
  const { user } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  if (user) {
    return (
      <section aria-labelledby="welkom" className="rounded-lg bg-white p-6 shadow-sm">
        <h1 id="welkom" className="text-2xl font-bold">
          Dag {user.name}
        </h1>
        <p className="mt-1 text-slate-700">Je bent aangemeld als {ROLE_LABELS[user.role]}.</p>
        <p className="mt-4">{ROLE_INTRO[user.role]}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <AppLink
            to="/netwerken"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Lerende netwerken bekijken
          </AppLink>
          <AppLink
            to="/mijn-netwerken"
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Mijn netwerken
          </AppLink>
        </div>
      </section>
    );
  }
  return (
    <div className="space-y-8">
      {params.get("verwijderd") ? (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          Je account is verwijderd.
        </p>
      ) : null}
      <section aria-labelledby="titel" className="rounded-lg bg-white p-6 shadow-sm sm:p-10">
        <h1 id="titel" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Samen leren in lerende netwerken
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-800">
          LEERKR@CHT.NET brengt leraren, directies, zorgcoördinatoren en digicoaches samen in lerende
          netwerken. Schrijf je in voor bijeenkomsten, deel materialen met collega’s en zie meteen wat een
          traject oplevert.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <AppLink
            to="/registreren"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Account aanmaken
          </AppLink>
          <AppLink
            to="/inloggen"
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            Aanmelden
          </AppLink>
        </div>
      </section>
      <section aria-labelledby="wat" className="grid gap-4 sm:grid-cols-3">
        <h2 id="wat" className="sr-only">
          Wat je hier vindt
        </h2>
        {[
          [
            "Lerende netwerken",
            "Vind een netwerk voor jouw niveau en regio, schrijf je in en krijg de bijeenkomsten in je agenda.",
          ],
          [
            "Materialen",
            "Didactische wijzers, sjablonen en goede praktijken van collega’s, veilig gedeeld en makkelijk terug te vinden.",
          ],
          [
            "Effectmeting",
            "Voor- en nametingen volgens het EDBI-instrument, anoniem verwerkt en meteen beschikbaar als rapport.",
          ],
        ].map(([title, text]) => (
          <article key={title} className="rounded-lg bg-white p-5 shadow-sm">
            <h3 className="text-lg font-semibold">{title}</h3>
            <p className="mt-2 text-slate-800">{text}</p>
          </article>
        ))}
      </section>
    </div>
  );
}
