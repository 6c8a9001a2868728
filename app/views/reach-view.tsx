import { CORE_TASK_LABELS } from "~/networks/core-tasks";
import type { coreTasksAndImpulses } from "#db/schema/networks";
import type { reachReport } from "~/reports/reach.server";
import { formatPercent } from "~/reports/stats";
import { ScrollBox } from "~/components/scroll-box";

/**
 * The goals of one kerntaak or beleidsimpuls with their reach and duiding: the same for every
 * beheerder, so rendered once per change of the data (reachGoalsHtml). The duiding forms are plain
 * forms; the page's action answers them with the page itself. Its elements are styled by the
 * `reach-goal` rules in tailwind.css, not each by its own utility classes (see there).
 */
export function ReachGoalsView({
  current,
  goals,
}: {
  current: (typeof coreTasksAndImpulses)[number] | null;
  goals: ReturnType<typeof reachReport>;
}) {
  return (
    <div className="space-y-6">
      {current ? <h2 className="text-2xl font-bold">{CORE_TASK_LABELS[current]}</h2> : null}
      {goals.map((goal) => (
        <section
          key={goal.id}
          aria-labelledby={`od-${goal.id}`}
          className="reach-goal"
          data-testid="reach-goal"
        >
          <h3 id={`od-${goal.id}`}>
            {goal.code} <span>({goal.planPeriod})</span>
          </h3>
          <p>{goal.wording}</p>
          {goal.cells.length ? (
            // On a phone the table scrolls inside its own box (keyboard: it takes focus), not the page.
            <ScrollBox className="mt-2">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Niveau</th>
                    <th scope="col">Streefcijfer</th>
                    <th scope="col">Bereikt</th>
                    <th scope="col">% van streefcijfer</th>
                  </tr>
                </thead>
                <tbody>
                  {goal.cells.map((cell) => (
                    <tr key={cell.level}>
                      <th scope="row">{cell.level}</th>
                      <td>{cell.target ?? "–"}</td>
                      <td>{cell.reached}</td>
                      <td>{formatPercent(cell.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p className="mt-1">Geen streefcijfer en nog geen bereik.</p>
          )}
          <form method="post">
            <input type="hidden" name="operationalGoalId" value={goal.id} />
            <label htmlFor={`duiding-${goal.id}`}>Duiding</label>
            <textarea id={`duiding-${goal.id}`} name="note" rows={2} defaultValue={goal.note} />
            <button type="submit">
              Duiding opslaan<span className="sr-only"> voor {goal.code}</span>
            </button>
          </form>
        </section>
      ))}
    </div>
  );
}
