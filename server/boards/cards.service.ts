import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { checkFocusRule, findCardProblems, type CardFacts, type CardStatus, type Scale } from "../../shared/domain/card-rules";
import { mergeFieldEdits } from "../../shared/domain/field-merge";
import { parseQuarter, type Quarter } from "../../shared/domain/quarter";
import { rankBetween } from "../../shared/domain/rank";
import { nl } from "../../shared/i18n/nl";
import { abilitiesFor } from "../../shared/permissions";
import { boardInput, cardIdInput, commentInput, createCardInput, moveCardInput, updateCardInput, type CardFields } from "../../shared/schemas/boards";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import { publishAfterCommit } from "../events/publish";
import { findWorkingGroupById, findWorkingGroupBySlug } from "../groups/groups.repository";
import { lapseDependenciesOf } from "../dependencies/dependencies.service";
import { transactMovingRisks } from "../dependencies/risk.service";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./cards.repository";

// A werkgroep's board: its oplossingsrichtingen as cards in lanes. Every write validates,
// checks the policy, runs in one transaction with an audit event (the card's history) and
// publishes a domain event after commit so open boards update.

export type Card = ReturnType<typeof toCard>;

/** Changes to these fields can put items at risk, or take them out of it (dependencies). */
const riskFields: ReadonlySet<string> = new Set(["startQuarter", "endQuarter", "status"]);

/** The card as the UI and the API see it. */
export function toCard(row: repo.CardRow) {
  return {
    id: row.id,
    groupId: row.working_group_id,
    originId: row.origin_id,
    title: row.title,
    description: row.description,
    status: row.status as CardStatus,
    rank: row.rank,
    focus: row.focus,
    scale: toScale(row),
    startQuarter: row.start_quarter as Quarter | null,
    endQuarter: row.end_quarter as Quarter | null,
    buildingBlockIds: row.building_block_ids,
    foundationIds: row.foundation_ids,
    targetGroupIds: row.target_group_ids,
    themeIds: row.theme_ids,
    taskIds: row.task_ids,
    initiativeIds: row.initiative_ids,
    responsibleUserId: row.responsible_user_id,
    assessment: row.assessment as CardFields["assessment"] | Record<string, never>,
    version: row.version,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at,
  };
}

function toScale(row: repo.CardRow): Scale | null {
  if (row.scale_kind === "lokaal") return { kind: "lokaal", municipalityIds: row.municipality_ids };
  if (row.scale_kind === "subregionaal" && row.subregion_id) return { kind: "subregionaal", subregionId: row.subregion_id };
  if (row.scale_kind === "regionaal") return { kind: "regionaal" };
  return null;
}

/** The editable fields of a card, in the shape edits and bases use. */
function editableFields(card: Card): CardFields {
  return {
    title: card.title,
    description: card.description,
    status: card.status,
    focus: card.focus,
    scale: card.scale,
    startQuarter: card.startQuarter,
    endQuarter: card.endQuarter,
    buildingBlockIds: card.buildingBlockIds,
    foundationIds: card.foundationIds,
    targetGroupIds: card.targetGroupIds,
    themeIds: card.themeIds,
    taskIds: card.taskIds,
    initiativeIds: card.initiativeIds,
    responsibleUserId: card.responsibleUserId,
    assessment: card.assessment as CardFields["assessment"],
  };
}

/** Quarters in CardFields passed parseQuarter (input) or the table's check (stored values). */
function toFacts(fields: CardFields): CardFacts {
  return { ...fields, startQuarter: fields.startQuarter as Quarter | null, endQuarter: fields.endQuarter as Quarter | null };
}

function toColumns(fields: CardFields) {
  return {
    title: fields.title,
    description: fields.description,
    status: fields.status,
    focus: fields.focus,
    scale_kind: fields.scale?.kind ?? null,
    municipality_ids: fields.scale?.kind === "lokaal" ? fields.scale.municipalityIds : [],
    subregion_id: fields.scale?.kind === "subregionaal" ? fields.scale.subregionId : null,
    start_quarter: fields.startQuarter,
    end_quarter: fields.endQuarter,
    building_block_ids: fields.buildingBlockIds,
    foundation_ids: fields.foundationIds,
    target_group_ids: fields.targetGroupIds,
    theme_ids: fields.themeIds,
    task_ids: fields.taskIds,
    initiative_ids: fields.initiativeIds,
    responsible_user_id: fields.responsibleUserId,
    assessment: fields.assessment,
  };
}

