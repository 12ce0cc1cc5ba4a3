import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { dependencyMessages, describeCycle, findRequiresCycle, type GraphItem } from "../../shared/domain/dependency-graph";
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from "../../shared/errors";
import { boardMessages } from "../../shared/domain/messages";
import { formatQuarter, isQuarter } from "../../shared/domain/quarter";
import { nl } from "../../shared/i18n/nl";
import { can, ownScopes, type Actor, type Resource } from "../../shared/permissions";
import {
  declineDependencyInput,
  dependencyIdInput,
  dependencyInboxInput,
  itemDependenciesInput,
  linkTargetsInput,
  proposeDependencyInput,
} from "../../shared/schemas/dependencies";
import { recordAudit, type AuditAction } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import { publishAfterCommit } from "../events/publish";
import { notifyPeople, type NotificationKind } from "../notifications/notify";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./dependencies.repository";
import { listOwnerPeople, loadRiskBasis } from "./graph.repository";
import { transactMovingRisks } from "./risk.service";
import { ownerPath } from "../../shared/owner-paths";

// Proposing and answering cross-group dependencies (issue 7, points 1, 2 and 7). The owner side
// of the depending item proposes; the owner side of the other item (or the programme office as
// facilitator) confirms or declines with a reason; the proposing side may withdraw; archiving
// either item lapses the link. Every change runs in one transaction: it is audited, the people
// of the other side are notified, the remembered risks are refreshed (refreshRisks), and after
// commit both boards hear about it on the event bus.

type Db = Kysely<Database>;
const messages = nl.dependencies;

export interface ItemRef {
  id: string;
  type: "card" | "item";
  title: string;
  owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  status: string;
  /** The status in Dutch ("Gekozen", "Vertraagd"). */
  statusLabel: string;
  /** When it is ready, as shown: "Q2 2025" (a card's end quarter, a werkagenda item's due quarter); null when undated. */
  quarter: string | null;
  /** The same quarter as stored ("2025-Q2"), for sorting. */
  quarterKey: string | null;
}

export interface DependencyView {
  id: string;
  kind: repo.DependencyRow["kind"];
  kindLabel: string;
  state: repo.DependencyRow["state"];
  stateLabel: string;
  agreedDate: string | null;
  note: string;
  answerReason: string;
  from: ItemRef;
  to: ItemRef;
  proposedByName: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  createdAt: Date;
  abilities: { answer: boolean; withdraw: boolean };
}

/** The policy resource of the werkgroep or fundament that owns an item. */
function ownerResource(item: Pick<repo.ItemRow, "type" | "ownerId">): Partial<Resource> {
  return item.type === "card" ? { groupId: item.ownerId } : { foundationId: item.ownerId };
}

/** Whether the actor belongs to the item's werkgroep or fundament (not merely the programme office). */
function ownsThroughRole(actor: Actor, item: Pick<repo.ItemRow, "ownerId">): boolean {
  return actor.grants.some((g) => ("groupId" in g && g.groupId === item.ownerId) || ("foundationId" in g && g.foundationId === item.ownerId));
}

/**
 * Whether the actor is on the proposing side of a link and not on the answering side: they
 * proposed it, or belong to the depending item's owner, without belonging to the other item's
 * owner. Such a person may not answer (the programme office neither, for its own proposal).
 */
function isProposingSideOnly(actor: Actor, link: { proposedBy: string | null }, from: repo.ItemRow, to: repo.ItemRow): boolean {
  if (ownsThroughRole(actor, to)) return false;
  return link.proposedBy === actor.userId || ownsThroughRole(actor, from);
}

const statusLabels: Record<string, string> = { ...boardMessages.statusLabel, ...boardMessages.workplanStatusLabel };

function toItemRef(item: repo.ItemRow): ItemRef {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    owner: { kind: item.ownerKind, slug: item.ownerSlug, name: item.ownerName },
    status: item.status,
    statusLabel: statusLabels[item.status] ?? item.status,
    quarter: item.quarter !== null && isQuarter(item.quarter) ? formatQuarter(item.quarter) : null,
    quarterKey: item.quarter,
  };
}

function toGraphItem(item: repo.ItemRow): GraphItem {
  return {
    id: item.id,
    type: item.type,
    owner: { kind: item.ownerKind, id: item.ownerId, name: item.ownerName },
    title: item.title,
    focus: false,
    status: item.status,
    startQuarter: null,
    readyQuarter: item.quarter,
  } as GraphItem;
}

/** Where a side looks at its dependencies. */
function inboxLink(item: repo.ItemRow): string {
  return ownerPath({ kind: item.ownerKind, slug: item.ownerSlug }, "/afhankelijkheden");
}

