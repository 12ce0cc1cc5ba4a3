import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { mergeFieldEdits } from "../../shared/domain/field-merge";
import { parseQuarter, type Quarter } from "../../shared/domain/quarter";
import { rankBetween } from "../../shared/domain/rank";
import { findWorkplanItemProblems, type WorkplanStatus } from "../../shared/domain/workplan-rules";
import { nl } from "../../shared/i18n/nl";
import { abilitiesFor } from "../../shared/permissions";
import {
  createWorkplanItemInput,
  moveWorkplanItemInput,
  updateWorkplanItemInput,
  workplanInput,
  workplanItemIdInput,
  type WorkplanItemFields,
} from "../../shared/schemas/workplan";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import { publishAfterCommit } from "../events/publish";
import { lapseDependenciesOf } from "../dependencies/dependencies.service";
import { transactMovingRisks } from "../dependencies/risk.service";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { listSubjectHistory } from "./cards.repository";
import * as repo from "./workplan.repository";

// A fundament's werkagenda: the kwartiermaker's items in lanes (gepland, bezig, gereed,
// vertraagd). Like the werkgroep board (cards.service.ts): every write validates, checks
// the policy, runs in one transaction with an audit event (the item's history) and publishes
// a domain event on `workplan:<foundationId>` after commit so open werkagenda's update.

export type WorkplanItem = ReturnType<typeof toWorkplanItem>;

/** Changes to these fields can put items at risk, or take them out of it (dependencies). */
const riskFields: ReadonlySet<string> = new Set(["dueQuarter", "status"]);

/** The item as the UI and the API see it. */
export function toWorkplanItem(row: repo.WorkplanItemRow) {
  return {
    id: row.id,
    foundationId: row.foundation_id,
    title: row.title,
    description: row.description,
    status: row.status as WorkplanStatus,
    rank: row.rank,
    dueQuarter: row.due_quarter as Quarter,
    responsibleOrganisation: row.responsible_organisation,
    version: row.version,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at,
  };
}

/** The editable fields of an item, in the shape edits and bases use. */
function editableFields(item: WorkplanItem): WorkplanItemFields {
  return {
    title: item.title,
    description: item.description,
    status: item.status,
    dueQuarter: item.dueQuarter,
    responsibleOrganisation: item.responsibleOrganisation,
  };
}

function toColumns(fields: WorkplanItemFields) {
  return {
    title: fields.title,
    description: fields.description,
    status: fields.status,
    // Checked by findWorkplanItemProblems before any write: a well-formed quarter.
    due_quarter: fields.dueQuarter ?? "",
    responsible_organisation: fields.responsibleOrganisation,
  };
}

function refuseProblems(fields: { title: string; dueQuarter: string | null; responsibleOrganisation: string | null }) {
  const problems = findWorkplanItemProblems(fields);
  if (problems.length > 0) throw new ValidationError(problems[0]!.message, problems.map((p) => ({ path: p.field, message: p.message })));
}

/** One fundament's werkagenda: its items in lane order and what the viewer may do. */
export async function getWorkplan(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "workspace.read");
  const { slug } = parseInput(workplanInput, input);
  const plan = await requirePlan(ctx);
  const foundation = await repo.findFoundationBySlug(ctx.db, plan.id, slug);
  if (!foundation) throw new NotFoundError(nl.people.foundationNotFound);
  const items = (await repo.listWorkplanItems(ctx.db, foundation.id)).map(toWorkplanItem);
  return {
    foundation,
    items,
    abilities: abilitiesFor(actor, ["foundation.edit", "comment.write", "foundation.team.manage"], { regionId: ctx.regionId, foundationId: foundation.id }),
  };
}

