import { describe, expect, it } from "vitest";
import {
  brusselsLocalToDate,
  dateToBrusselsLocal,
  schoolYearLabel,
  schoolYearOf,
  schoolYearsLabel,
  schoolYearRange,
} from "./time";

describe("brusselsLocalToDate", () => {
  it.each([
    ["2025-10-14T13:30", "2025-10-14T11:30:00.000Z"], // summer time, UTC+2
    ["2026-01-15T09:00", "2026-01-15T08:00:00.000Z"], // winter time, UTC+1
    ["2026-03-29T12:00", "2026-03-29T10:00:00.000Z"], // the day summer time starts
    ["2025-10-26T12:00", "2025-10-26T11:00:00.000Z"], // the day it ends
  ])("%s → %s", (local, iso) => {
    expect(brusselsLocalToDate(local)?.toISOString()).toBe(iso);
  });

  it.each(["2025-02-30T10:00", "2025-10-14T25:00", "14/10/2025 13:30", "", "2025-10-14"])(
    "rejects %j",
    (input) => {
      expect(brusselsLocalToDate(input)).toBeNull();
    },
  );

  it("round-trips through the datetime-local value", () => {
    expect(dateToBrusselsLocal(brusselsLocalToDate("2026-05-20T19:00")!)).toBe("2026-05-20T19:00");
  });
});

describe("school years", () => {
  it.each([
    ["2025-09-01T00:00", 2025],
    ["2025-08-31T23:59", 2024],
    ["2026-06-30T12:00", 2025],
  ])("%s belongs to %i", (local, year) => {
    expect(schoolYearOf(brusselsLocalToDate(local)!)).toBe(year);
  });

  it("labels and bounds a school year", () => {
    expect(schoolYearLabel(2025)).toBe("2025-2026");
    expect(schoolYearsLabel(2025, 2025)).toBe("2025-2026");
    expect(schoolYearsLabel(2024, 2025)).toBe("2024-2025 en 2025-2026");
    const range = schoolYearRange(2025, 2026);
    expect(dateToBrusselsLocal(range.start)).toBe("2025-09-01T00:00");
    expect(dateToBrusselsLocal(range.end)).toBe("2027-09-01T00:00");
  });
});