/** What the audit log keeps of a link besides its ids: the two titles and their owners. */
function auditFacts(from: repo.ItemRow, to: repo.ItemRow) {
  return {
    fromId: from.id,
    toId: to.id,
    fromTitle: from.title,
    toTitle: to.title,
    fromOwner: `${from.ownerKind} ${from.ownerName}`,
    toOwner: `${to.ownerKind} ${to.ownerName}`,
  };
}

function boardTopic(item: repo.ItemRow): string {
  return item.ownerKind === "werkgroep" ? `board:${item.ownerId}` : `workplan:${item.ownerId}`;
}

/** The two items of a link; 404 when unknown or of another region. */
async function requireItems(db: Db, regionId: string, fromId: string, toId: string, options: { lock?: boolean } = {}) {
  const items = await repo.findItems(db, [fromId, toId], options);
  const from = items.get(fromId);
  const to = items.get(toId);
  if (!from || !to || from.regionId !== regionId || to.regionId !== regionId) throw new NotFoundError(messages.itemNotFound);
  return { from, to };
}

function refuseArchived(...items: repo.ItemRow[]) {
  for (const item of items) {
    if (item.archivedAt) throw new ValidationError(messages.archived(item.title), [{ path: "toId", message: messages.archived(item.title) }]);
  }
}

function duplicateError(state: string) {
  const label = dependencyMessages.stateLabel[state as keyof typeof dependencyMessages.stateLabel] ?? state;
  return new ConflictError(messages.duplicate(label.toLowerCase()));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}

interface NotifyFacts {
  regionId: string;
  kind: NotificationKind;
  dependencyId: string;
  from: repo.ItemRow;
  to: repo.ItemRow;
  byName: string | null;
  reason?: string;
}

/** Notifies the leads and members of one side's werkgroep or fundament (and `extra` people), never the actor. */
async function notifySide(trx: Db, side: repo.ItemRow, facts: NotifyFacts, actorId: string | null, extra: Array<string | null> = []) {
  const people = await listOwnerPeople(trx, facts.regionId, {
    groupIds: side.ownerKind === "werkgroep" ? [side.ownerId] : [],
    foundationIds: side.ownerKind === "fundament" ? [side.ownerId] : [],
  });
  const recipients = [...people.map((p) => p.userId), ...extra.filter((id): id is string => id !== null)].filter((id) => id !== actorId);
  await notifyPeople(trx, recipients, {
    regionId: facts.regionId,
    kind: facts.kind,
    subjectId: facts.dependencyId,
    data: {
      fromTitle: facts.from.title,
      toTitle: facts.to.title,
      fromOwner: `${facts.from.ownerKind} ${facts.from.ownerName}`,
      toOwner: `${facts.to.ownerKind} ${facts.to.ownerName}`,
      byName: facts.byName,
      ...(facts.reason !== undefined ? { reason: facts.reason } : {}),
    },
    link: inboxLink(side),
  });
}

async function audit(trx: Db, ctx: ServiceContext, actorId: string | null, action: AuditAction, id: string, data: Record<string, unknown>) {
  await recordAudit(trx, { regionId: ctx.regionId, actorId, action, subjectType: "dependency", subjectId: id, data });
}

/** After commit: both boards re-read their badges, open inboxes their lists. */
function announce(ctx: ServiceContext, type: string, id: string, version: number, items: repo.ItemRow[]) {
  for (const topic of new Set(items.map(boardTopic))) publishAfterCommit(ctx, { topic, type, id, version });
  publishAfterCommit(ctx, { topic: `dependencies:${ctx.regionId}`, type, id, version });
}

// ---------------------------------------------------------------------------------------------
// Changes

/**
 * Proposes a link from a card or werkagenda item to another (dependency.propose on the owner
 * of `from`). Refused: a self-link, unknown items or another region's (404), archived items, a
 * second live link between the same two items either way, and a *vereist* link that would
 * close a cycle (the message names it). Proposals of one region run one at a time (an
 * advisory lock), so two at once cannot together make a cycle or a duplicate.
 */