/** A new item at the bottom of the "gepland" lane. */
export async function createWorkplanItem(ctx: ServiceContext, input: unknown) {
  const fields = parseInput(createWorkplanItemInput, input);
  const actor = requirePermission(ctx, "foundation.edit", { foundationId: fields.foundationId });
  const plan = await requirePlan(ctx);
  const foundation = await repo.findFoundationInPlan(ctx.db, plan.id, fields.foundationId);
  if (!foundation) throw new NotFoundError(nl.people.foundationNotFound);
  const dueQuarter = normaliseQuarter(fields.dueQuarter ?? null);
  const responsibleOrganisation = fields.responsibleOrganisation ?? "";
  refuseProblems({ title: fields.title, dueQuarter, responsibleOrganisation });
  const item = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockFoundation(trx, foundation.id);
    const lane = await repo.listLaneRanks(trx, foundation.id, "gepland");
    const row = await repo.insertItem(trx, {
      region_id: ctx.regionId,
      foundation_id: foundation.id,
      title: fields.title,
      description: fields.description ?? "",
      due_quarter: dueQuarter!,
      status: "gepland",
      rank: rankBetween(lane.at(-1)?.rank ?? null, null),
      responsible_organisation: responsibleOrganisation,
      archived_at: null,
      created_by: actor.userId,
      updated_by: actor.userId,
    });
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "workplan_item.created",
      subjectType: "workplan_item",
      subjectId: row.id,
      data: { title: row.title, dueQuarter: row.due_quarter },
    });
    return toWorkplanItem(row);
  });
  publishAfterCommit(ctx, { topic: `workplan:${item.foundationId}`, type: "workplan_item.created", id: item.id, version: item.version });
  return item;
}

/**
 * Saves edits to some fields of an item. Edits to fields nobody else changed since `base`
 * merge; a field someone else changed meanwhile is a conflict that names both values.
 */
export async function updateWorkplanItem(ctx: ServiceContext, input: unknown) {
  const { itemId, edits, base } = parseInput(updateWorkplanItemInput, input);
  const existing = await requireItem(ctx, itemId);
  const actor = requirePermission(ctx, "foundation.edit", { foundationId: existing.foundationId });
  const normalisedEdits = normaliseFields(edits);
  const item = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    await repo.lockFoundation(trx, existing.foundationId);
    const row = await repo.lockItem(trx, ctx.regionId, itemId);
    if (!row || row.archived_at) throw new NotFoundError(nl.boards.workplanItemNotFound);
    const current = editableFields(toWorkplanItem(row));
    const merged = mergeFieldEdits({ current, base: normaliseFields(base), edits: normalisedEdits });
    if (!merged.ok) {
      throw new ConflictError(nl.boards.conflict(merged.conflicts.map((c) => nl.boards.fieldLabels[c.field] ?? c.field)), merged.conflicts);
    }
    if (merged.changes.length === 0) return toWorkplanItem(row);
    const next = merged.next;
    refuseProblems(next);
    const rank =
      next.status !== current.status ? rankBetween((await repo.listLaneRanks(trx, row.foundation_id, next.status)).at(-1)?.rank ?? null, null) : row.rank;
    const updated = await repo.updateItemRow(trx, row.id, row.version, { ...toColumns(next), rank, updated_at: ctx.now(), updated_by: actor.userId });
    if (!updated) throw new ConflictError(nl.boards.conflict([]), []);
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "workplan_item.updated",
      subjectType: "workplan_item",
      subjectId: row.id,
      data: { changes: merged.changes },
    });
    if (merged.changes.some((c) => riskFields.has(c.field))) riskMoved(row.id);
    return toWorkplanItem(updated);
  });
  publishAfterCommit(ctx, { topic: `workplan:${item.foundationId}`, type: "workplan_item.updated", id: item.id, version: item.version });
  return item;
}

/**
 * Moves an item to a lane, just below `afterItemId` (or to the top). Moves in one fundament
 * are serialised by a lock on the fundament row, and each computes its rank from the lane as
 * it is then, so two people moving at once end in one well-defined order.
 */
