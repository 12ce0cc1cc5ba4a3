import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import {
  buildNeedsMatrix,
  computeRisks,
  dependencyMessages,
  describeRisk,
  listEnabledCards,
  rankFoundationUrgency,
  type GraphItem,
  type ItemRisk,
} from "../../shared/domain/dependency-graph";
import { boardMessages } from "../../shared/domain/messages";
import { formatQuarter, isQuarter } from "../../shared/domain/quarter";
import { checkTransformatieagenda, type Problem } from "../../shared/domain/submission-checks";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { can } from "../../shared/permissions";
import { cardWarningsInput, itemBadgesInput, justifyFocusLinkInput, regionGraphInput, setUrgencyOrderInput } from "../../shared/schemas/dependency-views";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { findItems } from "./dependencies.repository";
import * as graphRepo from "./graph.repository";
import * as repo from "./views.repository";

// The read views of cross-group dependencies (issue 7, "Views") and the two decisions made
// beside them: the coalition's urgency order of the fundamenten and a werkgroep's reason why a
// focus card needs no *vereist* link. Risk is computed from the graph on every read (linear in
// items + links; a board reads only the part its own items' risk depends on), so a view never
// shows a stale risk; item_risk only remembers it for notifications (risk.service.ts).

type Db = Kysely<Database>;

const statusLabels: Record<string, string> = { ...boardMessages.statusLabel, ...boardMessages.workplanStatusLabel };

function quarterLabel(quarter: string | null): string | null {
  return quarter !== null && isQuarter(quarter) ? formatQuarter(quarter) : null;
}

/** "Q3 2025 - Q2 2026" for a card, "Q2 2025" for a werkagenda item; null when undated. */
function periodLabel(item: GraphItem): string | null {
  const start = quarterLabel(item.startQuarter);
  const ready = quarterLabel(item.readyQuarter);
  if (start && ready) return `${start} - ${ready}`;
  return ready ?? start;
}

/** Whether a link lies on an at-risk path: a *vereist* link that makes or carries its depending item's risk. */
function isLinkAtRisk(link: graphRepo.RegionGraphLink, risks: ReadonlyMap<string, ItemRisk>): boolean {
  if (link.kind !== "vereist" || link.state === "vervallen") return false;
  const risk = risks.get(link.from);
  if (!risk) return false;
  return risks.has(link.to) || risk.causes.some((cause) => cause.linkId === link.id);
}

function toNode(item: graphRepo.RegionGraphItem, risks: ReadonlyMap<string, ItemRisk>, byId: ReadonlyMap<string, GraphItem>) {
  const risk = risks.get(item.id);
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    owner: { kind: item.owner.kind, id: item.owner.id, slug: item.ownerSlug, name: item.owner.name },
    focus: item.focus,
    status: item.status,
    statusLabel: statusLabels[item.status] ?? item.status,
    quarterLabel: periodLabel(item),
    atRisk: risk !== undefined,
    riskText: risk ? describeRisk(risk, byId) : null,
  };
}

export type GraphNode = ReturnType<typeof toNode>;

/**
 * The region's dependency graph for the graph view and its list alternative. Filters: a
 * werkgroep or fundament (its links and all its items), a kind and a state of link. Without
 * an owner filter only linked items are shown. Unknown slugs are a 404.
 */
