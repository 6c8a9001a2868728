import type { MetaFunction } from "react-router";
import { Card } from "~/components/forms";

export const meta: MetaFunction = () => [{ title: "Controleer je mailbox – LEERKR@CHT.NET" }];

export default function RegistrationSentPage() {
  return (
    <Card title="Controleer je mailbox">
      <p>
        We stuurden een e-mail naar het adres dat je opgaf. Klik op de link in die e-mail om je e-mailadres te
        bevestigen; daarna kan je je aanmelden.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Geen e-mail gekregen? Kijk in je map met ongewenste e-mail of probeer het over enkele minuten opnieuw.
      </p>
    </Card>
  );
}
