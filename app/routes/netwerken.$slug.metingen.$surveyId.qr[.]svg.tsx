import type { LoaderFunctionArgs } from "react-router";
import { renderSVG } from "uqr";
import { config } from "~/config.server";
import { requireManagedSurvey } from "~/surveys/access.server";

export async function loader(args: LoaderFunctionArgs) {
  const { survey } = await requireManagedSurvey(args);
  return new Response(renderSVG(`${config.appOrigin}/enquete/${survey.id}`, { border: 2 }), {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "private, no-store" },
  });
}
