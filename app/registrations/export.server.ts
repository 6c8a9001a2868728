import type { Cell } from "~/exports/spreadsheet";
import { formatDateTime } from "~/text/format";
import { listParticipants } from "./participants.server";

const STATUS = { registered: "ingeschreven", offered: "aanbod", waitlisted: "wachtlijst" } as Record<
  string,
  string
>;

/** The participant list as rows: one column per intake question and per session's attendance. */
export function participantRows(networkId: number): Cell[][] {
  const { questions, sessions, participants } = listParticipants(networkId);
  const header = [
    "Naam",
    "E-mailadres",
    "Instelling",
    "Functie",
    "Status",
    "Ingeschreven op",
    ...questions.map((q) => q.question),
    ...sessions.map((s) => `Aanwezig ${formatDateTime(s.startsAt)}`),
  ];
  const rows = participants.map((p) => [
    p.name,
    p.email,
    p.institution ?? "",
    p.jobFunction === "andere" && p.jobFunctionOther ? p.jobFunctionOther : p.jobFunction,
    p.status === "waitlisted" ? `wachtlijst ${p.waitlistPosition}` : STATUS[p.status],
    p.createdAt,
    ...questions.map((q) => p.answers[q.id] ?? ""),
    ...sessions.map((s) => (s.id in p.attended ? (p.attended[s.id] ? "ja" : "nee") : "")),
  ]);
  return [header, ...rows];
}
