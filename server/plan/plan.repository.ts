import { sql, type Kysely } from "kysely";
import type { Database, InitiativeKind, InitiativeScope } from "../../db/schema";

// All SQL of the plan feature. Functions take `db` (or a transaction) first.

type Db = Kysely<Database>;

export async function findRegionBySlug(db: Db, slug: string) {
  return db.selectFrom("region").where("slug", "=", slug).select(["id", "slug", "name"]).executeTakeFirst();
}

export async function findPlanByRegion(db: Db, regionSlug: string) {
  return db
    .selectFrom("plan")
    .innerJoin("region", "region.id", "plan.region_id")
    .where("region.slug", "=", regionSlug)
    .select([
      "plan.id",
      "plan.slug",
      "plan.title",
      "plan.subtitle",
      "plan.ambition",
      "plan.ambition_description as ambitionDescription",
      "plan.guiding_rule as guidingRule",
      "plan.year",
      "region.id as regionId",
      "region.slug as regionSlug",
      "region.name as regionName",
    ])
    .orderBy("plan.year", "desc")
    .executeTakeFirst();
}

/** The region's plan by the region's id (code that starts from a row, not from a request). */
export async function findPlanByRegionId(db: Db, regionId: string) {
  return db
    .selectFrom("plan")
    .innerJoin("region", "region.id", "plan.region_id")
    .where("region.id", "=", regionId)
    .select(["plan.id", "region.name as regionName"])
    .orderBy("plan.year", "desc")
    .executeTakeFirst();
}

export async function listTransformationTasks(db: Db, planId: string) {
  return db
    .selectFrom("transformation_task")
    .where("plan_id", "=", planId)
    .select(["slug", "code", "name", "description"])
    .orderBy("position")
    .execute();
}

/** Rows of one of the plan's simple named lists, in the plan's order. */
export async function listNamedItems(
  db: Db,
  table: "principle" | "target_group" | "theme" | "financing_stream",
  planId: string,
) {
  return db.selectFrom(table).where("plan_id", "=", planId).select(["slug", "name", "description"]).orderBy("position").execute();
}

export async function listBuildingBlocksWithCounts(db: Db, planId: string) {
  return db
    .selectFrom("building_block as b")
    .where("b.plan_id", "=", planId)
    .select((eb) => [
      "b.slug",
      "b.name",
      "b.description",
      eb
        .selectFrom("catalogue_direction")
        .whereRef("building_block_id", "=", "b.id")
        .select(sql<number>`count(*)::int`.as("n"))
        .as("directionCount"),
      eb
        .selectFrom("initiative")
        .whereRef("building_block_id", "=", "b.id")
        .select(sql<number>`count(*)::int`.as("n"))
        .as("initiativeCount"),
    ])
    .orderBy("b.position")
    .execute() as Promise<Array<{ slug: string; name: string; description: string; directionCount: number; initiativeCount: number }>>;
}

export async function listFoundationsWithCounts(db: Db, planId: string) {
  return db
    .selectFrom("foundation as f")
    .where("f.plan_id", "=", planId)
    .select((eb) => [
      "f.slug",
      "f.name",
      "f.description",
      eb
        .selectFrom("foundation_line")
        .whereRef("foundation_id", "=", "f.id")
        .select(sql<number>`count(*)::int`.as("n"))
        .as("lineCount"),
    ])
    .orderBy("f.position")
    .execute() as Promise<Array<{ slug: string; name: string; description: string; lineCount: number }>>;
}

export async function findBuildingBlockBySlug(db: Db, planId: string, slug: string) {
  return db
    .selectFrom("building_block")
    .where("plan_id", "=", planId)
    .where("slug", "=", slug)
    .select(["id", "slug", "name", "description", "chapter_title as chapterTitle", "position"])
    .executeTakeFirst();
}

export async function listCatalogueDirections(db: Db, buildingBlockId: string) {
  return db
    .selectFrom("catalogue_direction")
    .where("building_block_id", "=", buildingBlockId)
    .select(["slug", "name", "description"])
    .orderBy("position")
    .execute();
}

export interface InitiativeRow {
  slug: string;
  name: string;
  description: string;
  scope: InitiativeScope;
  kind: InitiativeKind;
  buildingBlockSlug: string;
  buildingBlockName: string;
  municipalities: Array<{ slug: string; name: string }>;
}