export async function proposeDependency(ctx: ServiceContext, input: unknown) {
  const { fromId, toId, kind, agreedDate, note } = parseInput(proposeDependencyInput, input);
  requirePermission(ctx, "workspace.read");
  const before = await requireItems(ctx.db, ctx.regionId, fromId, toId);
  const actor = requirePermission(ctx, "dependency.propose", ownerResource(before.from));
  if (fromId === toId) throw new ValidationError(messages.selfLink, [{ path: "toId", message: messages.selfLink }]);
  refuseArchived(before.from, before.to);

  let result: { id: string; version: number; from: repo.ItemRow; to: repo.ItemRow };
  try {
    result = await transactMovingRisks(ctx, async (trx, riskMoved) => {
      await repo.lockRegionDependencies(trx, ctx.regionId);
      // Read again under lock: archiving may have happened meanwhile, and it cannot happen now.
      const { from, to } = await requireItems(trx, ctx.regionId, fromId, toId, { lock: true });
      refuseArchived(from, to);
      const existing = await repo.findLivePair(trx, fromId, toId);
      if (existing) throw duplicateError(existing.state);
      if (kind === "vereist") {
        // Only what `to` requires, transitively, can lead back to `from`: read that part, with names.
        const graph = await loadRiskBasis(trx, ctx.regionId, [toId]);
        const cycle = findRequiresCycle(graph.links, fromId, toId);
        if (cycle) {
          const byId = new Map<string, GraphItem>(graph.items.map((item) => [item.id, item]));
          for (const item of [from, to]) if (!byId.has(item.id)) byId.set(item.id, toGraphItem(item));
          const message = describeCycle(cycle, fromId, byId);
          throw new ValidationError(message, [{ path: "toId", message }]);
        }
      }
      const now = ctx.now();
      const row = await repo.insertDependency(trx, { regionId: ctx.regionId, from, to, kind, agreedDate, note, proposedBy: actor.userId, now });
      await audit(trx, ctx, actor.userId, "dependency.proposed", row.id, { ...auditFacts(from, to), kind, agreedDate, note });
      const byName = await repo.findUserName(trx, actor.userId);
      await notifySide(trx, to, { regionId: ctx.regionId, kind: "dependency.proposed", dependencyId: row.id, from, to, byName }, actor.userId);
      riskMoved(from.id);
      return { ...row, from, to };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another proposal of the same pair won the race past the lock (only without it).
    const existing = await repo.findLivePair(ctx.db, fromId, toId);
    throw duplicateError(existing?.state ?? "voorgesteld");
  }
  announce(ctx, "dependency.proposed", result.id, result.version, [result.from, result.to]);
  return { id: result.id, state: "voorgesteld" as const, version: result.version };
}

type Answer = { event: "confirm" } | { event: "decline"; reason: string };

/**
 * Confirms or declines a proposed link: dependency.answer on the owner of `to` (the programme
 * office as facilitator). The proposing side may not answer its own proposal unless it also
 * owns the other item. Only a voorgesteld link can be answered.
 */
async function answerDependency(ctx: ServiceContext, id: string, answer: Answer) {
  requirePermission(ctx, "workspace.read");
  const result = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    const link = await repo.lockDependency(trx, ctx.regionId, id);
    if (!link) throw new NotFoundError(messages.dependencyNotFound);
    const { from, to } = await requireItems(trx, ctx.regionId, link.fromId, link.toId);
    const actor = requirePermission(ctx, "dependency.answer", ownerResource(to));
    if (isProposingSideOnly(actor, link, from, to)) throw new ForbiddenError(messages.ownProposal);
    if (link.state !== "voorgesteld") throw new InvalidTransitionError(messages.notProposed(dependencyMessages.stateLabel[link.state].toLowerCase()));
    const now = ctx.now();
    const state = answer.event === "confirm" ? "bevestigd" : "afgewezen";
    const reason = answer.event === "decline" ? answer.reason : "";
    const row = await repo.updateDependencyState(trx, id, { state, now, answeredBy: actor.userId, answerReason: reason });
    const action = answer.event === "confirm" ? "dependency.confirmed" : "dependency.declined";
    await audit(trx, ctx, actor.userId, action, id, { from: "voorgesteld", to: state, ...(reason ? { reason } : {}), ...auditFacts(from, to) });
    const byName = await repo.findUserName(trx, actor.userId);
    await notifySide(
      trx,
      from,
      { regionId: ctx.regionId, kind: action, dependencyId: id, from, to, byName, ...(reason ? { reason } : {}) },
      actor.userId,
      [link.proposedBy]
    );
    riskMoved(link.fromId);
    return { ...row, state, from, to, action };
  });
  announce(ctx, result.action, id, result.version, [result.from, result.to]);
  return { id, state: result.state, version: result.version };
}

export async function confirmDependency(ctx: ServiceContext, input: unknown) {
  const { id } = parseInput(dependencyIdInput, input);
  return answerDependency(ctx, id, { event: "confirm" });
}

export async function declineDependency(ctx: ServiceContext, input: unknown) {
  const { id, reason } = parseInput(declineDependencyInput, input);
  return answerDependency(ctx, id, { event: "decline", reason });
}

