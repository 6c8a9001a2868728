import { describe, expect, it } from "vitest";
import { areaScores, DIGCOMP_AREAS, DIGCOMP_COMPETENCES, strongestAreas } from "./digcompedu";

describe("DigCompEdu", () => {
  it("has 22 competences in 6 areas", () => {
    expect(DIGCOMP_AREAS).toHaveLength(6);
    expect(DIGCOMP_COMPETENCES).toHaveLength(22);
  });

  it("averages per area and finds the strongest", () => {
    const levels = [1, 1, 1, 1, 5, 5, 4, 2, 2, 2, 2, 3, 3, 3, 1, 1, 1, 6, 6, 6, 6, 4];
    expect(areaScores(levels).map((s) => Number(s.mean.toFixed(2)))).toEqual([1, 4.67, 2, 3, 1, 5.6]);
    expect(strongestAreas(levels)).toEqual(["Digitale competentie van leerlingen"]);
  });
});