/** One werkgroep's board: its cards in lane order, the focus count and what the viewer may do. */
export async function getBoard(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "workspace.read");
  const { slug } = parseInput(boardInput, input);
  const group = await findWorkingGroupBySlug(ctx.db, ctx.regionId, slug);
  if (!group) throw new NotFoundError(nl.people.groupNotFound);
  const cards = (await repo.listBoardCards(ctx.db, group.id)).map(toCard);
  return {
    group,
    cards,
    focusCount: cards.filter((c) => c.focus).length,
    abilities: abilitiesFor(actor, ["group.edit", "comment.write", "group.members.manage"], { regionId: ctx.regionId, groupId: group.id }),
  };
}

/** A werkgroep's header above its tabs: the werkgroep and how many focus cards it has (not the cards). */
export async function getGroupHeader(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { slug } = parseInput(boardInput, input);
  const group = await findWorkingGroupBySlug(ctx.db, ctx.regionId, slug);
  if (!group) throw new NotFoundError(nl.people.groupNotFound);
  return { group, focusCount: (await repo.listFocusCards(ctx.db, group.id)).length };
}

/** A new card: written from scratch, or adopted from the plan's catalogue (keeping its origin). */
export async function createCard(ctx: ServiceContext, input: unknown) {
  const fields = parseInput(createCardInput, input);
  const actor = requirePermission(ctx, "group.edit", { groupId: fields.groupId });
  const plan = await requirePlan(ctx);
  const group = await findWorkingGroupById(ctx.db, ctx.regionId, fields.groupId);
  if (!group) throw new NotFoundError(nl.people.groupNotFound);
  const origin = fields.originId ? await repo.findCatalogueDirection(ctx.db, plan.id, fields.originId) : undefined;
  if (fields.originId && !origin) throw new NotFoundError(nl.boards.catalogueNotFound);
  const title = fields.title ?? origin?.name ?? "";
  const buildingBlockIds = fields.buildingBlockIds ?? (origin ? [origin.buildingBlockId] : []);
  const problems = findCardProblems({ status: "verkennen", title, buildingBlockIds, scale: null, startQuarter: null, endQuarter: null });
  if (problems.length > 0) throw new ValidationError(problems[0]!.message, problems.map((p) => ({ path: p.field, message: p.message })));
  await requireLinksInRegion(ctx, plan.id, { buildingBlockIds });
  const card = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockGroup(trx, group.id);
    const lane = await repo.listLaneRanks(trx, group.id, "verkennen");
    const row = await repo.insertCard(trx, {
      region_id: ctx.regionId,
      working_group_id: group.id,
      origin_id: origin?.id ?? null,
      title,
      description: fields.description ?? origin?.description ?? "",
      rank: rankBetween(lane.at(-1)?.rank ?? null, null),
      building_block_ids: buildingBlockIds,
      scale_kind: null,
      subregion_id: null,
      start_quarter: null,
      end_quarter: null,
      responsible_user_id: null,
      archived_at: null,
      created_by: actor.userId,
      updated_by: actor.userId,
    });
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "card.created", subjectType: "solution_direction", subjectId: row.id, data: { title, originId: origin?.id ?? null } });
    return toCard(row);
  });
  publishAfterCommit(ctx, { topic: `board:${group.id}`, type: "card.created", id: card.id, version: card.version });
  return card;
}

/**
 * Saves edits to some fields of a card. Edits to fields nobody else changed since `base`
 * merge; a field someone else changed meanwhile is a conflict that names both values.
 */
export async function updateCard(ctx: ServiceContext, input: unknown) {
  const { cardId, edits, base } = parseInput(updateCardInput, input);
  const existing = await requireCard(ctx, cardId);
  const actor = requirePermission(ctx, "group.edit", { groupId: existing.groupId });
  const plan = await requirePlan(ctx);
  const normalised = normaliseQuarters(edits);
  await requireLinksInRegion(ctx, plan.id, normalised);
  const card = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    await repo.lockGroup(trx, existing.groupId);
    const row = await repo.lockCard(trx, ctx.regionId, cardId);
    if (!row || row.archived_at) throw new NotFoundError(nl.boards.cardNotFound);
    const current = editableFields(toCard(row));
    const merged = mergeFieldEdits({ current, base: normaliseQuarters(base), edits: normalised });
    if (!merged.ok) {
      throw new ConflictError(nl.boards.conflict(merged.conflicts.map((c) => nl.boards.fieldLabels[c.field] ?? c.field)), merged.conflicts);
    }
    if (merged.changes.length === 0) return toCard(row);
    const next = merged.next;
    const problems = findCardProblems(toFacts(next));
    if (problems.length > 0) throw new ValidationError(problems[0]!.message, problems.map((p) => ({ path: p.field, message: p.message })));
    if (next.focus && !current.focus) {
      const rule = checkFocusRule(await repo.listFocusCards(trx, row.working_group_id), row.id);
      if (!rule.ok) throw new ValidationError(rule.message, [{ path: "focus", message: rule.message }]);
    }
    const laneChanged = next.status !== current.status;
    const rank = laneChanged ? rankBetween((await repo.listLaneRanks(trx, row.working_group_id, next.status)).at(-1)?.rank ?? null, null) : row.rank;
    const updated = await repo.updateCardRow(trx, row.id, row.version, { ...toColumns(next), rank, updated_at: ctx.now(), updated_by: actor.userId });
    if (!updated) throw new ConflictError(nl.boards.conflict([]), []);
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "card.updated", subjectType: "solution_direction", subjectId: row.id, data: { changes: merged.changes } });
    if (merged.changes.some((c) => riskFields.has(c.field))) riskMoved(row.id);
    return toCard(updated);
  });
  publishAfterCommit(ctx, { topic: `board:${card.groupId}`, type: "card.updated", id: card.id, version: card.version });
  return card;
}