/** The proposing side (dependency.propose on the owner of `from`) ends its link: it becomes vervallen. */
export async function withdrawDependency(ctx: ServiceContext, input: unknown) {
  const { id } = parseInput(dependencyIdInput, input);
  requirePermission(ctx, "workspace.read");
  const result = await transactMovingRisks(ctx, async (trx, riskMoved) => {
    const link = await repo.lockDependency(trx, ctx.regionId, id);
    if (!link) throw new NotFoundError(messages.dependencyNotFound);
    const { from, to } = await requireItems(trx, ctx.regionId, link.fromId, link.toId);
    const actor = requirePermission(ctx, "dependency.propose", ownerResource(from));
    if (link.state === "vervallen") throw new InvalidTransitionError(messages.alreadyEnded);
    const now = ctx.now();
    const row = await repo.updateDependencyState(trx, id, { state: "vervallen", now });
    await audit(trx, ctx, actor.userId, "dependency.withdrawn", id, { from: link.state, to: "vervallen", ...auditFacts(from, to) });
    // The answering side may have planned for it: tell them it is no longer asked.
    const byName = await repo.findUserName(trx, actor.userId);
    await notifySide(trx, to, { regionId: ctx.regionId, kind: "dependency.withdrawn", dependencyId: id, from, to, byName }, actor.userId, [link.answeredBy]);
    riskMoved(link.fromId);
    return { ...row, from, to };
  });
  announce(ctx, "dependency.withdrawn", id, result.version, [result.from, result.to]);
  return { id, state: "vervallen" as const, version: result.version };
}

/**
 * Lapses the live links touching an item that is being archived: they become vervallen
 * (lapsed_at), each is audited, and both sides are notified (not the actor). Call it inside
 * the archive's transaction, after the item row is locked and before refreshRisks.
 */
export async function lapseDependenciesOf(trx: Db, itemId: string, actorId: string | null, now: Date = new Date()): Promise<string[]> {
  const links = await repo.lockLiveLinksOf(trx, itemId);
  if (links.length === 0) return [];
  const items = await repo.findItems(trx, links.flatMap((l) => [l.fromId, l.toId]));
  const byName = actorId ? await repo.findUserName(trx, actorId) : null;
  for (const link of links) {
    const from = items.get(link.fromId);
    const to = items.get(link.toId);
    await repo.updateDependencyState(trx, link.id, { state: "vervallen", now, lapsed: true });
    await recordAudit(trx, {
      regionId: link.regionId,
      actorId,
      action: "dependency.lapsed",
      subjectType: "dependency",
      subjectId: link.id,
      data: { from: link.state, to: "vervallen", archivedItemId: itemId, ...(from && to ? auditFacts(from, to) : {}) },
    });
    if (!from || !to) continue;
    const facts: NotifyFacts = { regionId: link.regionId, kind: "dependency.lapsed", dependencyId: link.id, from, to, byName };
    await notifySide(trx, from, facts, actorId, [link.proposedBy]);
    await notifySide(trx, to, facts, actorId);
  }
  return links.map((l) => l.id);
}

// ---------------------------------------------------------------------------------------------
// Reading

async function toViews(ctx: ServiceContext, rows: repo.DependencyRow[]): Promise<DependencyView[]> {
  const items = await repo.findItems(
    ctx.db,
    rows.flatMap((r) => [r.fromId, r.toId])
  );
  const views: DependencyView[] = [];
  for (const row of rows) {
    const from = items.get(row.fromId);
    const to = items.get(row.toId);
    if (!from || !to) continue;
    const answer =
      row.state === "voorgesteld" &&
      can(ctx.actor, "dependency.answer", { regionId: ctx.regionId, ...ownerResource(to) }) &&
      !isProposingSideOnly(ctx.actor!, row, from, to);
    const withdraw = row.state !== "vervallen" && can(ctx.actor, "dependency.propose", { regionId: ctx.regionId, ...ownerResource(from) });
    views.push({
      id: row.id,
      kind: row.kind,
      kindLabel: dependencyMessages.kindLabel[row.kind],
      state: row.state,
      stateLabel: dependencyMessages.stateLabel[row.state],
      agreedDate: row.agreedDate,
      note: row.note,
      answerReason: row.answerReason,
      from: toItemRef(from),
      to: toItemRef(to),
      proposedByName: row.proposedByName,
      answeredByName: row.answeredByName,
      answeredAt: row.answeredAt,
      createdAt: row.createdAt,
      abilities: { answer, withdraw },
    });
  }
  return views;
}