export async function getRegionGraph(ctx: ServiceContext, input?: unknown) {
  requirePermission(ctx, "workspace.read");
  const filters = parseInput(regionGraphInput, input);
  const [groups, foundations] = await Promise.all([repo.listRegionGroups(ctx.db, ctx.regionId), repo.listRegionFoundations(ctx.db, ctx.regionId)]);
  const group = filters.groupSlug === undefined ? null : groups.find((g) => g.slug === filters.groupSlug) ?? null;
  if (filters.groupSlug !== undefined && !group) throw new NotFoundError(nl.people.groupNotFound);
  const foundation = filters.foundationSlug === undefined ? null : foundations.find((f) => f.slug === filters.foundationSlug) ?? null;
  if (filters.foundationSlug !== undefined && !foundation) throw new NotFoundError(nl.people.foundationNotFound);

  const graph = await graphRepo.loadRegionGraph(ctx.db, ctx.regionId, { includeLapsed: filters.state === "vervallen" });
  const risks = computeRisks(graph.items, graph.links);
  const byId = new Map(graph.items.map((item) => [item.id, item]));
  const owners = new Set([group?.id, foundation?.id].filter((id): id is string => id !== undefined));
  const ownedBy = (id: string) => owners.has(byId.get(id)!.owner.id);

  const links = graph.links.filter(
    (link) =>
      (filters.kind === undefined || link.kind === filters.kind) &&
      (filters.state === undefined || link.state === filters.state) &&
      (owners.size === 0 || ownedBy(link.from) || ownedBy(link.to))
  );
  const shown = new Set(links.flatMap((link) => [link.from, link.to]));
  for (const item of graph.items) if (owners.has(item.owner.id)) shown.add(item.id);

  return {
    filters: {
      group: group ? { slug: group.slug, name: group.name } : null,
      foundation: foundation ? { slug: foundation.slug, name: foundation.name } : null,
      kind: filters.kind ?? null,
      state: filters.state ?? null,
    },
    options: {
      groups: groups.map((g) => ({ slug: g.slug, name: g.name })),
      foundations: foundations.map((f) => ({ slug: f.slug, name: f.name })),
      kinds: Object.entries(dependencyMessages.kindLabel).map(([value, label]) => ({ value, label })),
      states: Object.entries(dependencyMessages.stateLabel).map(([value, label]) => ({ value, label })),
    },
    nodes: graph.items.filter((item) => shown.has(item.id)).map((item) => toNode(item, risks, byId)),
    links: links.map((link) => ({
      id: link.id,
      from: link.from,
      to: link.to,
      kind: link.kind,
      kindLabel: dependencyMessages.kindLabel[link.kind],
      state: link.state,
      stateLabel: dependencyMessages.stateLabel[link.state],
      agreedDate: link.agreedDate,
      note: link.note,
      answerReason: link.answerReason,
      atRisk: isLinkAtRisk(link, risks),
    })),
  };
}

/**
 * The urgency of the fundamenten: the ranking computed from the live *vereist* links (how many
 * focus cards and cards need each fundament, and how soon), the coalition's decided order with
 * who decided it and when, and the earlier decisions.
 */
export async function getFoundationUrgency(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  const { foundations, graph, decisions } = await loadUrgencyBasis(ctx.db, ctx.regionId);
  return { ...rankUrgency(foundations, graph, decisions), abilities: { setOrder: can(ctx.actor, "urgency.set", { regionId: ctx.regionId }) } };
}

/** What the urgency is computed from: the fundamenten, the region's graph and the coalition's decisions. */
export async function loadUrgencyBasis(db: Db, regionId: string) {
  const [foundations, graph, decisions] = await Promise.all([repo.listRegionFoundations(db, regionId), graphRepo.loadRegionGraph(db, regionId), repo.listUrgencyDecisions(db, regionId)]);
  return { foundations, graph, decisions };
}

type UrgencyDecisionRow = Awaited<ReturnType<typeof repo.listUrgencyDecisions>>[number];

/**
 * The computed ranking and the coalition's orders (the newest is the current one), from a
 * loaded basis: the Overzicht uses the same graph for "Nodig voor". Fundamenten removed since
 * a decision drop out of that order.
 */
export function rankUrgency(foundations: ReadonlyArray<{ id: string; slug: string; name: string }>, graph: graphRepo.RegionGraph, decisions: readonly UrgencyDecisionRow[]) {
  const byId = new Map(foundations.map((f) => [f.id, f]));
  const computed = rankFoundationUrgency(graph.items, graph.links, foundations).map((row) => ({
    ...row,
    slug: byId.get(row.foundationId)!.slug,
    earliestNeededLabel: quarterLabel(row.earliestNeeded),
  }));
  const toDecision = (d: UrgencyDecisionRow) => ({
    id: d.id,
    order: d.foundationIds.filter((id) => byId.has(id)).map((id) => ({ id, slug: byId.get(id)!.slug, name: byId.get(id)!.name })),
    note: d.note,
    decidedByName: d.decidedByName ?? nl.reviewUi.unknownPerson,
    decidedAt: d.decidedAt,
  });
  return {
    computed,
    decided: decisions[0] ? toDecision(decisions[0]) : null,
    history: decisions.slice(1).map(toDecision),
  };
}

/** The coalition decides the order of the fundamenten: every fundament of the region exactly once. Audited. */
export async function setUrgencyOrder(ctx: ServiceContext, input: unknown) {
  const { foundationIds, note } = parseInput(setUrgencyOrderInput, input);
  const actor = requirePermission(ctx, "urgency.set");
  const foundations = await repo.listRegionFoundations(ctx.db, ctx.regionId);
  const known = new Set(foundations.map((f) => f.id));
  const given = new Set(foundationIds);
  if (given.size !== foundationIds.length || given.size !== known.size || foundationIds.some((id) => !known.has(id))) {
    throw new ValidationError(nl.dependencyViews.notPermutation, [{ path: "foundationIds", message: nl.dependencyViews.notPermutation }]);
  }
  const decision = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertUrgencyDecision(trx, { regionId: ctx.regionId, foundationIds, note, decidedBy: actor.userId, decidedAt: ctx.now() });
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "urgency.decided",
      subjectType: "foundation_urgency_decision",
      subjectId: row.id,
      data: { foundationIds, note },
    });
    return row;
  });
  return { id: decision.id, decidedAt: decision.decidedAt, order: foundationIds };
}