/**
 * Moves a card to a lane, just below `afterCardId` (or to the top). Moves in one werkgroep
 * are serialised by a lock on the werkgroep, and each computes its rank from the lane as it
 * is then, so two people moving at once end in one well-defined order.
 */
export async function moveCard(ctx: ServiceContext, input: unknown) {
  const { cardId, status, afterCardId } = parseInput(moveCardInput, input);
  const existing = await requireCard(ctx, cardId);
  const actor = requirePermission(ctx, "group.edit", { groupId: existing.groupId });
  const card = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    await repo.lockGroup(trx, existing.groupId);
    const row = await repo.lockCard(trx, ctx.regionId, cardId);
    if (!row || row.archived_at) throw new NotFoundError(nl.boards.cardNotFound);
    const next = { ...editableFields(toCard(row)), status };
    const problems = findCardProblems(toFacts(next));
    if (problems.length > 0) throw new ValidationError(problems[0]!.message, problems.map((p) => ({ path: p.field, message: p.message })));
    const lane = (await repo.listLaneRanks(trx, row.working_group_id, status)).filter((c) => c.id !== row.id);
    const index = afterCardId ? lane.findIndex((c) => c.id === afterCardId) : -1;
    if (afterCardId && index < 0) throw new NotFoundError(nl.boards.cardNotFound);
    const rank = rankBetween(index >= 0 ? lane[index]!.rank : null, lane[index + 1]?.rank ?? null);
    const updated = await repo.updateCardRow(trx, row.id, row.version, { status, rank, updated_at: ctx.now(), updated_by: actor.userId });
    if (!updated) throw new ConflictError(nl.boards.conflict([]), []);
    if (status !== row.status) {
      await recordAudit(trx, {
        regionId: ctx.regionId,
        actorId: actor.userId,
        action: "card.updated",
        subjectType: "solution_direction",
        subjectId: row.id,
        data: { changes: [{ field: "status", from: row.status, to: status }] },
      });
      riskMoved(row.id);
    }
    return toCard(updated);
  });
  publishAfterCommit(ctx, { topic: `board:${card.groupId}`, type: "card.moved", id: card.id, version: card.version });
  return card;
}

/** Takes a card off the board; it keeps its history and can be restored. */
export async function archiveCard(ctx: ServiceContext, input: unknown) {
  return setArchived(ctx, input, true);
}

export async function restoreCard(ctx: ServiceContext, input: unknown) {
  return setArchived(ctx, input, false);
}

async function setArchived(ctx: ServiceContext, input: unknown, archive: boolean) {
  const { cardId } = parseInput(cardIdInput, input);
  const existing = await requireCard(ctx, cardId, { archived: !archive });
  const actor = requirePermission(ctx, "group.edit", { groupId: existing.groupId });
  const card = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    await repo.lockGroup(trx, existing.groupId);
    const row = await repo.lockCard(trx, ctx.regionId, cardId);
    if (!row || Boolean(row.archived_at) === archive) throw new NotFoundError(nl.boards.cardNotFound);
    // A restored card returns without focus if the werkgroep meanwhile has two focus cards.
    const keepFocus = archive || !row.focus || checkFocusRule(await repo.listFocusCards(trx, row.working_group_id), row.id).ok;
    const updated = await repo.updateCardRow(trx, row.id, row.version, {
      archived_at: archive ? ctx.now() : null,
      focus: row.focus && keepFocus,
      updated_at: ctx.now(),
      updated_by: actor.userId,
    });
    if (!updated) throw new ConflictError(nl.boards.conflict([]), []);
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: archive ? "card.archived" : "card.restored", subjectType: "solution_direction", subjectId: row.id });
    if (archive) await lapseDependenciesOf(trx, row.id, actor.userId, ctx.now());
    riskMoved(row.id);
    return toCard(updated);
  });
  publishAfterCommit(ctx, { topic: `board:${card.groupId}`, type: archive ? "card.archived" : "card.restored", id: card.id, version: card.version });
  return card;
}

