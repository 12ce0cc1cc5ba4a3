import { describe, expect, it } from "vitest";
import {
  type Quarter,
  addQuarters,
  compareQuarters,
  formatQuarter,
  isQuarter,
  isQuarterAfter,
  listQuarters,
  parseQuarter,
  quarterEnd,
  quarterOf,
  quarterStart,
} from "./quarter";

describe("parseQuarter", () => {
  it("reads the stored form and what people type", () => {
    expect(parseQuarter("2024-Q2")).toBe("2024-Q2");
    expect(parseQuarter("Q2 2024")).toBe("2024-Q2");
    expect(parseQuarter("q2 2024")).toBe("2024-Q2");
    expect(parseQuarter("  Q4   2031 ")).toBe("2031-Q4");
    expect(parseQuarter(" 2024-q1 ")).toBe("2024-Q1");
  });

  it("accepts the years 2000 up to and including 2100", () => {
    expect(parseQuarter("Q1 2000")).toBe("2000-Q1");
    expect(parseQuarter("2100-Q4")).toBe("2100-Q4");
    expect(parseQuarter("1999-Q4")).toBeNull();
    expect(parseQuarter("Q1 2101")).toBeNull();
  });

  it("refuses anything that is not a quarter", () => {
    for (const input of ["", "   ", "2024", "Q2", "2024-Q5", "Q0 2024", "2024Q2", "Q22024", "24-Q2", "Q2 24", "Q2 2024 extra", "2024-Q2-Q3", "twee"]) {
      expect(parseQuarter(input), input).toBeNull();
    }
  });

  it("gives back what formatQuarter shows", () => {
    for (const q of ["2024-Q1", "2025-Q4", "2100-Q2"] as Quarter[]) {
      expect(parseQuarter(formatQuarter(q))).toBe(q);
    }
  });
});

describe("isQuarter", () => {
  it("accepts only the stored form", () => {
    expect(isQuarter("2024-Q2")).toBe(true);
    expect(isQuarter("Q2 2024")).toBe(false);
    expect(isQuarter("2024-q2")).toBe(false);
    expect(isQuarter("1999-Q1")).toBe(false);
    expect(isQuarter(null)).toBe(false);
    expect(isQuarter(20242)).toBe(false);
  });
});

describe("formatQuarter", () => {
  it("shows a quarter the way people write it", () => {
    expect(formatQuarter("2024-Q2")).toBe("Q2 2024");
    expect(formatQuarter("2030-Q4")).toBe("Q4 2030");
  });
});

describe("comparing quarters", () => {
  it("sorts quarters in time order", () => {
    const quarters: Quarter[] = ["2025-Q1", "2024-Q4", "2024-Q2", "2026-Q3", "2024-Q3"];
    expect([...quarters].sort(compareQuarters)).toEqual(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2026-Q3"]);
    expect(compareQuarters("2024-Q2", "2024-Q2")).toBe(0);
  });

  it("says a quarter is after another only when it is strictly later", () => {
    expect(isQuarterAfter("2025-Q1", "2024-Q4")).toBe(true);
    expect(isQuarterAfter("2024-Q4", "2025-Q1")).toBe(false);
    expect(isQuarterAfter("2024-Q2", "2024-Q2")).toBe(false);
  });

  it("throws on a malformed quarter instead of guessing", () => {
    expect(() => compareQuarters("Q2 2024" as Quarter, "2024-Q2")).toThrow();
  });
});

describe("quarterOf", () => {
  it("uses UTC, whatever the time zone of the moment was written in", () => {
    // 31 March 23:30 in UTC-2 is already 1 April in UTC.
    expect(quarterOf(new Date("2024-03-31T23:30:00-02:00"))).toBe("2024-Q2");
    // 1 April 00:30 in Amsterdam summer time is still 31 March in UTC.
    expect(quarterOf(new Date("2024-04-01T00:30:00+02:00"))).toBe("2024-Q1");
  });

  it("puts the first and last moment of a year in Q1 and Q4", () => {
    expect(quarterOf(new Date("2025-01-01T00:00:00.000Z"))).toBe("2025-Q1");
    expect(quarterOf(new Date("2025-12-31T23:59:59.999Z"))).toBe("2025-Q4");
    expect(quarterOf(new Date("2025-07-01T00:00:00.000Z"))).toBe("2025-Q3");
  });

  it("refuses an invalid date", () => {
    expect(() => quarterOf(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("quarter start and end", () => {
  it("ends a quarter at its last millisecond in UTC", () => {
    expect(quarterEnd("2024-Q1").toISOString()).toBe("2024-03-31T23:59:59.999Z");
    expect(quarterEnd("2024-Q2").toISOString()).toBe("2024-06-30T23:59:59.999Z");
    expect(quarterEnd("2024-Q4").toISOString()).toBe("2024-12-31T23:59:59.999Z");
    expect(quarterStart("2024-Q3").toISOString()).toBe("2024-07-01T00:00:00.000Z");
  });

  it("leaves no gap: one millisecond after the end is the next quarter", () => {
    for (const q of listQuarters("2023-Q3", "2025-Q2")) {
      const end = quarterEnd(q);
      expect(quarterOf(end)).toBe(q);
      expect(quarterOf(new Date(end.getTime() + 1))).toBe(addQuarters(q, 1));
      expect(quarterStart(addQuarters(q, 1)).getTime()).toBe(end.getTime() + 1);
    }
  });
});

describe("listQuarters and addQuarters", () => {
  it("lists every quarter from the first to the last, both included, across years", () => {
    expect(listQuarters("2024-Q3", "2025-Q2")).toEqual(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]);
    expect(listQuarters("2024-Q2", "2024-Q2")).toEqual(["2024-Q2"]);
    expect(listQuarters("2025-Q1", "2024-Q4")).toEqual([]);
  });

  it("moves forwards and backwards across year boundaries", () => {
    expect(addQuarters("2024-Q4", 1)).toBe("2025-Q1");
    expect(addQuarters("2024-Q1", -1)).toBe("2023-Q4");
    expect(addQuarters("2024-Q2", 10)).toBe("2026-Q4");
    expect(addQuarters("2024-Q2", 0)).toBe("2024-Q2");
  });

  it("refuses to leave the supported years or to move by part of a quarter", () => {
    expect(() => addQuarters("2100-Q4", 1)).toThrow(RangeError);
    expect(() => addQuarters("2000-Q1", -1)).toThrow(RangeError);
    expect(() => addQuarters("2024-Q1", 0.5)).toThrow(RangeError);
  });
});
