import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { abilitiesFor } from "../../shared/permissions";
import { z } from "../../shared/schemas/zod-nl";
import { requirePermission } from "../auth/authorize";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { findWorkingGroupById } from "./groups.repository";
import * as repo from "./members.repository";

// Who is in a werkgroep or a fundament's team, and who could join. A werkgroep's lead and a
// kwartiermaker cannot list everyone (people.manage is the programme office's); to add
// someone they get the region's active people who are not in yet: names and organisations,
// never e-mail addresses. Adding and removing goes through grantRole/revokeRole.

const groupIdInput = z.object({ groupId: z.string().uuid() });
const foundationIdInput = z.object({ foundationId: z.string().uuid() });
const foundationSlugInput = z.object({ slug: z.string().trim().min(1).max(120) });

/** People who could join the werkgroep (for its lead, or the programme office). */
export async function listCandidateMembers(ctx: ServiceContext, input: unknown) {
  const { groupId } = parseInput(groupIdInput, input);
  requirePermission(ctx, "group.members.manage", { groupId });
  const group = await findWorkingGroupById(ctx.db, ctx.regionId, groupId);
  if (!group) throw new NotFoundError(nl.people.groupNotFound);
  return repo.listPeopleOutside(ctx.db, ctx.regionId, { groupId });
}

/** People who could join the fundament's team (for its kwartiermaker, or the programme office). */
export async function listCandidateTeamMembers(ctx: ServiceContext, input: unknown) {
  const { foundationId } = parseInput(foundationIdInput, input);
  requirePermission(ctx, "foundation.team.manage", { foundationId });
  const foundation = await repo.findFoundationById(ctx.db, ctx.regionId, foundationId);
  if (!foundation) throw new NotFoundError(nl.people.foundationNotFound);
  return repo.listPeopleOutside(ctx.db, ctx.regionId, { foundationId });
}

/** One fundament with its kwartiermaker and team, and what the viewer may do there. */
export async function getFoundationTeam(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "workspace.read");
  const { slug } = parseInput(foundationSlugInput, input);
  const foundation = await repo.findFoundationBySlug(ctx.db, ctx.regionId, slug);
  if (!foundation) throw new NotFoundError(nl.errors.foundationNotFound);
  const team = await repo.listFoundationTeam(ctx.db, foundation.id);
  const abilities = abilitiesFor(actor, ["foundation.edit", "foundation.team.manage"], { regionId: ctx.regionId, foundationId: foundation.id });
  return { foundation, team, abilities };
}
