import { isRouteErrorResponse, useRouteError } from "react-router";
import { AppLink } from "~/components/app-link";

const MESSAGES: Record<number, { title: string; text: string }> = {
  400: { title: "Ongeldig verzoek", text: "Het verzoek kon niet verwerkt worden." },
  403: { title: "Geen toegang", text: "Je hebt geen toegang tot deze pagina." },
  404: { title: "Pagina niet gevonden", text: "Deze pagina bestaat niet (meer). Controleer het adres." },
  405: { title: "Niet toegestaan", text: "Deze actie is hier niet toegestaan." },
};

export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = MESSAGES[status] ?? {
    title: "Er ging iets mis",
    text: "Er liep iets fout aan onze kant. Probeer het later opnieuw.",
  };
  if (status === 500) console.error(error);
  return (
    <section aria-labelledby="fout-titel" className="mx-auto max-w-xl rounded-lg bg-white p-6 shadow-sm">
      <h1 id="fout-titel" className="text-2xl font-bold">
        {message.title}
      </h1>
      <p className="mt-2">{message.text}</p>
      <p className="mt-4">
        <AppLink to="/" className="text-brand-700 underline">
          Terug naar de startpagina
        </AppLink>
      </p>
    </section>
  );
}
