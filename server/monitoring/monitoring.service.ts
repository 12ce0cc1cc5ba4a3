import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import {
  currentValues,
  findMeasurementProblems,
  formatValue,
  parseDutchNumber,
  progressTowardTarget,
  trendOf,
  valueOfQuarter,
  type MeasurementFacts,
  type MeasurementProblem,
} from "../../shared/domain/monitoring";
import { addQuarters, formatQuarter, isQuarter, parseQuarter, quarterOf, type Quarter } from "../../shared/domain/quarter";
import { abilitiesFor, can, type Resource } from "../../shared/permissions";
import { addIndicatorInput, correctMeasurementInput, recordMeasurementInput, updateIndicatorInput, type IndicatorFields } from "../../shared/schemas/monitoring";
import { slugify } from "../../shared/slug";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { listRegionFoundations, listRegionGroups } from "../dependencies/views.repository";
import { findFoundationInRegion, findGroupInRegion } from "../people/people.repository";
import * as repo from "./monitoring.repository";

// Monitoring (DOMAIN step 9, Regioplan chapter 7): public like the plan, so residents and
// professionals read the same dashboard. Measurements are appended and never changed; a
// correction names the value it replaces (see shared/domain/monitoring.ts).

type IndicatorOwner = { working_group_id: string | null; foundation_id: string | null };

/** The werkgroep or fundament that reports an indicator, as the policy reads it. */
function ownerOf(indicator: IndicatorOwner): Partial<Resource> {
  return { groupId: indicator.working_group_id ?? undefined, foundationId: indicator.foundation_id ?? undefined };
}

const toFacts = (rows: Array<{ id: string; quarter: string; value: number | null; replaces_id: string | null; recorded_at: Date }>): MeasurementFacts[] =>
  rows.map((r) => ({ id: r.id, quarter: r.quarter, value: r.value, replacesId: r.replaces_id, recordedAt: new Date(r.recorded_at) }));

/** Every indicator with its values, trend, progress and full history; the workspace's own process figures. */
export async function getMonitoring(ctx: ServiceContext) {
  requirePermission(ctx, "plan.read");
  const indicators = await repo.listIndicators(ctx.db, ctx.regionId);
  const abilities = abilitiesFor(ctx.actor, ["monitoring.configure"], { regionId: ctx.regionId });
  const [measurements, workspace, reporters] = await Promise.all([
    repo.listMeasurements(
      ctx.db,
      indicators.map((i) => i.id),
    ),
    repo.countWorkspaceProgress(ctx.db, ctx.regionId),
    abilities["monitoring.configure"] ? listReporters(ctx) : { groups: [], foundations: [] },
  ]);
  const byIndicator = new Map<string, typeof measurements>();
  for (const m of measurements) {
    const list = byIndicator.get(m.indicator_id);
    if (list) list.push(m);
    else byIndicator.set(m.indicator_id, [m]);
  }
  return {
    workspace,
    /** The quarter that ended last: the record form starts from it, as the Overzicht asks for it. */
    suggestedQuarter: addQuarters(quarterOf(ctx.now()), -1),
    indicators: indicators.map((indicator) => {
      const own = byIndicator.get(indicator.id) ?? [];
      const values = currentValues(toFacts(own));
      const current = new Set(values.map((v) => v.measurementId));
      return {
        ...indicator,
        values,
        trend: trendOf(values, indicator.direction),
        progress: progressTowardTarget(values, indicator.target, indicator.direction),
        measurements: own.map((m) => ({ ...m, current: current.has(m.id) })),
        canRecord: can(ctx.actor, "monitoring.record", { regionId: ctx.regionId, ...ownerOf(indicator) }),
      };
    }),
    /** Who may report a new indicator: only for those who may add one. */
    reporters,
    abilities,
  };
}

/** The werkgroepen and fundamenten that may report an indicator, for the projectbureau's form. */
async function listReporters(ctx: ServiceContext) {
  const [groups, foundations] = await Promise.all([listRegionGroups(ctx.db, ctx.regionId), listRegionFoundations(ctx.db, ctx.regionId)]);
  return { groups, foundations };
}

