import { describe, expect, it } from "vitest";
import { dateInNetherlands, formatCalendarDate, formatDay, formatDutchDateTime, formatMoment } from "./dutch-time";

describe("Dutch dates", () => {
  it("puts a moment on the day it is in the Netherlands, summer and winter time alike", () => {
    expect(formatDay("2025-06-30T22:30:00Z")).toBe("1 juli 2025");
    expect(formatDay(new Date("2025-12-31T22:59:00Z"))).toBe("31 december 2025");
    expect(dateInNetherlands(new Date("2025-12-31T23:00:00Z"))).toBe("2026-01-01");
  });

  it("writes a calendar date without shifting it, and leaves what is no date alone", () => {
    expect(formatCalendarDate("2025-03-31")).toBe("31 maart 2025");
    expect(formatCalendarDate("binnenkort")).toBe("binnenkort");
  });

  it("gives the time in Dutch time, to the minute or to the second", () => {
    expect(formatDutchDateTime("2025-03-03T13:05:09Z")).toBe("3 mrt 2025, 14:05");
    expect(formatMoment("2025-07-03T13:05:09Z")).toBe("3 jul 2025, 15:05:09");
  });
});