/** Voorlopers with their municipalities, optionally for one bouwsteen or one gemeente. */
export async function listInitiatives(
  db: Db,
  planId: string,
  filter: { buildingBlockId?: string; municipalityId?: string } = {},
): Promise<InitiativeRow[]> {
  let query = db
    .selectFrom("initiative as i")
    .innerJoin("building_block as b", "b.id", "i.building_block_id")
    .where("i.plan_id", "=", planId)
    .select((eb) => [
      "i.slug",
      "i.name",
      "i.description",
      "i.scope",
      "i.kind",
      "b.slug as buildingBlockSlug",
      "b.name as buildingBlockName",
      eb
        .selectFrom("initiative_municipality as im")
        .innerJoin("municipality as m", "m.id", "im.municipality_id")
        .whereRef("im.initiative_id", "=", "i.id")
        .select(
          sql<Array<{ slug: string; name: string }>>`coalesce(json_agg(json_build_object('slug', m.slug, 'name', m.name) order by m.position), '[]')`.as(
            "list",
          ),
        )
        .as("municipalities"),
    ])
    .orderBy("b.position")
    .orderBy("i.position");
  if (filter.buildingBlockId) query = query.where("i.building_block_id", "=", filter.buildingBlockId);
  if (filter.municipalityId) {
    const municipalityId = filter.municipalityId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("initiative_municipality as f")
          .whereRef("f.initiative_id", "=", "i.id")
          .where("f.municipality_id", "=", municipalityId),
      ),
    );
  }
  return (await query.execute()) as InitiativeRow[];
}

export async function findFoundationBySlug(db: Db, planId: string, slug: string) {
  return db
    .selectFrom("foundation")
    .where("plan_id", "=", planId)
    .where("slug", "=", slug)
    .select(["id", "slug", "name", "description", "position"])
    .executeTakeFirst();
}

export async function listFoundationLines(db: Db, foundationId: string) {
  return db
    .selectFrom("foundation_line")
    .where("foundation_id", "=", foundationId)
    .select(["slug", "name", "description"])
    .orderBy("position")
    .execute();
}

/** The neighbours in the plan's order, for "vorige / volgende" links. */
export async function findNeighbours(db: Db, table: "building_block" | "foundation", planId: string, position: number) {
  const [previous, next] = await Promise.all([
    db
      .selectFrom(table)
      .where("plan_id", "=", planId)
      .where("position", "<", position)
      .select(["slug", "name"])
      .orderBy("position", "desc")
      .executeTakeFirst(),
    db
      .selectFrom(table)
      .where("plan_id", "=", planId)
      .where("position", ">", position)
      .select(["slug", "name"])
      .orderBy("position")
      .executeTakeFirst(),
  ]);
  return { previous: previous ?? null, next: next ?? null };
}

export async function listMunicipalities(db: Db, regionId: string) {
  return db
    .selectFrom("municipality as m")
    .leftJoin("subregion as s", "s.id", "m.subregion_id")
    .where("m.region_id", "=", regionId)
    .select(["m.id", "m.slug", "m.name", "m.subregion_id as subregionId", "s.slug as subregionSlug", "s.name as subregionName"])
    .orderBy("m.position")
    .execute();
}

export async function listSubregions(db: Db, regionId: string) {
  return db.selectFrom("subregion").where("region_id", "=", regionId).select(["slug", "name"]).orderBy("position").execute();
}

/** The regiobeeld's key figures in the plan's order. */
export async function listKeyFigures(db: Db, planId: string) {
  return db.selectFrom("plan_key_figure").where("plan_id", "=", planId).select(["slug", "value", "label", "context"]).orderBy("position").execute();
}

export async function listCareTableThemes(db: Db, regionId: string) {
  const [themes, tasks, goals] = await Promise.all([
    db
      .selectFrom("care_table_theme")
      .where("region_id", "=", regionId)
      .select(["id", "slug", "name", "intended_result as intendedResult", "source"])
      .orderBy("position")
      .execute(),
    db
      .selectFrom("care_table_task")
      .where("region_id", "=", regionId)
      .select(["theme_id as themeId", "slug", "text"])
      .orderBy("position")
      .execute(),
    db
      .selectFrom("care_table_goal")
      .where("region_id", "=", regionId)
      .select(["theme_id as themeId", "slug", "text", "period"])
      .orderBy("position")
      .execute(),
  ]);
  return themes.map(({ id, ...theme }) => ({
    ...theme,
    tasks: tasks.filter((t) => t.themeId === id).map(({ slug, text }) => ({ slug, text })),
    goals: goals.filter((g) => g.themeId === id).map(({ slug, text, period }) => ({ slug, text, period })),
  }));
}
