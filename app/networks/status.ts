import type { NetworkStatus } from "#db/schema/networks";

/** The status changes a facilitator can make; "volzet" follows the seats by itself. */
export const STATUS_ACTIONS = {
  publiceren: { from: ["concept", "afgesloten"], to: "gepubliceerd", label: "Publiceren" },
  afsluiten: { from: ["gepubliceerd", "volzet"], to: "afgesloten", label: "Inschrijvingen afsluiten" },
  annuleren: {
    from: ["concept", "gepubliceerd", "volzet", "afgesloten"],
    to: "geannuleerd",
    label: "Netwerk annuleren",
  },
} as const satisfies Record<string, { from: readonly NetworkStatus[]; to: NetworkStatus; label: string }>;

export type StatusAction = keyof typeof STATUS_ACTIONS;

export function nextStatus(current: NetworkStatus, action: StatusAction): NetworkStatus | null {
  const rule = STATUS_ACTIONS[action];
  return (rule.from as readonly NetworkStatus[]).includes(current) ? rule.to : null;
}

export function availableActions(current: NetworkStatus): StatusAction[] {
  return (Object.keys(STATUS_ACTIONS) as StatusAction[]).filter(
    (action) => nextStatus(current, action) !== null,
  );
}

export const STATUS_LABELS: Record<NetworkStatus, string> = {
  concept: "concept",
  gepubliceerd: "open voor inschrijving",
  volzet: "volzet",
  afgesloten: "afgesloten",
  geannuleerd: "geannuleerd",
};
