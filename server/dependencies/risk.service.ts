import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { computeRisks, describeRisk, type GraphItem } from "../../shared/domain/dependency-graph";
import { publishAfterCommit } from "../events/publish";
import { notifyPeople } from "../notifications/notify";
import type { ServiceContext } from "../request-context";
import * as repo from "./graph.repository";

// The remembered at-risk state (item_risk). The rules compute risk from scratch for the whole
// region (linear in items + links); this module keeps item_risk equal to that after every
// change that can move a risk, so "became at risk" is noticed, and announced, exactly once.

/** Where a card or werkagenda item lives in the app. */
export function boardLink(item: Pick<repo.RegionGraphItem, "type" | "ownerSlug">): string {
  return item.type === "card" ? `/werkgroepen/${item.ownerSlug}/bord` : `/fundamenten/${item.ownerSlug}/werkagenda`;
}

export interface RiskRefresh {
  /** Items that became at risk with this change. */
  added: string[];
  /** Items that are no longer at risk. */
  removed: string[];
  /** The live topics of the boards whose items' risk changed (became, ended or has a new reason). */
  topics: string[];
}

/**
 * Recomputes the risks of the region inside the caller's transaction and writes the
 * difference with item_risk (one upsert, one delete). The leads and members of the werkgroep
 * or fundament of every item that newly became at risk get a "dependency.at_risk"
 * notification; `actorId`, who made the change, is not told about their own step. Call it at
 * the end of every change of a quarter, status, archive state or dependency.
 */
export async function refreshRisks(trx: Kysely<Database>, regionId: string, options: { actorId?: string | null; now?: Date } = {}): Promise<RiskRefresh> {
  await repo.lockRegionRisks(trx, regionId);
  // The lean graph: this runs in the transaction of every card and werkagenda change.
  const graph = await repo.loadRiskGraph(trx, regionId);
  const risks = computeRisks(graph.items, graph.links);
  const stored = new Map((await repo.listStoredRisks(trx, regionId)).map((row) => [row.itemId, JSON.stringify(row.reasons)]));

  const changed: Array<{ itemId: string; reasons: unknown }> = [];
  const added: string[] = [];
  for (const risk of risks.values()) {
    const reasons = risk.causes;
    const before = stored.get(risk.itemId);
    if (before === undefined) added.push(risk.itemId);
    if (before === undefined || !sameJson(before, reasons)) changed.push({ itemId: risk.itemId, reasons });
  }
  const removed = [...stored.keys()].filter((itemId) => !risks.has(itemId));
  await repo.upsertRisks(trx, regionId, changed, options.now ?? new Date());
  await repo.deleteRisks(trx, regionId, removed);

  // Notifications name titles along the reason chain: only then are the items read with their
  // names (the same items, so the risks just computed still apply).
  if (added.length > 0) {
    const named = await repo.loadRegionGraph(trx, regionId);
    await announceNewRisks(trx, regionId, named.items, risks, added, options.actorId ?? null);
  }
  const byId = new Map(graph.items.map((item) => [item.id, item]));
  const touched = [...changed.map((c) => c.itemId), ...removed].map((id) => byId.get(id)).filter((item) => item !== undefined);
  return { added, removed, topics: [...new Set(touched.map(liveTopic))] };
}

/**
 * Tells open boards whose badges changed: a werkagenda item moving later puts cards of other
 * werkgroepen at risk, and their boards (and agendas' chips) should show it without a reload.
 * Call it after the transaction, with what refreshRisks returned (null when it did not run).
 */
export function announceRiskChanges(ctx: ServiceContext, refresh: RiskRefresh | null) {
  for (const topic of refresh?.topics ?? []) publishAfterCommit(ctx, { topic, type: "risk.changed", id: topic, version: 0 });
}

function liveTopic(item: Pick<GraphItem, "owner">): string {
  return item.owner.kind === "werkgroep" ? `board:${item.owner.id}` : `workplan:${item.owner.id}`;
}

/** jsonb does not keep key order, so compare parsed values with sorted keys. */
function sameJson(stored: string, value: unknown): boolean {
  return canonical(JSON.parse(stored)) === canonical(value);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v
  );
}

async function announceNewRisks(
  trx: Kysely<Database>,
  regionId: string,
  items: readonly repo.RegionGraphItem[],
  risks: ReturnType<typeof computeRisks>,
  added: readonly string[],
  actorId: string | null
) {
  const byId = new Map<string, GraphItem>(items.map((item) => [item.id, item]));
  // An item archived between the two reads has nobody left to warn.
  const addedItems = added.map((id) => byId.get(id) as repo.RegionGraphItem | undefined).filter((item) => item !== undefined);
  const people = await repo.listOwnerPeople(trx, regionId, {
    groupIds: [...new Set(addedItems.filter((i) => i.owner.kind === "werkgroep").map((i) => i.owner.id))],
    foundationIds: [...new Set(addedItems.filter((i) => i.owner.kind === "fundament").map((i) => i.owner.id))],
  });
  const peopleByOwner = new Map<string, string[]>();
  for (const person of people) {
    const ownerId = person.groupId ?? person.foundationId;
    if (!ownerId || person.userId === actorId) continue;
    peopleByOwner.set(ownerId, [...(peopleByOwner.get(ownerId) ?? []), person.userId]);
  }
  for (const item of addedItems) {
    await notifyPeople(trx, peopleByOwner.get(item.owner.id) ?? [], {
      regionId,
      kind: "dependency.at_risk",
      subjectId: item.id,
      data: {
        itemTitle: item.title,
        riskText: describeRisk(risks.get(item.id)!, byId),
      },
      link: boardLink(item),
    });
  }
}
