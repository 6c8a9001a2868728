import type { Role } from "#db/schema";

export const ROLE_LABELS: Record<Role, string> = {
  participant: "deelnemer",
  facilitator: "begeleider",
  admin: "beheerder",
};
