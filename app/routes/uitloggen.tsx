import { redirect, type ActionFunctionArgs } from "react-router";
import { getAuth, setAuthCookie } from "~/auth/guards.server";
import { blankSessionCookie, invalidateAuthSession } from "~/auth/lucia.server";
import { logSecurityEvent } from "~/http/security-log";

/** Logging out is a POST (a GET link could be triggered by any page); the session row is deleted. */
export async function action(args: ActionFunctionArgs) {
  const { user, authSessionId } = await getAuth(args);
  if (authSessionId) await invalidateAuthSession(authSessionId);
  if (user) logSecurityEvent("logout", { user: user.id, ip: args.context.clientIp });
  setAuthCookie(args.context, blankSessionCookie());
  throw redirect("/");
}

export function loader() {
  throw redirect("/");
}
