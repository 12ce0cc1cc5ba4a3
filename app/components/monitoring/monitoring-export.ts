import { dateInNetherlands } from "../../../shared/dutch-time";
import { formatQuarter, type Quarter } from "../../../shared/domain/quarter";
import { nl } from "../../../shared/i18n/nl";
import type { IndicatorView } from "./IndicatorCard";

const t = nl.monitoring.csv;

/** A number as a Dutch spreadsheet reads it: decimal comma, no thousands dots. */
const sheetNumber = new Intl.NumberFormat("nl-NL", { useGrouping: false, maximumFractionDigits: 6 });

/**
 * Every measurement of every indicator as rows for a spreadsheet, the indicators in the page's
 * order and each one's measurements newest first. A replaced value stays, marked, like on the page.
 */
export function measurementsToRows(indicators: ReadonlyArray<Omit<IndicatorView, "canRecord">>): string[][] {
  const header = [t.kind, t.indicator, t.quarter, t.value, t.unit, t.state, t.story, t.source, t.by, t.recordedAt];
  const rows = indicators.flatMap((indicator) =>
    indicator.measurements.map((m) => [
      nl.monitoring.kinds[indicator.kind as keyof typeof nl.monitoring.kinds] ?? indicator.kind,
      indicator.name,
      formatQuarter(m.quarter as Quarter),
      m.value === null ? "" : sheetNumber.format(m.value),
      indicator.unit,
      m.value === null ? t.storyOnly : !m.current ? t.replaced : m.replaces_id ? t.correction : t.valid,
      m.story,
      m.source,
      m.recorder_name ?? "",
      dateInNetherlands(new Date(m.recorded_at)),
    ]),
  );
  return [header, ...rows];
}
