/** A small horizontal bar chart of a 1–5 distribution; the numbers are in the table beside it. */
export function DistributionChart({ distribution, label }: { distribution: number[]; label: string }) {
  const total = distribution.reduce((a, b) => a + b, 0) || 1;
  const colors = ["#b91c1c", "#ea580c", "#a3a3a3", "#15803d", "#14532d"];
  let x = 0;
  return (
    <svg viewBox="0 0 100 8" className="h-4 w-40" role="img" aria-label={`${label}: ${distribution.map((n, i) => `${i + 1}: ${n}`).join(", ")}`}>
      {distribution.map((n, i) => {
        const width = (n / total) * 100;
        const rect = <rect key={i} x={x} y={0} width={width} height={8} fill={colors[i]} />;
        x += width;
        return rect;
      })}
    </svg>
  );
}
