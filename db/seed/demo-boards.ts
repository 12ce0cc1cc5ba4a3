import type { Insertable, Kysely } from "kysely";
import { findCardProblems, maxFocusPerGroup, type Scale } from "../../shared/domain/card-rules";
import type { Quarter } from "../../shared/domain/quarter";
import { initialRanks } from "../../shared/domain/rank";
import { findWorkplanItemProblems } from "../../shared/domain/workplan-rules";
import type { Database, SolutionDirectionTable, WorkplanItemTable } from "../schema";
import { demoBoards, demoWorkplans, type DemoBoard, type DemoCard, type DemoScale, type DemoWorkplan } from "./data/demo-boards";

/**
 * Puts the demo cards on the demo werkgroepen's boards and the demo items on the fundamenten's
 * werkagenda's (db/seed/data/demo-boards.ts). Idempotent per board: a werkgroep that already
 * has any card (archived ones included) and a fundament that already has any item are left
 * alone, so what people did on a demo board survives a restart. Cards are created by the
 * werkgroep's begeleider, items by the fundament's kwartiermaker. Run after the demo people
 * exist (seedDemoData calls it last, inside its transaction).
 */
export async function seedDemoBoards(
  db: Kysely<Database>,
  regionId: string,
  data: { boards: DemoBoard[]; workplans: DemoWorkplan[] } = { boards: demoBoards, workplans: demoWorkplans },
): Promise<void> {
  const plan = await db.selectFrom("plan").where("region_id", "=", regionId).select("id").executeTakeFirst();
  if (!plan) throw new Error("Demo boards: the region has no plan; seed the Regioplan first");
  const slugs = await loadSlugs(db, regionId, plan.id);

  for (const board of data.boards) {
    const groupId = resolve(slugs.groups, board.group, "werkgroep");
    const hasCards = await db.selectFrom("solution_direction").where("working_group_id", "=", groupId).select("id").limit(1).executeTakeFirst();
    if (hasCards) continue;
    const lead = await firstHolder(db, "group_lead", { groupId });
    const rows = board.cards.map((card) => toCardRow(card, slugs, { regionId, groupId, userId: lead }));
    const focus = rows.filter((row) => row.focus).length;
    if (focus > maxFocusPerGroup) throw new Error(`Demo boards: werkgroep ${board.group} has ${focus} focus cards`);
    const made = await db.insertInto("solution_direction").values(withLaneRanks(rows)).returning(["id", "title", "origin_id"]).execute();
    await recordCreations(db, regionId, lead, "card.created", made.map((card) => ({ id: card.id, data: { title: card.title, originId: card.origin_id } })));
  }

  for (const workplan of data.workplans) {
    const foundationId = resolve(slugs.foundations, workplan.foundation, "fundament");
    const hasItems = await db.selectFrom("workplan_item").where("foundation_id", "=", foundationId).select("id").limit(1).executeTakeFirst();
    if (hasItems) continue;
    const kwartiermaker = await firstHolder(db, "foundation_lead", { foundationId });
    const rows = workplan.items.map((item) => {
      const problems = findWorkplanItemProblems(item);
      if (problems.length > 0) throw new Error(`Demo boards: item "${item.title}" of ${workplan.foundation}: ${problems[0]!.message}`);
      return {
        region_id: regionId,
        foundation_id: foundationId,
        title: item.title,
        description: item.description,
        due_quarter: item.dueQuarter,
        status: item.status,
        responsible_organisation: item.responsibleOrganisation,
        archived_at: null,
        created_by: kwartiermaker,
        updated_by: kwartiermaker,
      } satisfies Omit<Insertable<WorkplanItemTable>, "rank">;
    });
    const made = await db.insertInto("workplan_item").values(withLaneRanks(rows)).returning(["id", "title", "due_quarter"]).execute();
    await recordCreations(db, regionId, kwartiermaker, "workplan_item.created", made.map((item) => ({ id: item.id, data: { title: item.title, dueQuarter: item.due_quarter } })));
  }
}

/**
 * The audit events the services would have written for what the demo puts on a board, so a
 * board's Geschiedenis starts with who made its cards instead of "nothing changed yet".
 */
async function recordCreations(
  db: Kysely<Database>,
  regionId: string,
  actorId: string | null,
  action: "card.created" | "workplan_item.created",
  made: Array<{ id: string; data: Record<string, unknown> }>,
) {
  if (made.length === 0) return;
  const subjectType = action === "card.created" ? "solution_direction" : "workplan_item";
  await db
    .insertInto("audit_event")
    .values(made.map((m) => ({ region_id: regionId, actor_id: actorId, action, subject_type: subjectType, subject_id: m.id, data: m.data })))
    .execute();
}

type SlugMaps = Awaited<ReturnType<typeof loadSlugs>>;

