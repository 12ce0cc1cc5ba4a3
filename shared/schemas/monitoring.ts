import { indicatorDirections, indicatorKinds, sourceMaxLength } from "../domain/monitoring";
import { nl } from "../i18n/nl";
import { z } from "./zod-nl";

// Inputs of the monitoring services. Text is bounded here; whether a quarter has begun, a value
// is a number and a measurement says something is checked by shared/domain/monitoring.ts,
// which gives the precise Dutch message. Numbers arrive as typed ("12,5") or as numbers.

const uuid = z.string().uuid();
const typedNumber = z
  .union([z.number().finite(), z.string().trim().max(40)])
  .default("")
  .transform((value) => String(value));
const story = z.string().trim().max(5000).default("");
const source = z.string().trim().max(1000).default("");

export const recordMeasurementInput = z.object({
  indicatorId: uuid,
  /** "2025-Q2" or "Q2 2025". */
  quarter: z.string().trim().max(40),
  value: typedNumber,
  story,
  source,
});
export type RecordMeasurementInput = z.infer<typeof recordMeasurementInput>;

/** A correction names the value it replaces; the quarter is that value's quarter. */
export const correctMeasurementInput = z.object({ measurementId: uuid, value: typedNumber, story, source });

export const MAX_INDICATOR_NAME = 160;
export const MAX_INDICATOR_DESCRIPTION = 2000;
export const MAX_INDICATOR_UNIT = 40;

const indicatorFields = z.object({
  kind: z.enum(indicatorKinds),
  name: z.string().trim().min(1, nl.monitoring.nameRequired).max(MAX_INDICATOR_NAME, nl.monitoring.nameTooLong(MAX_INDICATOR_NAME)),
  description: z.string().trim().max(MAX_INDICATOR_DESCRIPTION, nl.monitoring.descriptionTooLong(MAX_INDICATOR_DESCRIPTION)).default(""),
  unit: z.string().trim().max(MAX_INDICATOR_UNIT, nl.monitoring.unitTooLong(MAX_INDICATOR_UNIT)).default(""),
  direction: z.enum(indicatorDirections).default("up"),
  target: typedNumber,
  targetQuarter: z.string().trim().max(40).default(""),
  source: z.string().trim().max(sourceMaxLength, nl.monitoring.sourceTooLong(sourceMaxLength)).default(""),
  workingGroupId: uuid.nullable().default(null),
  foundationId: uuid.nullable().default(null),
});
export type IndicatorFields = z.infer<typeof indicatorFields>;

const oneReporter = (input: IndicatorFields) => input.workingGroupId === null || input.foundationId === null;

/** A new indicator. It names at most one werkgroep or fundament that reports it. */
export const addIndicatorInput = indicatorFields.refine(oneReporter, { message: nl.validation.invalid, path: ["workingGroupId"] });

/** A change of every field; `version` is the one the person started from (a change made meanwhile is not overwritten). */
export const updateIndicatorInput = indicatorFields
  .extend({ indicatorId: uuid, version: z.coerce.number().int().min(1) })
  .refine(oneReporter, { message: nl.validation.invalid, path: ["workingGroupId"] });