/** The "needs from" matrix: werkgroepen x fundamenten, how many cards need the fundament and from when. */
export async function getNeedsMatrix(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  const [groups, foundations, graph] = await Promise.all([
    repo.listRegionGroups(ctx.db, ctx.regionId),
    repo.listRegionFoundations(ctx.db, ctx.regionId),
    graphRepo.loadRegionGraph(ctx.db, ctx.regionId),
  ]);
  const cells = buildNeedsMatrix(graph.items, graph.links).map((cell) => ({ ...cell, earliestNeededLabel: quarterLabel(cell.earliestNeeded) }));
  return { groups, foundations, cells };
}

/**
 * Records why a focus card that links a fundament needs no *vereist* link to that fundament's
 * werkagenda (focus.justify on the card's werkgroep). Replaces an earlier reason. Audited.
 */
export async function justifyFocusLink(ctx: ServiceContext, input: unknown) {
  const { cardId, foundationId, reason } = parseInput(justifyFocusLinkInput, input);
  const card = await repo.findCard(ctx.db, ctx.regionId, cardId);
  if (!card || card.archivedAt) throw new NotFoundError(nl.boards.cardNotFound);
  const actor = requirePermission(ctx, "focus.justify", { groupId: card.groupId });
  const foundations = await repo.listRegionFoundations(ctx.db, ctx.regionId);
  if (!foundations.some((f) => f.id === foundationId)) throw new NotFoundError(nl.people.foundationNotFound);
  if (!card.foundationIds.includes(foundationId)) {
    throw new ValidationError(nl.dependencyViews.foundationNotLinked, [{ path: "foundationId", message: nl.dependencyViews.foundationNotLinked }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.upsertJustification(trx, { cardId, foundationId, reason, recordedBy: actor.userId, recordedAt: ctx.now() });
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "focus_link.justified",
      subjectType: "solution_direction",
      subjectId: cardId,
      data: { foundationId, reason },
    });
    return row;
  });
}

/** What a board shows of one item's dependencies; `enables`: the cards a werkagenda item is needed for. */
export interface ItemBadge {
  incoming: number;
  outgoing: number;
  atRisk: boolean;
  riskText: string | null;
  enables: Array<{ id: string; title: string; owner: { kind: "werkgroep" | "fundament"; slug: string; name: string } }>;
}

/**
 * Badges for one board (a werkgroep's cards or a fundament's werkagenda items): per item the
 * live dependencies in and out, and its risk with the Dutch reason. Items without any of these
 * are left out.
 */
export async function getItemBadges(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { ownerKind, slug } = parseInput(itemBadgesInput, input);
  const owners = ownerKind === "werkgroep" ? await repo.listRegionGroups(ctx.db, ctx.regionId) : await repo.listRegionFoundations(ctx.db, ctx.regionId);
  const owner = owners.find((o) => o.slug === slug);
  if (!owner) throw new NotFoundError(ownerKind === "werkgroep" ? nl.people.groupNotFound : nl.people.foundationNotFound);
  // Every board page asks for this: read the board's own items with their live links, and
  // only what their risk depends on (not the region); then the names the texts mention.
  const { itemIds, links } = await graphRepo.listBoardLinks(ctx.db, ctx.regionId, { kind: ownerKind, id: owner.id });
  const basis = await graphRepo.loadRiskBasis(ctx.db, ctx.regionId, itemIds);
  const risks = computeRisks(basis.items, basis.links);
  const own = new Set(itemIds);
  const badges: Record<string, ItemBadge> = {};
  const badgeOf = (id: string) => (badges[id] ??= { incoming: 0, outgoing: 0, atRisk: false, riskText: null, enables: [] });
  for (const link of links) {
    if (own.has(link.from)) badgeOf(link.from).outgoing++;
    if (own.has(link.to)) badgeOf(link.to).incoming++;
  }
  const ownRisks = [...risks.values()].filter((risk) => own.has(risk.itemId));
  // A werkagenda item names the cards that wait for it: read from the live vereist links only.
  const waiting = ownerKind === "fundament" ? links.filter((link) => link.kind === "vereist" && own.has(link.to)) : [];
  const withNames = new Map<string, GraphItem>(basis.items.map((item) => [item.id, item]));
  const named = await findItems(ctx.db, waiting.map((link) => link.from));
  for (const risk of ownRisks) Object.assign(badgeOf(risk.itemId), { atRisk: true, riskText: describeRisk(risk, withNames) });
  const cards = new Map<string, GraphItem & { ownerSlug: string }>();
  for (const row of named.values()) {
    if (row.type !== "card") continue;
    cards.set(row.id, { id: row.id, type: "card", owner: { kind: "werkgroep", id: row.ownerId, name: row.ownerName }, ownerSlug: row.ownerSlug, title: row.title, focus: false, status: row.status, startQuarter: null, readyQuarter: null });
  }
  const waitingLinks = waiting.map((link) => ({ ...link, agreedDate: null }));
  for (const itemId of new Set(waiting.map((link) => link.to))) {
    badgeOf(itemId).enables = listEnabledCards(itemId, cards, waitingLinks).map((card) => ({
      id: card.id,
      title: card.title,
      owner: { kind: card.owner.kind, slug: cards.get(card.id)!.ownerSlug, name: card.owner.name },
    }));
  }
  return { owner: { kind: ownerKind, slug: owner.slug, name: owner.name }, badges };
}

