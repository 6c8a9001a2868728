/**
 * Security events as one JSON line each on stdout (ASVS 16.3): who (user id or "anon"), what,
 * where (the path only: query strings can hold tokens) and from which IP. Never passwords,
 * session ids, e-mail addresses or survey content.
 */
export type SecurityEvent =
  | "login.ok"
  | "login.failed"
  | "login.throttled"
  | "logout"
  | "logout.everywhere"
  | "password.changed"
  | "password.reset"
  | "account.deleted"
  | "role.changed"
  | "access.denied"
  | "request.cross-origin-blocked";

export interface SecurityEventFields {
  user?: string | null;
  ip?: string;
  route?: string;
  status?: number;
}

export function securityLogLine(event: SecurityEvent, fields: SecurityEventFields, now = new Date()): string {
  return JSON.stringify({
    time: now.toISOString(),
    type: "security",
    event,
    user: fields.user ?? "anon",
    ...(fields.route === undefined ? {} : { route: fields.route.split("?")[0] }),
    ...(fields.status === undefined ? {} : { status: fields.status }),
    ...(fields.ip === undefined ? {} : { ip: fields.ip }),
  });
}

export function logSecurityEvent(event: SecurityEvent, fields: SecurityEventFields = {}): void {
  console.log(securityLogLine(event, fields));
}
