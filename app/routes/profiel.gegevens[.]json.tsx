import type { LoaderFunctionArgs } from "react-router";
import { requireUser } from "~/auth/guards.server";
import { personalData } from "~/auth/personal-data.server";

/** "Mijn gegevens": everything the portal holds about the logged-in person, as a JSON download. */
export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return new Response(JSON.stringify(personalData(user.id), null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-gegevens.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