/** Who changed which field of the card, from what to what, and when. */
export async function getCardHistory(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { cardId } = parseInput(cardIdInput, input);
  await requireCard(ctx, cardId, { archived: "any" });
  return repo.listSubjectHistory(ctx.db, ctx.regionId, "solution_direction", cardId);
}

/** A comment on a card; everyone signed in may comment. */
export async function addCardComment(ctx: ServiceContext, input: unknown) {
  const { cardId, body } = parseInput(commentInput, input);
  const card = await requireCard(ctx, cardId);
  const actor = requirePermission(ctx, "comment.write", { groupId: card.groupId });
  const row = await repo.insertCardComment(ctx.db, { regionId: ctx.regionId, cardId, authorId: actor.userId, body });
  publishAfterCommit(ctx, { topic: `board:${card.groupId}`, type: "card.commented", id: cardId });
  return row;
}

export async function listCardComments(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { cardId } = parseInput(cardIdInput, input);
  await requireCard(ctx, cardId, { archived: "any" });
  return repo.listCardComments(ctx.db, cardId);
}

/**
 * What a card can link to, with ids (cards store ids) and slugs (filter URLs): bouwstenen,
 * thema's, fundamenten, doelgroepen, subregio's, gemeenten and the plan's catalogue.
 */
export async function listCardOptions(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  const plan = await requirePlan(ctx);
  return repo.listCardOptionLists(ctx.db, plan.id, plan.regionId);
}

/** A werkgroep's archived cards (newest first), for "Gearchiveerd" under the board. */
export async function listArchivedCards(ctx: ServiceContext, group: { id: string }) {
  requirePermission(ctx, "workspace.read", { groupId: group.id });
  return (await repo.listArchivedCards(ctx.db, group.id)).map(toCard);
}

async function requireCard(ctx: ServiceContext, cardId: string, options: { archived?: boolean | "any" } = {}) {
  const row = await repo.findCard(ctx.db, ctx.regionId, cardId);
  const archived = options.archived ?? false;
  if (!row || (archived !== "any" && Boolean(row.archived_at) !== archived)) throw new NotFoundError(nl.boards.cardNotFound);
  return toCard(row);
}

function normaliseQuarters<T extends Partial<CardFields>>(fields: T): T {
  const result = { ...fields };
  for (const key of ["startQuarter", "endQuarter"] as const) {
    const value = result[key];
    if (typeof value === "string") {
      const parsed = parseQuarter(value);
      if (!parsed) throw new ValidationError(nl.boards.invalidQuarter, [{ path: key, message: nl.boards.invalidQuarter }]);
      result[key] = parsed;
    }
  }
  return result;
}

/** Links must point into this region's plan: unknown or foreign ids are refused. */
async function requireLinksInRegion(ctx: ServiceContext, planId: string, fields: Partial<CardFields>) {
  const planLinks = [
    ["building_block", fields.buildingBlockIds],
    ["foundation", fields.foundationIds],
    ["target_group", fields.targetGroupIds],
    ["theme", fields.themeIds],
    ["transformation_task", fields.taskIds],
    ["initiative", fields.initiativeIds],
  ] as const;
  for (const [table, ids] of planLinks) {
    if (ids && (await repo.countPlanRows(ctx.db, table, planId, [...new Set(ids)])) !== new Set(ids).size) {
      throw new ValidationError(nl.boards.unknownLink, [{ path: table, message: nl.boards.unknownLink }]);
    }
  }
  const scale = fields.scale;
  if (scale?.kind === "lokaal" && (await repo.countRegionRows(ctx.db, "municipality", ctx.regionId, [...new Set(scale.municipalityIds)])) !== new Set(scale.municipalityIds).size) {
    throw new ValidationError(nl.boards.unknownLink, [{ path: "scale", message: nl.boards.unknownLink }]);
  }
  if (scale?.kind === "subregionaal" && (await repo.countRegionRows(ctx.db, "subregion", ctx.regionId, [scale.subregionId])) !== 1) {
    throw new ValidationError(nl.boards.unknownLink, [{ path: "scale", message: nl.boards.unknownLink }]);
  }
  if (fields.responsibleUserId && !(await repo.isUserInRegion(ctx.db, ctx.regionId, fields.responsibleUserId))) {
    throw new ValidationError(nl.boards.unknownLink, [{ path: "responsibleUserId", message: nl.boards.unknownLink }]);
  }
}
