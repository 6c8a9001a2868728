import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getAuth, setAuthCookie } from "~/auth/guards.server";
import { blankSessionCookie, invalidateAuthSession } from "~/auth/lucia.server";

/** Logging out is a POST (a GET link could be triggered by any page); the session row is deleted. */
export async function action(args: ActionFunctionArgs) {
  const { authSessionId } = await getAuth(args);
  if (authSessionId) await invalidateAuthSession(authSessionId);
  setAuthCookie(args.context, blankSessionCookie());
  throw redirect("/");
}

export function loader() {
  throw redirect("/");
}