async function loadSlugs(db: Kysely<Database>, regionId: string, planId: string) {
  const byPlan = async (table: "building_block" | "foundation" | "target_group" | "theme") =>
    toMap(await db.selectFrom(table).where("plan_id", "=", planId).select(["id", "slug"]).execute());
  const catalogue = await db
    .selectFrom("catalogue_direction")
    .where("plan_id", "=", planId)
    .select(["id", "slug", "name", "description", "building_block_id as buildingBlockId"])
    .execute();
  return {
    groups: toMap(await db.selectFrom("working_group").where("region_id", "=", regionId).select(["id", "slug"]).execute()),
    buildingBlocks: await byPlan("building_block"),
    foundations: await byPlan("foundation"),
    targetGroups: await byPlan("target_group"),
    themes: await byPlan("theme"),
    catalogue: new Map(catalogue.map((c) => [c.slug, c])),
    municipalities: toMap(await db.selectFrom("municipality").where("region_id", "=", regionId).select(["id", "slug"]).execute()),
    subregions: toMap(await db.selectFrom("subregion").where("region_id", "=", regionId).select(["id", "slug"]).execute()),
  };
}

function toMap(rows: Array<{ id: string; slug: string }>) {
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/** A slug in the demo data that the plan does not have is a mistake in the data: stop. */
function resolve<T>(map: Map<string, T>, slug: string, what: string): T {
  const value = map.get(slug);
  if (value === undefined) throw new Error(`Demo boards: unknown ${what} "${slug}"`);
  return value;
}

function toCardRow(card: DemoCard, slugs: SlugMaps, owner: { regionId: string; groupId: string; userId: string | null }) {
  const origin = card.catalogue === undefined ? undefined : resolve(slugs.catalogue, card.catalogue, "oplossingsrichting in de catalogus");
  const title = card.title ?? origin?.name ?? "";
  const extraBlocks = (card.buildingBlocks ?? []).map((slug) => resolve(slugs.buildingBlocks, slug, "bouwsteen"));
  const buildingBlockIds = [...new Set([...(origin ? [origin.buildingBlockId] : []), ...extraBlocks])];
  const scale = card.scale ? toScale(card.scale, slugs) : null;
  const problems = findCardProblems({
    status: card.status,
    title,
    buildingBlockIds,
    scale,
    startQuarter: (card.startQuarter ?? null) as Quarter | null,
    endQuarter: (card.endQuarter ?? null) as Quarter | null,
  });
  if (problems.length > 0) throw new Error(`Demo boards: card "${title}": ${problems[0]!.message}`);
  return {
    region_id: owner.regionId,
    working_group_id: owner.groupId,
    origin_id: origin?.id ?? null,
    title,
    description: card.description ?? origin?.description ?? "",
    status: card.status,
    focus: card.focus ?? false,
    scale_kind: scale?.kind ?? null,
    municipality_ids: scale?.kind === "lokaal" ? scale.municipalityIds : [],
    subregion_id: scale?.kind === "subregionaal" ? scale.subregionId : null,
    start_quarter: card.startQuarter ?? null,
    end_quarter: card.endQuarter ?? null,
    building_block_ids: buildingBlockIds,
    foundation_ids: (card.foundations ?? []).map((slug) => resolve(slugs.foundations, slug, "fundament")),
    target_group_ids: (card.targetGroups ?? []).map((slug) => resolve(slugs.targetGroups, slug, "doelgroep")),
    theme_ids: (card.themes ?? []).map((slug) => resolve(slugs.themes, slug, "thema")),
    responsible_user_id: null,
    archived_at: null,
    created_by: owner.userId,
    updated_by: owner.userId,
  } satisfies Omit<Insertable<SolutionDirectionTable>, "rank">;
}

function toScale(scale: DemoScale, slugs: SlugMaps): Scale {
  if (scale.kind === "lokaal") return { kind: "lokaal", municipalityIds: scale.municipalities.map((slug) => resolve(slugs.municipalities, slug, "gemeente")) };
  if (scale.kind === "subregionaal") return { kind: "subregionaal", subregionId: resolve(slugs.subregions, scale.subregion, "subregio") };
  return { kind: "regionaal" };
}

/** Ranks per lane (initialRanks), keeping the data's order within each lane. */
function withLaneRanks<T extends { status: string }>(rows: T[]): Array<T & { rank: string }> {
  const lanes = new Map<string, number[]>();
  rows.forEach((row, index) => lanes.set(row.status, [...(lanes.get(row.status) ?? []), index]));
  const ranks: string[] = [];
  for (const indexes of lanes.values()) initialRanks(indexes.length).forEach((rank, i) => (ranks[indexes[i]!] = rank));
  return rows.map((row, index) => ({ ...row, rank: ranks[index]! }));
}

/** The begeleider of a werkgroep or kwartiermaker of a fundament (the first by e-mail), if any. */
async function firstHolder(db: Kysely<Database>, role: "group_lead" | "foundation_lead", scope: { groupId?: string; foundationId?: string }) {
  let query = db
    .selectFrom("role_assignment as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .where("r.role", "=", role)
    .select("u.id")
    .orderBy("u.email")
    .limit(1);
  if (scope.groupId) query = query.where("r.working_group_id", "=", scope.groupId);
  if (scope.foundationId) query = query.where("r.foundation_id", "=", scope.foundationId);
  return (await query.executeTakeFirst())?.id ?? null;
}
