import { areaScores, PROFICIENCY_LEVELS } from "~/digicoaches/digcompedu";

/** Mean level per DigCompEdu area as horizontal bars (1 = A1 … 6 = C2); the values are also in text. */
export function CoachAreaChart({ levels, label }: { levels: number[]; label: string }) {
  const scores = areaScores(levels);
  return (
    <figure className="mt-2">
      <svg
        viewBox="0 0 300 128"
        className="w-full max-w-md"
        role="img"
        aria-label={`${label}: ${scores.map((s) => `${s.area} ${s.mean.toFixed(1).replace(".", ",")}`).join("; ")}`}
      >
        {scores.map((s, i) => (
          <rect key={s.area} x={0} y={i * 21 + 2} width={(s.mean / 6) * 300} height={16} fill="#0b5a8a" />
        ))}
      </svg>
      <figcaption className="text-sm">
        <ul>
          {scores.map((s) => (
            <li key={s.area}>
              {s.area}: {s.mean.toFixed(1).replace(".", ",")} ({PROFICIENCY_LEVELS[Math.round(s.mean) - 1]})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