/**
 * One side's inbox: the links into its items (incoming), out of its items (outgoing), and the
 * proposals that wait for its answer. Newest first. Unknown slugs are a 404.
 */
export async function listInbox(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { ownerKind, slug } = parseInput(dependencyInboxInput, input);
  const owner = await repo.findOwner(ctx.db, ctx.regionId, ownerKind, slug);
  if (!owner) throw new NotFoundError(ownerKind === "werkgroep" ? nl.people.groupNotFound : nl.people.foundationNotFound);
  const views = await toViews(ctx, await repo.listDependencies(ctx.db, ctx.regionId, { ownerId: owner.id }));
  const own = (ref: ItemRef) => ref.owner.kind === ownerKind && ref.owner.slug === owner.slug;
  const incoming = views.filter((v) => own(v.to));
  return {
    owner: { kind: ownerKind, slug: owner.slug, name: owner.name },
    incoming,
    outgoing: views.filter((v) => own(v.from)),
    /** Incoming proposals still waiting for this side's answer. */
    waitingForAnswer: incoming.filter((v) => v.state === "voorgesteld").length,
  };
}

/**
 * The Overzicht's inbox: per werkgroep or fundament the person belongs to, the proposals that
 * wait for their answer; the programme office, as facilitator, gets every werkgroep and
 * fundament (without the proposals it made itself). Werkgroepen first, each in its own order;
 * sections with nothing waiting are listed too, with an empty list.
 */
export async function listMyInbox(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "workspace.read");
  const { groupIds, foundationIds } = ownScopes(actor);
  const facilitator = can(actor, "dependency.answer", { regionId: ctx.regionId });
  const views = await toViews(ctx, await repo.listDependencies(ctx.db, ctx.regionId, { states: ["voorgesteld"] }));
  const waiting = views.filter((v) => v.abilities.answer);
  const owners = await repo.listOwners(ctx.db, ctx.regionId, facilitator ? undefined : { groupIds, foundationIds });
  const mine = new Set([...groupIds, ...foundationIds]);
  const sections = owners.map((owner) => ({
    owner: { kind: owner.kind, slug: owner.slug, name: owner.name },
    /** The person belongs to it (not only the programme office's view). */
    member: mine.has(owner.id),
    waiting: waiting.filter((v) => v.to.owner.kind === owner.kind && v.to.owner.slug === owner.slug),
  }));
  return { sections, waitingForAnswer: waiting.length };
}

/**
 * The items a new link from `fromId` may point to, for the propose form: the region's other
 * cards and werkagenda items that are not archived and not yet linked live with it, grouped by
 * werkgroep and fundament (werkgroepen first), optionally only titles containing `query`.
 * `canPropose` says whether the person may propose from this item at all.
 */
export async function listLinkTargets(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { fromId, query } = parseInput(linkTargetsInput, input);
  const from = (await repo.findItems(ctx.db, [fromId])).get(fromId);
  if (!from || from.regionId !== ctx.regionId) throw new NotFoundError(messages.itemNotFound);
  const linked = await repo.listLiveLinkedIds(ctx.db, fromId);
  const candidates = await repo.listCandidateItems(ctx.db, ctx.regionId, { excludeIds: [fromId, ...linked], query: query || undefined, limit: 500 });
  const groups: Array<{ owner: ItemRef["owner"]; items: ItemRef[] }> = [];
  for (const item of candidates) {
    const ref = toItemRef(item);
    const last = groups[groups.length - 1];
    if (last && last.owner.kind === ref.owner.kind && last.owner.slug === ref.owner.slug) last.items.push(ref);
    else groups.push({ owner: ref.owner, items: [ref] });
  }
  return {
    from: toItemRef(from),
    canPropose: !from.archivedAt && can(ctx.actor, "dependency.propose", { regionId: ctx.regionId, ...ownerResource(from) }),
    groups,
  };
}

/** The links of one card or werkagenda item, in and out. 404 for unknown or another region's. */
export async function listItemDependencies(ctx: ServiceContext, input: unknown) {
  requirePermission(ctx, "workspace.read");
  const { itemId } = parseInput(itemDependenciesInput, input);
  const item = (await repo.findItems(ctx.db, [itemId])).get(itemId);
  if (!item || item.regionId !== ctx.regionId) throw new NotFoundError(messages.itemNotFound);
  const views = await toViews(ctx, await repo.listDependencies(ctx.db, ctx.regionId, { itemId }));
  return {
    item: toItemRef(item),
    incoming: views.filter((v) => v.to.id === itemId),
    outgoing: views.filter((v) => v.from.id === itemId),
  };
}