/** The dependency facts of a werkgroep's focus cards, as the submission check reads them. */
export async function listFocusLinkFacts(db: Db, groupId: string) {
  const rows = await graphRepo.listFocusFoundationLinks(db, groupId);
  const byCard = new Map<string, Array<{ foundationId: string; name: string; required: boolean; justified: boolean }>>();
  for (const row of rows) {
    const list = byCard.get(row.card_id) ?? [];
    list.push({ foundationId: row.foundation_id, name: row.foundation_name, required: row.required, justified: row.justified });
    byCard.set(row.card_id, list);
  }
  return byCard;
}

/** A fundament a focus card names: whether the card requires a werkagenda item there, or why it needs none. */
export interface FoundationNeed {
  foundationId: string;
  name: string;
  /** A proposed or confirmed *vereist* link to one of the fundament's werkagenda items. */
  required: boolean;
  /** The recorded reason why no such link is needed (kept when a link is made later). */
  justification: { reason: string; recordedAt: Date; recordedByName: string | null } | null;
}

/**
 * What the card panel shows of the submission's dependency check for one card: per fundament
 * a focus card names, whether it requires something from that fundament's werkagenda or why it
 * needs nothing, and whether this person may record that reason. The check asks this of focus
 * cards only, so other cards get an empty list.
 */
export async function getCardFoundationNeeds(ctx: ServiceContext, input: unknown): Promise<{ needs: FoundationNeed[]; canJustify: boolean }> {
  requirePermission(ctx, "workspace.read");
  const { cardId } = parseInput(cardWarningsInput, input);
  const card = await repo.findLiveCardFacts(ctx.db, ctx.regionId, cardId);
  if (!card) throw new NotFoundError(nl.boards.cardNotFound);
  const canJustify = can(ctx.actor, "focus.justify", { regionId: ctx.regionId, groupId: card.groupId });
  if (!card.focus) return { needs: [], canJustify };
  const [facts, reasons] = await Promise.all([listFocusLinkFacts(ctx.db, card.groupId), graphRepo.listJustifications(ctx.db, [cardId])]);
  const reasonOf = new Map(reasons.map((r) => [r.foundationId, r]));
  const needs = (facts.get(cardId) ?? []).map((link): FoundationNeed => {
    const recorded = reasonOf.get(link.foundationId);
    return {
      foundationId: link.foundationId,
      name: link.name,
      required: link.required,
      justification: recorded ? { reason: recorded.reason, recordedAt: recorded.recordedAt, recordedByName: recorded.recordedByName } : null,
    };
  });
  return { needs, canJustify };
}

/**
 * The dependency warnings of one card as the submission check gives them: per fundament the
 * focus card links without a *vereist* link to its werkagenda and without a recorded reason.
 */
export async function getCardDependencyWarnings(ctx: ServiceContext, input: unknown): Promise<Problem[]> {
  requirePermission(ctx, "workspace.read");
  const { cardId } = parseInput(cardWarningsInput, input);
  const card = await repo.findLiveCardFacts(ctx.db, ctx.regionId, cardId);
  if (!card) throw new NotFoundError(nl.boards.cardNotFound);
  const facts = await listFocusLinkFacts(ctx.db, card.groupId);
  const checks = checkTransformatieagenda([{ ...card, foundationLinks: facts.get(card.id) ?? [] }]);
  return checks.warnings.filter((w) => w.code === "focus_link_without_dependency");
}
