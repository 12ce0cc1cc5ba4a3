/**
 * Monitoring (Regioplan chapter 7): what a series of measurements says. Pure and isomorphic:
 * the dashboard, the services and the tests read values, trends and progress the same way.
 *
 * A measurement has a value (hard data), a story (soft data) or both. Measurements are never
 * changed: a correction is a new measurement that names the one it replaces, so the value of
 * a quarter is the one no other measurement replaces.
 */
import { nl } from "../i18n/nl";
import { compareQuarters, isQuarter, isQuarterAfter, type Quarter } from "./quarter";

export const indicatorKinds = ["process", "output", "outcome"] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** "up": a higher value is better (users of Welzijn op Recept); "down": lower is better (waiting time). */
export const indicatorDirections = ["up", "down"] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

export const storyMaxLength = 2000;
export const sourceMaxLength = 300;

export interface MeasurementFacts {
  id: string;
  quarter: string;
  value: number | null;
  replacesId: string | null;
  recordedAt: Date;
}

export interface QuarterValue {
  quarter: Quarter;
  value: number;
  /** The measurement that holds it (a correction names this one). */
  measurementId: string;
  /** Whether it corrects an earlier value. */
  corrected: boolean;
}

/** The value of each quarter that has one, oldest quarter first. */
export function currentValues(measurements: readonly MeasurementFacts[]): QuarterValue[] {
  const replaced = new Set(measurements.flatMap((m) => (m.replacesId ? [m.replacesId] : [])));
  const byQuarter = new Map<Quarter, MeasurementFacts>();
  for (const m of measurements) {
    if (m.value === null || replaced.has(m.id) || !isQuarter(m.quarter)) continue;
    const held = byQuarter.get(m.quarter);
    // Two unreplaced values in one quarter cannot be made through the services; the newest wins.
    if (!held || m.recordedAt > held.recordedAt) byQuarter.set(m.quarter, m);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => compareQuarters(a, b))
    .map(([quarter, m]) => ({ quarter, value: m.value!, measurementId: m.id, corrected: m.replacesId !== null }));
}

/** The value a new value for this quarter would replace, if the quarter has one. */
export function valueOfQuarter(measurements: readonly MeasurementFacts[], quarter: Quarter): QuarterValue | undefined {
  return currentValues(measurements).find((v) => v.quarter === quarter);
}

export type Trend = "better" | "worse" | "same";

/** How the last value compares with the one before it; undefined with fewer than two values. */
export function trendOf(values: readonly QuarterValue[], direction: IndicatorDirection): Trend | undefined {
  const [before, last] = values.slice(-2);
  if (!before || !last) return undefined;
  if (last.value === before.value) return "same";
  return last.value > before.value === (direction === "up") ? "better" : "worse";
}

export interface Progress {
  start: QuarterValue;
  latest: QuarterValue;
  /** Whether the latest value meets the target (at or past it, in the good direction). */
  reached: boolean;
  /** How far from the first value to the target the latest value is, 0..1; undefined when start and target are equal. */
  share: number | undefined;
}

/** Progress from the first value towards the target; undefined without a target or a value. */
export function progressTowardTarget(values: readonly QuarterValue[], target: number | null, direction: IndicatorDirection): Progress | undefined {
  const [start, latest] = [values[0], values[values.length - 1]];
  if (target === null || !start || !latest) return undefined;
  const reached = direction === "up" ? latest.value >= target : latest.value <= target;
  const distance = target - start.value;
  const share = distance === 0 ? undefined : Math.min(1, Math.max(0, (latest.value - start.value) / distance));
  return { start, latest, reached, share };
}

/**
 * A number as a person types it in Dutch: "12,5", "1.200", "1.200,75", "-3" or "12.5".
 * Dots before groups of three digits are thousands separators; otherwise a lone dot is a
 * decimal point. Null when it is not a number.
 */
export function parseDutchNumber(input: string): number | null {
  const text = input.trim().replace(/\s/g, "");
  if (text === "") return null;
  let normal: string;
  if (text.includes(",")) normal = text.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) normal = text.replace(/\./g, "");
  else normal = text;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

const numberFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** "1.200", "12,5 %" -> "12,5%", "4 weken". */
export function formatValue(value: number, unit: string): string {
  const number = numberFormat.format(value);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

export interface MeasurementDraft {
  /** Stored form ("2025-Q2"), or what was typed when it is not one. */
  quarter: string;
  /** What the person typed in the value field ("" for none). */
  value: string;
  story: string;
  source: string;
}

export interface MeasurementProblem {
  field: "quarter" | "value" | "story" | "source";
  message: string;
}

/**
 * What must be fixed before a measurement can be saved: a quarter that has begun, a value
 * that is a number, and at least a value or a story.
 */
export function findMeasurementProblems(draft: MeasurementDraft, currentQuarter: Quarter): MeasurementProblem[] {
  const t = nl.monitoring;
  const problems: MeasurementProblem[] = [];
  if (!isQuarter(draft.quarter)) problems.push({ field: "quarter", message: t.quarterInvalid });
  else if (isQuarterAfter(draft.quarter, currentQuarter)) problems.push({ field: "quarter", message: t.quarterInFuture });
  const hasValue = draft.value.trim() !== "";
  if (hasValue && parseDutchNumber(draft.value) === null) problems.push({ field: "value", message: t.valueNotANumber });
  if (!hasValue && draft.story.trim() === "") problems.push({ field: "value", message: t.valueOrStoryRequired });
  if (draft.story.trim().length > storyMaxLength) problems.push({ field: "story", message: t.storyTooLong(storyMaxLength) });
  if (draft.source.trim().length > sourceMaxLength) problems.push({ field: "source", message: t.sourceTooLong(sourceMaxLength) });
  return problems;
}