function refuse(problems: MeasurementProblem[]): never {
  throw new ValidationError(problems[0]!.message, problems.map((p) => ({ path: p.field, message: p.message })));
}

/**
 * The indicator, locked so its measurements are recorded one at a time, when the person may
 * record on it: 404 for an unknown one, 401/403 before any validation.
 */
async function lockRecordableIndicator(trx: ServiceContext["db"], ctx: ServiceContext, indicatorId: string) {
  const indicator = await repo.lockIndicator(trx, ctx.regionId, indicatorId);
  if (!indicator) throw new NotFoundError(nl.monitoring.indicatorNotFound);
  return { indicator, actor: requirePermission(ctx, "monitoring.record", ownerOf(indicator)) };
}

/**
 * Records a value, a story or both for a quarter. A quarter holds one value: a second one is
 * refused with the value that is there (a wrong value is corrected, not overwritten).
 */
export async function recordMeasurement(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(recordMeasurementInput, input);
  const quarter = parseQuarter(parsed.quarter) ?? parsed.quarter;
  return ctx.db.transaction().execute(async (trx) => {
    const { indicator, actor } = await lockRecordableIndicator(trx, ctx, parsed.indicatorId);
    const problems = findMeasurementProblems({ ...parsed, quarter }, quarterOf(ctx.now()));
    if (problems.length > 0) refuse(problems);
    const value = parsed.value.trim() === "" ? null : parseDutchNumber(parsed.value);
    if (value !== null) {
      const existing = valueOfQuarter(toFacts(await repo.listMeasurementFacts(trx, indicator.id)), quarter as Quarter);
      if (existing) refuse([{ field: "quarter", message: nl.monitoring.quarterHasValue(formatValue(existing.value, indicator.unit), formatQuarter(existing.quarter)) }]);
    }
    return repo.insertMeasurement(trx, { indicatorId: indicator.id, quarter, value, story: parsed.story, source: parsed.source, replacesId: null, recordedBy: actor.userId });
  });
}

/**
 * Corrects a quarter's value: a new measurement that names the value it replaces; the old
 * one stays in the history. When someone else corrected it first, the second is refused (409).
 */
export async function correctMeasurement(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(correctMeasurementInput, input);
  return ctx.db.transaction().execute(async (trx) => {
    const measurement = await repo.findMeasurement(trx, ctx.regionId, parsed.measurementId);
    if (!measurement || measurement.value === null) throw new NotFoundError(nl.monitoring.measurementNotFound);
    const { indicator, actor } = await lockRecordableIndicator(trx, ctx, measurement.indicator_id);
    if (parsed.value.trim() === "") refuse([{ field: "value", message: nl.monitoring.correctionNeedsValue }]);
    const problems = findMeasurementProblems({ ...parsed, quarter: measurement.quarter }, quarterOf(ctx.now())).filter((p) => p.field !== "quarter");
    if (problems.length > 0) refuse(problems);
    const current = valueOfQuarter(toFacts(await repo.listMeasurementFacts(trx, indicator.id)), measurement.quarter as Quarter);
    if (current && current.measurementId !== measurement.id) {
      throw new ConflictError(nl.monitoring.correctedMeanwhile(formatValue(current.value, indicator.unit)), { current });
    }
    return repo.insertMeasurement(trx, {
      indicatorId: indicator.id,
      quarter: measurement.quarter,
      value: parseDutchNumber(parsed.value),
      story: parsed.story,
      source: parsed.source,
      replacesId: measurement.id,
      recordedBy: actor.userId,
    });
  });
}

/**
 * The checks zod cannot make: a target that is a number, a target quarter that is a quarter
 * (and only with a target), a name that makes a slug. Returns the stored values.
 */
