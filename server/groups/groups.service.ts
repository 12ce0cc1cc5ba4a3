import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { abilitiesFor } from "../../shared/permissions";
import { groupSlugInput, updateWorkingGroupInput, workingGroupInput } from "../../shared/schemas/people";
import { slugify } from "../../shared/slug";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./groups.repository";

/** The region's werkgroepen with member counts and leads (any signed-in person). */
export async function listWorkingGroups(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  return repo.listWorkingGroups(ctx.db, ctx.regionId);
}

/** One werkgroep with its links and members, and what the viewer may do with it. */
export async function getWorkingGroup(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "workspace.read");
  const { slug } = parseInput(groupSlugInput, input);
  const group = await repo.findWorkingGroupBySlug(ctx.db, ctx.regionId, slug);
  if (!group) throw new NotFoundError(nl.people.groupNotFound);
  const [links, members] = await Promise.all([repo.listGroupLinks(ctx.db, group.id), repo.listGroupMembers(ctx.db, group.id)]);
  const abilities = abilitiesFor(actor, ["group.edit", "group.members.manage", "structure.manage"], { regionId: ctx.regionId, groupId: group.id });
  return { group, ...links, members, abilities };
}

/** The bouwstenen, thema's and doelgroepen a werkgroep can be linked to. */
export async function listGroupLinkOptions(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  const plan = await requirePlan(ctx);
  return repo.listLinkOptions(ctx.db, plan.id);
}

/** Creates a werkgroep with its links to bouwstenen and thema's (programme office). */
export async function createWorkingGroup(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "structure.manage");
  const fields = parseInput(workingGroupInput, input);
  const slug = slugify(fields.name);
  if (!slug) throw new ValidationError(nl.validation.invalid, [{ path: "name", message: nl.validation.invalid }]);
  const plan = await requirePlan(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.slugTaken(trx, ctx.regionId, slug)) throw new ConflictError(nl.people.groupNameTaken);
    const group = await repo.insertWorkingGroup(trx, { regionId: ctx.regionId, slug, name: fields.name, description: fields.description });
    await repo.replaceGroupLinks(trx, group.id, plan.id, fields);
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "working_group.created", subjectType: "working_group", subjectId: group.id, data: { name: fields.name } });
    return group;
  });
}

/** Renames a werkgroep or changes its description and links; the slug (URL) stays. */
export async function updateWorkingGroup(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "structure.manage");
  const { groupId, ...fields } = parseInput(updateWorkingGroupInput, input);
  const group = await repo.findWorkingGroupById(ctx.db, ctx.regionId, groupId);
  if (!group) throw new NotFoundError(nl.people.groupNotFound);
  const plan = await requirePlan(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateWorkingGroup(trx, groupId, { name: fields.name, description: fields.description });
    await repo.replaceGroupLinks(trx, groupId, plan.id, fields);
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "working_group.updated", subjectType: "working_group", subjectId: groupId, data: { name: fields.name } });
  });
  return { slug: group.slug };
}
