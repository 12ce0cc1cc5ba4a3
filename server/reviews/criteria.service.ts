import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { abilitiesFor } from "../../shared/permissions";
import { addCriterionInput, setCriteriaSetActiveInput, updateCriterionInput } from "../../shared/schemas/reviews";
import { slugify } from "../../shared/slug";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./reviews.repository";

// The criteria sets reviewers rate against: data per region (seeded from
// db/seed/data/criteria-sets.ts), configured by the projectbureau. Turning a set off takes
// its criteria out of reviews from then on; submitted reviews keep their ratings. Rewording a
// criterion shows in old reviews too, so it is meant for clarifying, not for changing what it asks.

/** Every criteria set of the region with its criteria, active or not; anyone signed in may read them. */
export async function listCriteriaSets(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  return { sets: await repo.listCriteriaSets(ctx.db, ctx.regionId), abilities: abilitiesFor(ctx.actor, ["review.configure"], { regionId: ctx.regionId }) };
}

/** Turns a set on or off. At least one set stays on, or a review would have nothing to rate. */
export async function setCriteriaSetActive(ctx: ServiceContext, input: unknown) {
  const { criteriaSetId, active } = parseInput(setCriteriaSetActiveInput, input);
  const actor = requirePermission(ctx, "review.configure");
  await ctx.db.transaction().execute(async (trx) => {
    const sets = await repo.lockCriteriaSets(trx, ctx.regionId);
    const set = sets.find((s) => s.id === criteriaSetId);
    if (!set) throw new NotFoundError(nl.review.criteriaSetNotFound);
    if (set.active === active) return;
    if (!active && sets.filter((s) => s.active && s.id !== criteriaSetId).length === 0) throw new ValidationError(nl.review.lastActiveSet);
    await repo.updateCriteriaSetActive(trx, criteriaSetId, active);
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "criteria_set.updated",
      subjectType: "criteria_set",
      subjectId: criteriaSetId,
      data: { name: set.name, active },
    });
  });
  return listCriteriaSets(ctx);
}

/**
 * Rewords a criterion's title and description. With `previous` (the page sends the text it
 * showed), a criterion someone else changed meanwhile is refused, not overwritten.
 */
export async function updateCriterion(ctx: ServiceContext, input: unknown) {
  const { criterionId, title, description, previous } = parseInput(updateCriterionInput, input);
  const actor = requirePermission(ctx, "review.configure");
  await ctx.db.transaction().execute(async (trx) => {
    const current = await repo.lockCriterion(trx, ctx.regionId, criterionId);
    if (!current) throw new NotFoundError(nl.review.criterionNotFound);
    if (previous && (previous.title !== current.title || previous.description !== current.description)) {
      throw new ConflictError(nl.review.criterionChangedMeanwhile, { current });
    }
    if (current.title === title && current.description === description) return;
    await repo.updateCriterion(trx, criterionId, { title, description });
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "criterion.updated",
      subjectType: "criterion",
      subjectId: criterionId,
      data: { from: current, to: { title, description } },
    });
  });
  return { id: criterionId, title, description };
}

/**
 * Adds a criterion at the end of a set. Reviews of an active set ask for it from then on
 * (a draft must rate it before it is submitted); submitted reviews keep what they had.
 */
export async function addCriterion(ctx: ServiceContext, input: unknown) {
  const { criteriaSetId, title, description } = parseInput(addCriterionInput, input);
  const actor = requirePermission(ctx, "review.configure");
  const slug = slugify(title);
  if (!slug) throw new ValidationError(nl.review.criterionTitleRequired, [{ path: "title", message: nl.review.criterionTitleRequired }]);
  return ctx.db.transaction().execute(async (trx) => {
    const set = await repo.lockCriteriaSet(trx, ctx.regionId, criteriaSetId);
    if (!set) throw new NotFoundError(nl.review.criteriaSetNotFound);
    if (await repo.criterionSlugTaken(trx, criteriaSetId, slug)) {
      throw new ValidationError(nl.review.criterionTitleTaken, [{ path: "title", message: nl.review.criterionTitleTaken }]);
    }
    const criterion = await repo.insertCriterion(trx, { criteriaSetId, slug, title, description });
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "criterion.created",
      subjectType: "criterion",
      subjectId: criterion.id,
      data: { set: set.name, title, description },
    });
    return criterion;
  });
}