function readIndicatorFields(parsed: IndicatorFields) {
  const issues: Array<{ path: string; message: string }> = [];
  const slug = slugify(parsed.name);
  if (!slug) issues.push({ path: "name", message: nl.monitoring.nameRequired });
  const target = parsed.target.trim() === "" ? null : parseDutchNumber(parsed.target);
  if (parsed.target.trim() !== "" && target === null) issues.push({ path: "target", message: nl.monitoring.targetNotANumber });
  const targetQuarter = parsed.targetQuarter === "" ? null : parseQuarter(parsed.targetQuarter);
  if (parsed.targetQuarter !== "" && (targetQuarter === null || !isQuarter(targetQuarter))) issues.push({ path: "targetQuarter", message: nl.monitoring.targetQuarterInvalid });
  else if (targetQuarter !== null && parsed.target.trim() === "") issues.push({ path: "target", message: nl.monitoring.targetQuarterWithoutTarget });
  if (issues.length > 0) throw new ValidationError(issues[0]!.message, issues);
  const { kind, name, description, unit, direction, source, workingGroupId, foundationId } = parsed;
  return {
    slug,
    fields: { kind, name, description, unit, direction, target, target_quarter: targetQuarter, source, working_group_id: workingGroupId, foundation_id: foundationId },
  };
}

/** The reporter must be a werkgroep or fundament of the region; a name is unique in the region. */
async function checkIndicatorFits(trx: ServiceContext["db"], regionId: string, parsed: IndicatorFields, slug: string, exceptId?: string) {
  if (parsed.workingGroupId && !(await findGroupInRegion(trx, regionId, parsed.workingGroupId))) throw new NotFoundError(nl.monitoring.ownerNotFound);
  if (parsed.foundationId && !(await findFoundationInRegion(trx, regionId, parsed.foundationId))) throw new NotFoundError(nl.monitoring.ownerNotFound);
  if (await repo.indicatorNameTaken(trx, regionId, { slug, name: parsed.name }, exceptId)) {
    throw new ValidationError(nl.monitoring.nameTaken, [{ path: "name", message: nl.monitoring.nameTaken }]);
  }
}

/** Adds an indicator at the end of its region's list; names are unique in a region. */
export async function addIndicator(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(addIndicatorInput, input);
  const actor = requirePermission(ctx, "monitoring.configure");
  const { slug, fields } = readIndicatorFields(parsed);
  return ctx.db.transaction().execute(async (trx) => {
    await checkIndicatorFits(trx, ctx.regionId, parsed, slug);
    const indicator = await repo.insertIndicator(trx, { region_id: ctx.regionId, slug, ...fields, position: await repo.nextIndicatorPosition(trx, ctx.regionId) });
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "indicator.created",
      subjectType: "indicator",
      subjectId: indicator.id,
      data: { name: parsed.name, kind: parsed.kind },
    });
    return indicator;
  });
}

/**
 * Changes an indicator (its slug, and so its place in links, stays). The person sends the
 * version they started from: when someone else changed it meanwhile, this change is refused
 * (409) instead of overwriting theirs. Measurements keep their values; a new unit or
 * direction changes how they read, which the audit line records.
 */
export async function updateIndicator(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(updateIndicatorInput, input);
  const actor = requirePermission(ctx, "monitoring.configure");
  const { slug, fields } = readIndicatorFields(parsed);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.lockIndicatorForChange(trx, ctx.regionId, parsed.indicatorId);
    if (!current) throw new NotFoundError(nl.monitoring.indicatorNotFound);
    if (current.version !== parsed.version) throw new ConflictError(nl.monitoring.indicatorChangedMeanwhile, { version: current.version });
    await checkIndicatorFits(trx, ctx.regionId, parsed, slug, current.id);
    const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter((key) => fields[key] !== current[key]);
    if (changed.length === 0) return { id: current.id, name: current.name, version: current.version };
    await repo.updateIndicator(trx, current.id, fields);
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "indicator.updated",
      subjectType: "indicator",
      subjectId: current.id,
      data: { name: parsed.name, changed, from: Object.fromEntries(changed.map((key) => [key, current[key]])) },
    });
    return { id: current.id, name: parsed.name, version: current.version + 1 };
  });
}
