import { abilitiesFor } from "../../shared/permissions";
import { requirePermission } from "../auth/authorize";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import { listFoundationsWithTeams } from "./foundations.repository";

/** Each fundament with its kwartiermaker and team, and whether the viewer may manage it. */
export async function listFoundationTeams(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "workspace.read");
  const plan = await requirePlan(ctx);
  const rows = await listFoundationsWithTeams(ctx.db, plan.id);
  return rows.map((f) => ({
    ...f,
    team: f.team ?? [],
    abilities: abilitiesFor(actor, ["foundation.team.manage", "people.manage"], { regionId: ctx.regionId, foundationId: f.id }),
  }));
}
