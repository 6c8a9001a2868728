import { CORE_TASK_LABELS } from "~/networks/core-tasks";
import type { coreTasksAndImpulses } from "#db/schema/networks";
import type { reachReport } from "./reach.server";
import { formatPercent } from "./stats";

/**
 * The goals of one kerntaak or beleidsimpuls with their reach and duiding: the same for every
 * beheerder, so rendered once per change of the data (reachGoalsHtml). The duiding forms are plain
 * forms; the page's action answers them with the page itself.
 */
export function ReachGoalsView({ current, goals }: { current: (typeof coreTasksAndImpulses)[number] | null; goals: ReturnType<typeof reachReport> }) {
  return (
    <div className="space-y-6">
      {current ? <h2 className="text-2xl font-bold">{CORE_TASK_LABELS[current]}</h2> : null}
      {goals.map((goal) => (
        <section key={goal.id} aria-labelledby={`od-${goal.id}`} className="rounded-lg bg-white p-4 shadow-sm sm:p-6" data-testid="reach-goal">
          <h3 id={`od-${goal.id}`} className="text-lg font-bold">{goal.code} <span className="text-sm font-normal text-slate-700">({goal.planPeriod})</span></h3>
          <p className="text-sm">{goal.wording}</p>
          {goal.cells.length ? (
            <table className="mt-2 text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-4">Niveau</th>
                  <th scope="col" className="py-1 pr-4">Streefcijfer</th>
                  <th scope="col" className="py-1 pr-4">Bereikt</th>
                  <th scope="col" className="py-1 pr-4">% van streefcijfer</th>
                </tr>
              </thead>
              <tbody>
                {goal.cells.map((cell) => (
                  <tr key={cell.level} className="border-b border-slate-200">
                    <th scope="row" className="py-1 pr-4 font-normal">{cell.level}</th>
                    <td className="py-1 pr-4">{cell.target ?? "–"}</td>
                    <td className="py-1 pr-4">{cell.reached}</td>
                    <td className="py-1 pr-4">{formatPercent(cell.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : <p className="mt-1 text-sm">Geen streefcijfer en nog geen bereik.</p>}
          <form method="post" className="mt-3">
            <input type="hidden" name="operationalGoalId" value={goal.id} />
            <label htmlFor={`duiding-${goal.id}`} className="block text-sm font-medium">Duiding</label>
            <textarea id={`duiding-${goal.id}`} name="note" rows={2} defaultValue={goal.note} className="mt-1 w-full rounded border border-slate-500 px-2 py-1 text-sm" />
            <button type="submit" className="mt-1 rounded border border-brand-700 px-3 py-1 text-sm text-brand-800">Duiding opslaan<span className="sr-only"> voor {goal.code}</span></button>
          </form>
        </section>
      ))}
    </div>
  );
}
