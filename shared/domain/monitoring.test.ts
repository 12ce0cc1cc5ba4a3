import { describe, expect, it } from "vitest";
import { nl } from "../i18n/nl";
import { currentValues, findMeasurementProblems, formatValue, parseDutchNumber, progressTowardTarget, trendOf, valueOfQuarter, type MeasurementFacts } from "./monitoring";

const at = (day: number) => new Date(Date.UTC(2025, 0, day));
const m = (id: string, quarter: string, value: number | null, day: number, replacesId: string | null = null): MeasurementFacts => ({ id, quarter, value, replacesId, recordedAt: at(day) });

describe("currentValues", () => {
  it("gives each quarter's value, oldest quarter first, and skips stories without a value", () => {
    const values = currentValues([m("b", "2025-Q2", 140, 5), m("a", "2025-Q1", 120, 1), m("s", "2025-Q2", null, 6)]);
    expect(values.map((v) => [v.quarter, v.value])).toEqual([
      ["2025-Q1", 120],
      ["2025-Q2", 140],
    ]);
  });

  it("takes a correction's value instead of the value it replaces, and marks it", () => {
    const values = currentValues([m("a", "2025-Q1", 120, 1), m("c", "2025-Q1", 102, 9, "a")]);
    expect(values).toEqual([{ quarter: "2025-Q1", value: 102, measurementId: "c", corrected: true }]);
    expect(valueOfQuarter([m("a", "2025-Q1", 120, 1), m("c", "2025-Q1", 102, 9, "a")], "2025-Q1")?.measurementId).toBe("c");
    expect(valueOfQuarter([m("a", "2025-Q1", 120, 1)], "2025-Q2")).toBeUndefined();
  });

  it("follows a correction of a correction", () => {
    const values = currentValues([m("a", "2025-Q1", 1, 1), m("b", "2025-Q1", 2, 2, "a"), m("c", "2025-Q1", 3, 3, "b")]);
    expect(values.map((v) => v.value)).toEqual([3]);
  });
});

describe("trendOf", () => {
  const values = (...numbers: number[]) => currentValues(numbers.map((value, i) => m(`m${i}`, `2025-Q${i + 1}`, value, i + 1)));

  it("calls a rise better when higher is better, and worse when lower is better", () => {
    expect(trendOf(values(10, 12), "up")).toBe("better");
    expect(trendOf(values(10, 12), "down")).toBe("worse");
    expect(trendOf(values(12, 10), "down")).toBe("better");
    expect(trendOf(values(12, 12), "up")).toBe("same");
  });

  it("compares only the last two values, and says nothing about a single one", () => {
    expect(trendOf(values(1, 50, 40), "up")).toBe("worse");
    expect(trendOf(values(7), "up")).toBeUndefined();
  });
});

describe("progressTowardTarget", () => {
  const values = (...numbers: number[]) => currentValues(numbers.map((value, i) => m(`m${i}`, `2024-Q${i + 1}`, value, i + 1)));

  it("measures from the first value to the target", () => {
    const progress = progressTowardTarget(values(100, 150), 200, "up");
    expect(progress?.share).toBe(0.5);
    expect(progress?.reached).toBe(false);
    expect(progressTowardTarget(values(12, 9), 6, "down")?.share).toBe(0.5);
  });

  it("is reached at or past the target in the good direction, and never shows more than all the way", () => {
    expect(progressTowardTarget(values(100, 250), 200, "up")).toMatchObject({ reached: true, share: 1 });
    expect(progressTowardTarget(values(12, 5), 6, "down")).toMatchObject({ reached: true, share: 1 });
    expect(progressTowardTarget(values(100, 80), 200, "up")).toMatchObject({ reached: false, share: 0 });
  });

  it("has nothing to say without a target or a value", () => {
    expect(progressTowardTarget(values(1, 2), null, "up")).toBeUndefined();
    expect(progressTowardTarget([], 5, "up")).toBeUndefined();
  });
});

describe("parseDutchNumber and formatValue", () => {
  it("reads numbers the way people type them in Dutch", () => {
    expect(parseDutchNumber("12,5")).toBe(12.5);
    expect(parseDutchNumber("1.200")).toBe(1200);
    expect(parseDutchNumber("1.200,75")).toBe(1200.75);
    expect(parseDutchNumber(" 12.5 ")).toBe(12.5);
    expect(parseDutchNumber("-3")).toBe(-3);
    expect(parseDutchNumber("twaalf")).toBeNull();
    expect(parseDutchNumber("1,2,3")).toBeNull();
    expect(parseDutchNumber("")).toBeNull();
  });

  it("writes them back in Dutch with their unit", () => {
    expect(formatValue(1200.75, "")).toBe("1.200,75");
    expect(formatValue(12.5, "%")).toBe("12,5%");
    expect(formatValue(6, "weken")).toBe("6 weken");
  });
});

describe("findMeasurementProblems", () => {
  const draft = { quarter: "2025-Q2", value: "412", story: "", source: "" };
  const now = "2025-Q3" as const;

  it("accepts a value, a story or both for a quarter that has begun", () => {
    expect(findMeasurementProblems(draft, now)).toEqual([]);
    expect(findMeasurementProblems({ ...draft, value: "", story: "Huisartsen verwijzen vaker door." }, now)).toEqual([]);
    expect(findMeasurementProblems({ ...draft, quarter: "2025-Q3" }, now)).toEqual([]);
  });

  it("asks for a quarter that has begun, a number, and a value or a story", () => {
    const t = nl.monitoring;
    expect(findMeasurementProblems({ ...draft, quarter: "ooit" }, now)).toEqual([{ field: "quarter", message: t.quarterInvalid }]);
    expect(findMeasurementProblems({ ...draft, quarter: "2025-Q4" }, now)).toEqual([{ field: "quarter", message: t.quarterInFuture }]);
    expect(findMeasurementProblems({ ...draft, value: "veel" }, now)).toEqual([{ field: "value", message: t.valueNotANumber }]);
    expect(findMeasurementProblems({ ...draft, value: " " }, now)).toEqual([{ field: "value", message: t.valueOrStoryRequired }]);
    expect(findMeasurementProblems({ ...draft, story: "x".repeat(2001) }, now)).toEqual([{ field: "story", message: t.storyTooLong(2000) }]);
  });
});
