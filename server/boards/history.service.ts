import type { FieldChange } from "../../shared/domain/field-merge";
import type { Quarter } from "../../shared/domain/quarter";
import type { WorkplanStatus } from "../../shared/domain/workplan-rules";
import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { z } from "../../shared/schemas/zod-nl";
import { requirePermission } from "../auth/authorize";
import { findWorkingGroupBySlug } from "../groups/groups.repository";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./views.repository";
import { findFoundationBySlug } from "./workplan.repository";

// What happened on the boards: a werkgroep's recent card changes (from the audit log, the
// cards' history) and a fundament's archived werkagenda items. Read-only (workspace.read).

const slugInput = z.object({ slug: z.string().trim().min(1).max(120) });

/** How many events the Geschiedenis tab shows. */
export const groupHistoryLimit = 100;

/** Fields whose values are ids (or hold ids) of plan items, places or people. */
const idFields = new Set(["buildingBlockIds", "foundationIds", "targetGroupIds", "themeIds", "taskIds", "initiativeIds", "responsibleUserId", "scale"]);

function collectIds(value: unknown, into: Set<string>) {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (value && typeof value === "object") for (const item of Object.values(value)) collectIds(item, into);
}

function changesOf(data: unknown): FieldChange[] {
  const changes = data && typeof data === "object" ? (data as { changes?: unknown }).changes : undefined;
  if (!Array.isArray(changes)) return [];
  return changes.filter((c): c is FieldChange => Boolean(c) && typeof c === "object" && typeof (c as FieldChange).field === "string");
}

/**
 * A werkgroep's card changes, newest first: who, what, which card and per field from -> to.
 * `names` resolves the ids that appear in the changes (bouwstenen, gemeenten, people, ...).
 */
export async function listGroupHistory(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { slug } = parseInput(slugInput, input);
  const group = await findWorkingGroupBySlug(ctx.db, ctx.regionId, slug);
  if (!group) throw new NotFoundError(nl.people.groupNotFound);
  const rows = await repo.listGroupCardEvents(ctx.db, ctx.regionId, group.id, groupHistoryLimit);
  const events = rows.map((row) => ({
    id: row.id,
    action: row.action,
    createdAt: row.createdAt,
    actorName: row.actorName,
    card: { id: row.cardId, title: row.cardTitle, archived: row.cardArchivedAt !== null },
    changes: changesOf(row.data),
  }));
  const ids = new Set<string>();
  for (const event of events) for (const change of event.changes) if (idFields.has(change.field)) collectIds([change.from, change.to], ids);
  const plan = await requirePlan(ctx);
  const names = Object.fromEntries((await repo.findNames(ctx.db, ctx.regionId, plan.id, [...ids].filter(isUuid))).map((row) => [row.id, row.name]));
  return { group, events, names: names as Record<string, string>, limit: groupHistoryLimit };
}

/** A fundament's archived werkagenda items, so the kwartiermaker can put them back. */
export async function listArchivedWorkplanItems(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { slug } = parseInput(slugInput, input);
  const plan = await requirePlan(ctx);
  const foundation = await findFoundationBySlug(ctx.db, plan.id, slug);
  if (!foundation) throw new NotFoundError(nl.people.foundationNotFound);
  const rows = await repo.listArchivedWorkplanItems(ctx.db, foundation.id);
  return rows.map((row) => ({ ...row, status: row.status as WorkplanStatus, dueQuarter: row.dueQuarter as Quarter }));
}

function isUuid(value: string) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
