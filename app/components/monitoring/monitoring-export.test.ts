import { describe, expect, it } from "vitest";
import { nl } from "../../../shared/i18n/nl";
import type { IndicatorView } from "./IndicatorCard";
import { measurementsToRows } from "./monitoring-export";

const t = nl.monitoring.csv;
const measurement = (id: string, quarter: string, value: number | null, extra: Partial<IndicatorView["measurements"][number]> = {}) => ({
  id,
  quarter,
  value,
  story: "",
  source: "",
  recorded_at: new Date(Date.UTC(2025, 6, 1, 22, 30)),
  recorder_name: "Bram Begeleider",
  replaces_id: null,
  current: true,
  ...extra,
});

const indicator = {
  id: "i1",
  version: 1,
  slug: "welzijn",
  kind: "output",
  name: "Gebruikers van Welzijn op Recept",
  description: "",
  unit: "inwoners",
  direction: "up" as const,
  target: null,
  target_quarter: null,
  source: "",
  working_group_id: null,
  foundation_id: null,
  group_name: null,
  group_slug: null,
  foundation_name: null,
  foundation_slug: null,
  values: [],
  trend: undefined,
  progress: undefined,
  measurements: [
    measurement("c", "2025-Q2", 1200.5, { replaces_id: "a" }),
    measurement("s", "2025-Q2", null, { story: "Meer verwijzingen; vooral in Lelystad." }),
    measurement("a", "2025-Q2", 1100, { current: false }),
  ],
};

describe("measurementsToRows", () => {
  it("gives a header and one row per measurement with its state, in Dutch spreadsheet numbers", () => {
    const [header, ...rows] = measurementsToRows([indicator]);
    expect(header).toEqual([t.kind, t.indicator, t.quarter, t.value, t.unit, t.state, t.story, t.source, t.by, t.recordedAt]);
    expect(rows.map((row) => [row[2], row[3], row[5]])).toEqual([
      ["Q2 2025", "1200,5", t.correction],
      ["Q2 2025", "", t.storyOnly],
      ["Q2 2025", "1100", t.replaced],
    ]);
    expect(rows[0]!.slice(0, 2)).toEqual([nl.monitoring.kinds.output, "Gebruikers van Welzijn op Recept"]);
    expect(rows[1]![6]).toBe("Meer verwijzingen; vooral in Lelystad.");
  });

  it("has only the header when nothing is measured yet", () => {
    expect(measurementsToRows([{ ...indicator, measurements: [] }])).toHaveLength(1);
  });
});
