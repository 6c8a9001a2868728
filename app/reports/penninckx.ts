/** Required response rates by participant count (Penninckx, brief §2.8). */
const TABLE: Array<[participants: number, rate: number]> = [
  [5, 0.8],
  [10, 0.6],
  [20, 0.5],
  [50, 0.4],
  [100, 0.3],
];

/** The largest tabulated count not above `attended` decides; below 5 → 80 %, 100 and above → 30 %. */
export function requiredResponseRate(attended: number): number {
  let rate = TABLE[0][1];
  for (const [participants, required] of TABLE) if (attended >= participants) rate = required;
  return rate;
}

export interface ResponseVerdict {
  respondents: number;
  responseRate: number | null;
  requiredRate: number;
  sufficient: boolean;
}

export function responseVerdict(respondents: number, attended: number): ResponseVerdict {
  const responseRate = attended > 0 ? respondents / attended : null;
  const requiredRate = requiredResponseRate(attended);
  return {
    respondents,
    responseRate,
    requiredRate,
    sufficient: responseRate !== null && responseRate >= requiredRate - 1e-12,
  };
}
