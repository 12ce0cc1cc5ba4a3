import { can } from "../../shared/permissions";
import { requirePermission } from "../auth/authorize";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import * as repo from "./overview.repository";

/**
 * "Wat vraagt mijn aandacht?": the signed-in person's Overzicht, built from their roles.
 * Werkgroep people see their boards; kwartiermakers and teams their werkagenda by due
 * quarter; the programme office and the coalition all werkgroepen and fundamenten side by
 * side; everyone the changes others made since they last marked them as seen.
 */
export async function getOverview(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "workspace.read");
  const plan = await requirePlan(ctx);
  const groupIds = [...new Set(actor.grants.flatMap((g) => ("groupId" in g ? [g.groupId] : [])))];
  const foundationIds = [...new Set(actor.grants.flatMap((g) => ("foundationId" in g ? [g.foundationId] : [])))];
  const seesRegion = actor.grants.some((g) => g.role === "programme_office" || g.role === "coalition");
  const since = await repo.findChangesSeenAt(ctx.db, actor.userId);
  const [myGroups, myFoundations, dueItems, allGroups, allFoundations, changes] = await Promise.all([
    repo.listGroupSummaries(ctx.db, ctx.regionId, groupIds),
    repo.listFoundationSummaries(ctx.db, plan.id, foundationIds),
    repo.listDueItems(ctx.db, foundationIds),
    seesRegion ? repo.listGroupSummaries(ctx.db, ctx.regionId) : Promise.resolve([]),
    seesRegion ? repo.listFoundationSummaries(ctx.db, plan.id) : Promise.resolve([]),
    repo.listChangesByOthers(ctx.db, ctx.regionId, actor.userId, since),
  ]);
  return {
    myGroups: myGroups.map((g) => ({ ...g, canEdit: can(actor, "group.edit", { regionId: ctx.regionId, groupId: g.id }) })),
    myFoundations,
    dueItems,
    region: seesRegion ? { groups: allGroups, foundations: allFoundations } : null,
    changes,
    changesSince: since,
  };
}

/** Marks everything up to now as seen, so the Overzicht starts a new "since" list. */
export async function markChangesSeen(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "self.manage");
  await repo.setChangesSeenAt(ctx.db, actor.userId, ctx.now());
}
