import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { initiativeFilterInput, slugInput } from "../../shared/schemas/plan";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./plan.repository";

// The Regioplan as people read it: public and read-only. Loaders and tRPC procedures are
// one-line calls of these functions.

/** The id of a region by slug; start-up fails when the configured region does not exist. */
export async function requireRegionId(db: ServiceContext["db"], regionSlug: string) {
  const region = await repo.findRegionBySlug(db, regionSlug);
  if (!region) throw new Error(`Region "${regionSlug}" does not exist; check REGION`);
  return region.id;
}

/** The plan's root for the request's region; a region without a plan is a 404. */
export async function requirePlan(ctx: ServiceContext) {
  const plan = await repo.findPlanByRegion(ctx.db, ctx.regionSlug);
  if (!plan) throw new NotFoundError(nl.errors.regionNotFound);
  return plan;
}

/** Ambition -> opgaven -> bouwstenen and fundamenten, with counts: the home page. */
export async function getPlanOverview(ctx: ServiceContext) {
  const plan = await requirePlan(ctx);
  const [tasks, buildingBlocks, foundations] = await Promise.all([
    repo.listTransformationTasks(ctx.db, plan.id),
    repo.listBuildingBlocksWithCounts(ctx.db, plan.id),
    repo.listFoundationsWithCounts(ctx.db, plan.id),
  ]);
  return { plan, tasks, buildingBlocks, foundations };
}

/** Everything the plan names, in the plan's order: the /regioplan page. */
export async function getPlanStructure(ctx: ServiceContext) {
  const { plan, tasks, buildingBlocks, foundations } = await getPlanOverview(ctx);
  const [principles, targetGroups, themes, financingStreams, subregions, municipalities, careTable, keyFigures] = await Promise.all([
    repo.listNamedItems(ctx.db, "principle", plan.id),
    repo.listNamedItems(ctx.db, "target_group", plan.id),
    repo.listNamedItems(ctx.db, "theme", plan.id),
    repo.listNamedItems(ctx.db, "financing_stream", plan.id),
    repo.listSubregions(ctx.db, plan.regionId),
    repo.listMunicipalities(ctx.db, plan.regionId),
    repo.listCareTableThemes(ctx.db, plan.regionId),
    repo.listKeyFigures(ctx.db, plan.id),
  ]);
  return {
    plan,
    tasks,
    principles,
    targetGroups,
    themes,
    buildingBlocks,
    foundations,
    financingStreams,
    subregions: subregions.map((s) => ({
      ...s,
      municipalities: municipalities.filter((m) => m.subregionSlug === s.slug).map(({ slug, name }) => ({ slug, name })),
    })),
    careTable,
    keyFigures,
  };
}

/** One bouwsteen with its catalogue of oplossingsrichtingen and its voorlopers. */
export async function getBuildingBlock(ctx: ServiceContext, input: unknown) {
  const slug = requireSlug(input, nl.errors.buildingBlockNotFound);
  const plan = await requirePlan(ctx);
  const block = await repo.findBuildingBlockBySlug(ctx.db, plan.id, slug);
  if (!block) throw new NotFoundError(nl.errors.buildingBlockNotFound);
  const [directions, initiatives, neighbours] = await Promise.all([
    repo.listCatalogueDirections(ctx.db, block.id),
    repo.listInitiatives(ctx.db, plan.id, { buildingBlockId: block.id }),
    repo.findNeighbours(ctx.db, "building_block", plan.id, block.position),
  ]);
  const { id: _id, position: _position, ...fields } = block;
  return { plan: pickPlanHeader(plan), buildingBlock: fields, directions, initiatives, ...neighbours };
}

/** One fundament with its main lines. */
export async function getFoundation(ctx: ServiceContext, input: unknown) {
  const slug = requireSlug(input, nl.errors.foundationNotFound);
  const plan = await requirePlan(ctx);
  const foundation = await repo.findFoundationBySlug(ctx.db, plan.id, slug);
  if (!foundation) throw new NotFoundError(nl.errors.foundationNotFound);
  const [lines, neighbours] = await Promise.all([
    repo.listFoundationLines(ctx.db, foundation.id),
    repo.findNeighbours(ctx.db, "foundation", plan.id, foundation.position),
  ]);
  const { id: _id, position: _position, ...fields } = foundation;
  return { plan: pickPlanHeader(plan), foundation: fields, lines, ...neighbours };
}

/** All voorlopers, optionally only those in one gemeente (an unknown gemeente is a 404). */
export async function listInitiatives(ctx: ServiceContext, input: unknown) {
  const filter = parseInput(initiativeFilterInput, input ?? {});
  const plan = await requirePlan(ctx);
  const municipalities = await repo.listMunicipalities(ctx.db, plan.regionId);
  const municipality = filter.municipality ? municipalities.find((m) => m.slug === filter.municipality) : undefined;
  if (filter.municipality && !municipality) throw new NotFoundError(nl.errors.municipalityNotFound);
  const initiatives = await repo.listInitiatives(ctx.db, plan.id, { municipalityId: municipality?.id });
  return {
    plan: pickPlanHeader(plan),
    municipalities: municipalities.map(({ slug, name }) => ({ slug, name })),
    selectedMunicipality: municipality ? { slug: municipality.slug, name: municipality.name } : null,
    initiatives,
  };
}

/** A slug that cannot exist names nothing: that is a 404, like an unknown one. */
function requireSlug(input: unknown, notFoundMessage: string) {
  const parsed = slugInput.safeParse(input);
  if (!parsed.success) throw new NotFoundError(notFoundMessage);
  return parsed.data.slug;
}

function pickPlanHeader(plan: Awaited<ReturnType<typeof requirePlan>>) {
  return { title: plan.title, regionName: plan.regionName };
}
