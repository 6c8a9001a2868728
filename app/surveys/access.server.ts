import type { AppLoadContext } from "react-router";
import { z } from "zod";
import { requireNetworkManager } from "~/networks/access.server";
import { getSurvey } from "./surveys.server";

/** A survey of a network the user manages; anything else is 404 (or 403 from the network check). */
export async function requireManagedSurvey(args: {
  request: Request;
  context: AppLoadContext;
  params: Record<string, string | undefined>;
}) {
  const { user, network } = await requireNetworkManager(args, args.params.slug);
  const id = z.coerce.number().int().positive().safeParse(args.params.surveyId);
  const survey = id.success ? getSurvey(id.data) : null;
  if (!survey || survey.networkId !== network.id) throw new Response("Niet gevonden", { status: 404 });
  return { user, network, survey };
}
