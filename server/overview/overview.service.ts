import { listEnabledCards } from "../../shared/domain/dependency-graph";
import { addQuarters, compareQuarters, isQuarter, quarterOf, type Quarter } from "../../shared/domain/quarter";
import { can, ownScopes } from "../../shared/permissions";
import { requirePermission } from "../auth/authorize";
import type { RegionGraphItem } from "../dependencies/graph.repository";
import { loadUrgencyBasis, rankUrgency } from "../dependencies/views.service";
import { requirePlan } from "../plan/plan.service";
import { listThreadsAwaitingMe } from "../threads/threads.service";
import type { ServiceContext } from "../request-context";
import * as repo from "./overview.repository";

/**
 * "Wat vraagt mijn aandacht?": the signed-in person's Overzicht, built from their roles.
 * Werkgroep people see their boards with the focus cards; kwartiermakers and teams their werkagenda by due
 * quarter, which cards need each item and where their fundament stands in the urgency; the
 * programme office and the coalition all werkgroepen and fundamenten side by side, the
 * urgency of the fundamenten and what is overdue; everyone the comment threads that wait for
 * their answer and the changes others made since they last marked them as seen.
 */
export async function getOverview(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "workspace.read");
  const plan = await requirePlan(ctx);
  const { groupIds, foundationIds } = ownScopes(actor);
  const seesRegion = actor.grants.some((g) => g.role === "programme_office" || g.role === "coalition");
  const current = quarterOf(ctx.now());
  const since = await repo.findChangesSeenAt(ctx.db, actor.userId);
  const [myGroups, focusCards, myFoundations, dueItems, allGroups, allFoundations, changes, urgencyBasis, overdueItems, threads, indicators] = await Promise.all([
    repo.listGroupSummaries(ctx.db, ctx.regionId, groupIds),
    repo.listFocusCards(ctx.db, groupIds),
    repo.listFoundationSummaries(ctx.db, plan.id, foundationIds),
    repo.listDueItems(ctx.db, foundationIds),
    seesRegion ? repo.listGroupSummaries(ctx.db, ctx.regionId) : Promise.resolve([]),
    seesRegion ? repo.listFoundationSummaries(ctx.db, plan.id) : Promise.resolve([]),
    repo.listChangesByOthers(ctx.db, ctx.regionId, actor.userId, since),
    foundationIds.length > 0 || seesRegion ? loadUrgencyBasis(ctx.db, ctx.regionId) : Promise.resolve(null),
    seesRegion ? repo.listOverdueItems(ctx.db, ctx.regionId, current) : Promise.resolve([]),
    listThreadsAwaitingMe(ctx),
    repo.listIndicatorsToMeasure(ctx.db, groupIds, foundationIds),
  ]);
  // The quarter that ended last: a reporter is asked for it until something is recorded for it or later.
  const lastEnded = addQuarters(current, -1);
  const urgency = urgencyBasis ? rankUrgency(urgencyBasis.foundations, urgencyBasis.graph, urgencyBasis.decisions) : null;
  const graphItems = new Map<string, RegionGraphItem>((urgencyBasis?.graph.items ?? []).map((item) => [item.id, item]));
  const isOverdue = (quarter: string) => isQuarter(quarter) && compareQuarters(quarter, current) < 0;
  return {
    myGroups: myGroups.map((g) => ({
      ...g,
      focusCards: focusCards.filter((card) => card.groupId === g.id).map(({ id, title }) => ({ id, title })),
      canEdit: can(actor, "group.edit", { regionId: ctx.regionId, groupId: g.id }),
    })),
    myFoundations: myFoundations.map((f) => ({ ...f, urgency: urgency ? placeInUrgency(urgency, f.id) : null })),
    dueItems: dueItems.map((item) => ({
      ...item,
      overdue: isOverdue(item.dueQuarter),
      neededBy: listEnabledCards(item.id, graphItems, urgencyBasis?.graph.links ?? []).map((card) => ({
        id: card.id,
        title: card.title,
        owner: { kind: "werkgroep" as const, slug: card.ownerSlug, name: card.owner.name },
      })),
    })),
    region: seesRegion ? { groups: allGroups, foundations: allFoundations, overdueItems, urgency: urgency ? { computed: urgency.computed, decided: urgency.decided } : null } : null,
    changes,
    changesSince: since,
    threads,
    indicators: indicators.map((indicator) => ({
      ...indicator,
      asksFor: indicator.lastQuarter === null || compareQuarters(indicator.lastQuarter as Quarter, lastEnded) < 0 ? lastEnded : null,
    })),
  };
}

/** Where one fundament stands: its place in the computed ranking and in the coalition's order (if decided). */
function placeInUrgency(urgency: ReturnType<typeof rankUrgency>, foundationId: string) {
  const decidedIndex = urgency.decided?.order.findIndex((f) => f.id === foundationId) ?? -1;
  return {
    computedRank: urgency.computed.find((row) => row.foundationId === foundationId)?.rank ?? null,
    decidedRank: decidedIndex >= 0 ? decidedIndex + 1 : null,
    total: urgency.computed.length,
  };
}

/** Marks everything up to now as seen, so the Overzicht starts a new "since" list. */
export async function markChangesSeen(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "self.manage");
  await repo.setChangesSeenAt(ctx.db, actor.userId, ctx.now());
}
