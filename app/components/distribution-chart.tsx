const COLORS = ["#b91c1c", "#ea580c", "#a3a3a3", "#15803d", "#14532d"];

/**
 * The bars of a 1–5 distribution on a 0–100 axis, rounded to hundredths (finer than a pixel of
 * the 160-pixel chart); empty answers get no bar. The last bar ends at exactly 100.
 */
export function barSegments(distribution: number[]): Array<{ x: number; width: number; color: string }> {
  const total = distribution.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const round = (value: number) => Math.round(value * 100) / 100;
  let counted = 0;
  const segments: Array<{ x: number; width: number; color: string }> = [];
  distribution.forEach((n, i) => {
    const x = round((counted / total) * 100);
    counted += n;
    if (n > 0) segments.push({ x, width: round((counted / total) * 100 - x), color: COLORS[i] });
  });
  return segments;
}

/** A small horizontal bar chart of a 1–5 distribution; the numbers are in the table beside it. */
export function DistributionChart({ distribution, label }: { distribution: number[]; label: string }) {
  return (
    <svg
      viewBox="0 0 100 8"
      className="h-4 w-40"
      role="img"
      aria-label={`${label}: ${distribution.map((n, i) => `${i + 1}: ${n}`).join(", ")}`}
    >
      {barSegments(distribution).map(({ x, width, color }) => (
        <rect key={color} x={x} width={width} height={8} fill={color} />
      ))}
    </svg>
  );
}
