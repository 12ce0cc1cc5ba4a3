import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { computeRisks, describeRisk, type GraphItem } from "../../shared/domain/dependency-graph";
import { publishAfterCommit } from "../events/publish";
import { notifyPeople } from "../notifications/notify";
import type { ServiceContext } from "../request-context";
import * as repo from "./graph.repository";

// The remembered at-risk state (item_risk). The rules compute risk from scratch (linear in
// items + links); this module keeps item_risk equal to what they give for the whole region
// after every change that can move a risk, so "became at risk" is noticed, and announced,
// exactly once. A change names the items it touched, and only the part of the graph whose risk
// can move is read and compared: those items and everything that requires them. What lies
// beyond it has not changed, so its remembered risk is still right.

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

export interface RefreshOptions {
  /** Who made the change (not told about their own step). */
  actorId?: string | null;
  now?: Date;
  /**
   * The items the change touched: whose dates, status or archive state changed, or whose
   * outgoing links did (the depending side of a link). Without it the whole region is computed
   * again (at start-up, after seeding, to repair).
   */
  changed?: readonly string[];
}

/**
 * Recomputes the risks of the region (or of the part `changed` can move) inside the caller's
 * transaction and writes the difference with item_risk (one upsert, one delete). The leads and
 * members of the werkgroep or fundament of every item that newly became at risk get a
 * "dependency.at_risk" notification. Call it at the end of every change of a quarter, status,
 * archive state or dependency.
 */
export async function refreshRisks(trx: Kysely<Database>, regionId: string, options: RefreshOptions = {}): Promise<RiskRefresh> {
  await repo.lockRegionRisks(trx, regionId);
  const { graph, scope, stored } = options.changed ? await readPart(trx, regionId, options.changed) : await readRegion(trx, regionId);
  const risks = computeRisks(graph.items, graph.links, scope ? knownAtRisk(stored, scope) : undefined);

  const changed: Array<{ itemId: string; reasons: unknown }> = [];
  const added: string[] = [];
  for (const risk of risks.values()) {
    if (scope && !scope.has(risk.itemId)) continue;
    const reasons = risk.causes;
    const before = stored.get(risk.itemId);
    if (before === undefined) added.push(risk.itemId);
    if (before === undefined || !sameCauses(before, reasons)) changed.push({ itemId: risk.itemId, reasons });
  }
  const removed = [...stored.keys()].filter((itemId) => !risks.has(itemId) && (!scope || scope.has(itemId)));
  await repo.upsertRisks(trx, regionId, changed, options.now ?? new Date());
  await repo.deleteRisks(trx, regionId, removed);

  // Notifications name titles along the reason chain: read the region with names and compute
  // the risks on it (the same rows, in this transaction), only when something became at risk.
  if (added.length > 0) {
    const named = await repo.loadRegionGraph(trx, regionId);
    await announceNewRisks(trx, regionId, named.items, computeRisks(named.items, named.links), added, options.actorId ?? null);
  }
  const byId = new Map(graph.items.map((item) => [item.id, item]));
  const touched = [...changed.map((c) => c.itemId), ...removed].map((id) => byId.get(id)).filter((item) => item !== undefined);
  // An item taken off a board is not in the graph; its own board learns from its own event.
  return { added, removed, topics: [...new Set(touched.map(liveTopic))] };
}

interface RiskInput {
  graph: repo.RegionGraph;
  /** The items whose risk is compared and written; null: every item of the region. */
  scope: Set<string> | null;
  /** Remembered reasons (as JSON) per item at risk: of the scope and of what it requires. */
  stored: Map<string, string>;
}

async function readRegion(trx: Kysely<Database>, regionId: string): Promise<RiskInput> {
  // The lean graph: no titles, notes, joins or order.
  const graph = await repo.loadRiskGraph(trx, regionId);
  return { graph, scope: null, stored: toStoredMap(await repo.listStoredRisks(trx, regionId)) };
}

async function readPart(trx: Kysely<Database>, regionId: string, changedItems: readonly string[]): Promise<RiskInput> {
  const { affected, graph } = await repo.loadRiskNeighbourhood(trx, regionId, changedItems);
  const ids = new Set([...affected, ...graph.items.map((item) => item.id)]);
  return { graph, scope: new Set(affected), stored: toStoredMap(await repo.listStoredRisks(trx, regionId, [...ids])) };
}

/** Items outside the scope that are remembered at risk: risk spreads from them into the scope. */
function knownAtRisk(stored: ReadonlyMap<string, string>, scope: ReadonlySet<string>): Set<string> {
  return new Set([...stored.keys()].filter((itemId) => !scope.has(itemId)));
}

function toStoredMap(rows: ReadonlyArray<{ itemId: string; reasons: unknown }>): Map<string, string> {
  return new Map(rows.map((row) => [row.itemId, JSON.stringify(row.reasons)]));
}

/**
 * Runs `work` in one transaction for a change that can move risks. `work` names each item it
 * touched with `riskMoved` (whose dates, status, archive state or outgoing links changed); at
 * the end of that transaction their remembered risks are refreshed (refreshRisks), and after
 * the commit the boards whose badges changed are told (announceRiskChanges).
 */
export async function transactMovingRisks<T>(ctx: ServiceContext, work: (trx: Kysely<Database>, riskMoved: (itemId: string) => void) => Promise<T>): Promise<T> {
  let refresh: RiskRefresh | null = null;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const moved: string[] = [];
    const value = await work(trx, (itemId) => void moved.push(itemId));
    if (moved.length > 0) refresh = await refreshRisks(trx, ctx.regionId, { actorId: ctx.actor?.userId ?? null, now: ctx.now(), changed: moved });
    return value;
  });
  announceRiskChanges(ctx, refresh);
  return result;
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

/**
 * Whether the remembered causes are the ones computed now. jsonb does not keep key order, and
 * the causes come in the order the links were read (which a part and the whole region may read
 * differently), so compare them as a set of values with sorted keys.
 */
function sameCauses(stored: string, causes: readonly unknown[]): boolean {
  return canonicalSet(JSON.parse(stored)) === canonicalSet(causes);
}

function canonicalSet(causes: unknown): string {
  return Array.isArray(causes) ? JSON.stringify(causes.map(canonical).sort()) : canonical(causes);
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
