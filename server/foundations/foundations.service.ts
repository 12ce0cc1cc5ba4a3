import { sql } from "kysely";
import { abilitiesFor } from "../../shared/permissions";
import { requirePermission } from "../auth/authorize";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";

/** Each fundament with its kwartiermaker and team, and whether the viewer may manage it. */
export async function listFoundationTeams(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "workspace.read");
  const plan = await requirePlan(ctx);
  const rows = await ctx.db
    .selectFrom("foundation as f")
    .where("f.plan_id", "=", plan.id)
    .select((eb) => [
      "f.id",
      "f.slug",
      "f.name",
      eb
        .selectFrom("role_assignment as r")
        .innerJoin("app_user as u", "u.id", "r.user_id")
        .whereRef("r.foundation_id", "=", "f.id")
        .select(
          sql<Array<{ assignmentId: string; userId: string; role: "foundation_lead" | "foundation_member"; name: string; email: string }>>`
            coalesce(json_agg(json_build_object('assignmentId', r.id, 'userId', u.id, 'role', r.role, 'name', u.name, 'email', u.email)
              order by r.role, u.name), '[]')`.as("list"),
        )
        .as("team"),
    ])
    .orderBy("f.position")
    .execute();
  return rows.map((f) => ({
    ...f,
    team: f.team ?? [],
    abilities: abilitiesFor(actor, ["foundation.team.manage", "people.manage"], { regionId: ctx.regionId, foundationId: f.id }),
  }));
}