export async function moveWorkplanItem(ctx: ServiceContext, input: unknown) {
  const { itemId, status, afterItemId } = parseInput(moveWorkplanItemInput, input);
  const existing = await requireItem(ctx, itemId);
  const actor = requirePermission(ctx, "foundation.edit", { foundationId: existing.foundationId });
  const item = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    await repo.lockFoundation(trx, existing.foundationId);
    const row = await repo.lockItem(trx, ctx.regionId, itemId);
    if (!row || row.archived_at) throw new NotFoundError(nl.boards.workplanItemNotFound);
    const lane = (await repo.listLaneRanks(trx, row.foundation_id, status)).filter((i) => i.id !== row.id);
    const index = afterItemId ? lane.findIndex((i) => i.id === afterItemId) : -1;
    if (afterItemId && index < 0) throw new NotFoundError(nl.boards.workplanItemNotFound);
    const rank = rankBetween(index >= 0 ? lane[index]!.rank : null, lane[index + 1]?.rank ?? null);
    const updated = await repo.updateItemRow(trx, row.id, row.version, { status, rank, updated_at: ctx.now(), updated_by: actor.userId });
    if (!updated) throw new ConflictError(nl.boards.conflict([]), []);
    if (status !== row.status) {
      await recordAudit(trx, {
        regionId: ctx.regionId,
        actorId: actor.userId,
        action: "workplan_item.updated",
        subjectType: "workplan_item",
        subjectId: row.id,
        data: { changes: [{ field: "status", from: row.status, to: status }] },
      });
      riskMoved(row.id);
    }
    return toWorkplanItem(updated);
  });
  publishAfterCommit(ctx, { topic: `workplan:${item.foundationId}`, type: "workplan_item.moved", id: item.id, version: item.version });
  return item;
}

/** Takes an item off the werkagenda; it keeps its history and can be restored. */
export async function archiveWorkplanItem(ctx: ServiceContext, input: unknown) {
  return setArchived(ctx, input, true);
}

/** Puts an archived item back in its lane. */
export async function restoreWorkplanItem(ctx: ServiceContext, input: unknown) {
  return setArchived(ctx, input, false);
}

async function setArchived(ctx: ServiceContext, input: unknown, archive: boolean) {
  const { itemId } = parseInput(workplanItemIdInput, input);
  const existing = await requireItem(ctx, itemId, { archived: !archive });
  const actor = requirePermission(ctx, "foundation.edit", { foundationId: existing.foundationId });
  const item = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    await repo.lockFoundation(trx, existing.foundationId);
    const row = await repo.lockItem(trx, ctx.regionId, itemId);
    if (!row || Boolean(row.archived_at) === archive) throw new NotFoundError(nl.boards.workplanItemNotFound);
    // A restored item keeps its place, unless another item took that rank meanwhile: then it goes last.
    let rank = row.rank;
    if (!archive) {
      const lane = await repo.listLaneRanks(trx, row.foundation_id, row.status);
      if (lane.some((i) => i.rank === row.rank)) rank = rankBetween(lane.at(-1)!.rank, null);
    }
    const updated = await repo.updateItemRow(trx, row.id, row.version, { archived_at: archive ? ctx.now() : null, rank, updated_at: ctx.now(), updated_by: actor.userId });
    if (!updated) throw new ConflictError(nl.boards.conflict([]), []);
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: archive ? "workplan_item.archived" : "workplan_item.restored",
      subjectType: "workplan_item",
      subjectId: row.id,
    });
    if (archive) await lapseDependenciesOf(trx, row.id, actor.userId, ctx.now());
    riskMoved(row.id);
    return toWorkplanItem(updated);
  });
  publishAfterCommit(ctx, {
    topic: `workplan:${item.foundationId}`,
    type: archive ? "workplan_item.archived" : "workplan_item.restored",
    id: item.id,
    version: item.version,
  });
  return item;
}

/** Who changed which field of the item, from what to what, and when (newest first). */
export async function getWorkplanItemHistory(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { itemId } = parseInput(workplanItemIdInput, input);
  await requireItem(ctx, itemId, { archived: "any" });
  return listSubjectHistory(ctx.db, ctx.regionId, "workplan_item", itemId);
}

async function requireItem(ctx: ServiceContext, itemId: string, options: { archived?: boolean | "any" } = {}) {
  const row = await repo.findItem(ctx.db, ctx.regionId, itemId);
  const archived = options.archived ?? false;
  if (!row || (archived !== "any" && Boolean(row.archived_at) !== archived)) throw new NotFoundError(nl.boards.workplanItemNotFound);
  return toWorkplanItem(row);
}

/**
 * A typed quarter ("Q2 2025", "2025-q2") in its stored form. What is not a quarter stays as
 * typed, so findWorkplanItemProblems names the problem (required or malformed).
 */
function normaliseQuarter(value: string | null): string | null {
  if (value === null) return null;
  return parseQuarter(value) ?? value.trim();
}

function normaliseFields<T extends Partial<WorkplanItemFields>>(fields: T): T {
  return fields.dueQuarter === undefined ? fields : { ...fields, dueQuarter: normaliseQuarter(fields.dueQuarter) };
}
