import { cardStatuses, type CardStatus } from "../../shared/domain/card-rules";
import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { z } from "../../shared/schemas/zod-nl";
import { requirePermission } from "../auth/authorize";
import { workplanStatuses } from "../../shared/domain/workplan-rules";
import { listFoundationTeams } from "../foundations/foundations.service";
import { listWorkingGroups } from "../groups/groups.repository";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { listMatrixLinks } from "./cards.repository";
import * as repo from "./views.repository";

// Region-wide views over the boards: the bouwstenen x fundamenten matrix, the werkgroepen
// with their lane counts and the fundamenten with their werkagenda counts. Read-only, for
// everyone signed in.

const slug = z.string().trim().max(120).optional();
const matrixInput = z
  .object({ buildingBlock: slug, foundation: slug })
  .transform(({ buildingBlock, foundation }) => ({ buildingBlock: buildingBlock || undefined, foundation: foundation || undefined }));

export type MatrixCard = Awaited<ReturnType<typeof listMatrixLinks>>[number];

/**
 * The plan's bouwstenen (rows) x fundamenten (columns); each cell counts the cards of all
 * werkgroepen (not archived) that link both. With a bouwsteen and/or a fundament chosen,
 * `selection` lists the cards of that cell (or of that whole row or column).
 */
export async function getMatrix(ctx: ServiceContext, input: unknown = {}) {
  requirePermission(ctx, "workspace.read");
  const filter = parseInput(matrixInput, input ?? {});
  const plan = await requirePlan(ctx);
  const [buildingBlocks, foundations, cards] = await Promise.all([
    repo.listPlanAxis(ctx.db, "building_block", plan.id),
    repo.listPlanAxis(ctx.db, "foundation", plan.id),
    listMatrixLinks(ctx.db, ctx.regionId),
  ]);
  const chosenBlock = filter.buildingBlock ? buildingBlocks.find((b) => b.slug === filter.buildingBlock) : undefined;
  if (filter.buildingBlock && !chosenBlock) throw new NotFoundError(nl.errors.buildingBlockNotFound);
  const chosenFoundation = filter.foundation ? foundations.find((f) => f.slug === filter.foundation) : undefined;
  if (filter.foundation && !chosenFoundation) throw new NotFoundError(nl.errors.foundationNotFound);

  const links = (card: MatrixCard, blockId: string, foundationId: string) =>
    card.buildingBlockIds.includes(blockId) && card.foundationIds.includes(foundationId);
  const rows = buildingBlocks.map((block) => ({
    slug: block.slug,
    name: block.name,
    counts: foundations.map((foundation) => cards.filter((card) => links(card, block.id, foundation.id)).length),
  }));
  const inMatrix = (card: MatrixCard) =>
    (chosenBlock ? card.buildingBlockIds.includes(chosenBlock.id) : card.buildingBlockIds.some((id) => buildingBlocks.some((b) => b.id === id))) &&
    (chosenFoundation ? card.foundationIds.includes(chosenFoundation.id) : card.foundationIds.some((id) => foundations.some((f) => f.id === id)));
  const selection =
    chosenBlock || chosenFoundation
      ? cards.filter(inMatrix).map(({ id, title, status, focus, groupSlug, groupName }) => ({ id, title, status: status as CardStatus, focus, groupSlug, groupName }))
      : null;
  return {
    columns: foundations.map(({ slug, name }) => ({ slug, name })),
    rows,
    chosen: {
      buildingBlock: chosenBlock ? { slug: chosenBlock.slug, name: chosenBlock.name } : null,
      foundation: chosenFoundation ? { slug: chosenFoundation.slug, name: chosenFoundation.name } : null,
    },
    selection,
  };
}

/** The region's werkgroepen with leads, member count, focus count and cards per lane. */
export async function listWorkingGroupOverview(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  const [groups, counts] = await Promise.all([listWorkingGroups(ctx.db, ctx.regionId), repo.countCardsPerLane(ctx.db, ctx.regionId)]);
  return groups.map((group) => {
    const own = counts.filter((row) => row.groupId === group.id);
    const lanes = cardStatuses.map((status) => ({ status, cards: own.find((row) => row.status === status)?.cards ?? 0 }));
    return {
      ...group,
      leadNames: group.leadNames ?? [],
      memberCount: group.memberCount ?? 0,
      targetGroupNames: group.targetGroupNames ?? [],
      focusCount: own.reduce((sum, row) => sum + row.focus, 0),
      cardCount: own.reduce((sum, row) => sum + row.cards, 0),
      lanes,
    };
  });
}

/** The plan's fundamenten with kwartiermaker(s), team size and werkagenda items per lane. */
export async function listFoundationOverview(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  const [foundations, counts] = await Promise.all([listFoundationTeams(ctx), repo.countWorkplanItemsPerLane(ctx.db, ctx.regionId)]);
  return foundations.map((foundation) => {
    const own = counts.filter((row) => row.foundationId === foundation.id);
    return {
      id: foundation.id,
      slug: foundation.slug,
      name: foundation.name,
      leadNames: foundation.team.filter((m) => m.role === "foundation_lead").map((m) => m.name),
      teamSize: foundation.team.length,
      itemCount: own.reduce((sum, row) => sum + row.items, 0),
      lanes: workplanStatuses.map((status) => ({ status, items: own.find((row) => row.status === status)?.items ?? 0 })),
    };
  });
}
