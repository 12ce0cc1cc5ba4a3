import { sql, type Kysely, type Transaction } from "kysely";
import { nextIndicatorPosition } from "../../server/monitoring/monitoring.repository";
import type { Database } from "../schema";
import { defaultCriteriaSets, type CriteriaSetSeed } from "./data/criteria-sets";
import { flevoland } from "./data/flevoland";
import type { RegionSeed } from "./types";

/** The region a fresh deployment starts with. */
export const defaultRegionSeed = flevoland;

/**
 * Loads a region's plan. Idempotent: every row is upserted by its slug, so running it again
 * changes nothing, and a corrected description in the seed data reaches existing databases.
 */
export async function seedRegion(db: Kysely<Database>, data: RegionSeed): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const region = await upsertRegion(trx, data);
    const planId = await upsertPlan(trx, region, data);
    const municipalities = await upsertGeography(trx, region, data);
    await upsertPlanLists(trx, planId, data);
    await upsertBuildingBlocks(trx, planId, municipalities, data);
    await upsertFoundations(trx, planId, data);
    await upsertCareTable(trx, region, data);
    await upsertKeyFigures(trx, planId, data);
    await insertMissingCriteriaSets(trx, region, data.criteriaSets ?? defaultCriteriaSets);
    await insertMissingIndicators(trx, region, planId, data);
  });
}

/** Seeds the default region when the database has no region yet (first start). */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const existing = await db.selectFrom("region").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  await seedRegion(db, defaultRegionSeed);
  return true;
}

type Trx = Transaction<Database>;
type SlugIds = Map<string, string>;

async function upsertRegion(trx: Trx, data: RegionSeed) {
  const row = await trx
    .insertInto("region")
    .values(data.region)
    .onConflict((oc) => oc.column("slug").doUpdateSet((eb) => ({ name: eb.ref("excluded.name") })))
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function upsertPlan(trx: Trx, regionId: string, data: RegionSeed) {
  const { plan } = data;
  const row = await trx
    .insertInto("plan")
    .values({
      region_id: regionId,
      slug: plan.slug,
      title: plan.title,
      subtitle: plan.subtitle,
      ambition: plan.ambition,
      ambition_description: plan.ambitionDescription,
      guiding_rule: plan.guidingRule,
      year: plan.year,
    })
    .onConflict((oc) =>
      oc.columns(["region_id", "slug"]).doUpdateSet((eb) => ({
        title: eb.ref("excluded.title"),
        subtitle: eb.ref("excluded.subtitle"),
        ambition: eb.ref("excluded.ambition"),
        ambition_description: eb.ref("excluded.ambition_description"),
        guiding_rule: eb.ref("excluded.guiding_rule"),
        year: eb.ref("excluded.year"),
      })),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function upsertGeography(trx: Trx, regionId: string, data: RegionSeed): Promise<SlugIds> {
  const subregions = await trx
    .insertInto("subregion")
    .values(data.subregions.map((s, position) => ({ region_id: regionId, slug: s.slug, name: s.name, position })))
    .onConflict((oc) =>
      oc.columns(["region_id", "slug"]).doUpdateSet((eb) => ({
        name: eb.ref("excluded.name"),
        position: eb.ref("excluded.position"),
      })),
    )
    .returning(["id", "slug"])
    .execute();
  const subregionOf = new Map<string, string>();
  for (const sub of data.subregions) {
    const id = subregions.find((s) => s.slug === sub.slug)!.id;
    for (const municipality of sub.municipalities) subregionOf.set(municipality, id);
  }
  const rows = await trx
    .insertInto("municipality")
    .values(
      data.municipalities.map((m, position) => ({
        region_id: regionId,
        subregion_id: subregionOf.get(m.slug) ?? null,
        slug: m.slug,
        name: m.name,
        position,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["region_id", "slug"]).doUpdateSet((eb) => ({
        subregion_id: eb.ref("excluded.subregion_id"),
        name: eb.ref("excluded.name"),
        position: eb.ref("excluded.position"),
      })),
    )
    .returning(["id", "slug"])
    .execute();
  return toSlugIds(rows);
}

const listTables = ["principle", "target_group", "theme", "financing_stream"] as const;

async function upsertPlanLists(trx: Trx, planId: string, data: RegionSeed) {
  const lists: Record<(typeof listTables)[number], Array<{ slug: string; name: string; description: string }>> = {
    principle: data.principles,
    target_group: data.targetGroups,
    theme: data.themes,
    financing_stream: data.financingStreams,
  };
  for (const table of listTables) {
    await upsertNamedRows(trx, table, lists[table].map((item, position) => ({ plan_id: planId, ...item, position })));
  }
  await trx
    .insertInto("transformation_task")
    .values(data.transformationTasks.map((t, position) => ({ plan_id: planId, ...t, position })))
    .onConflict((oc) =>
      oc.columns(["plan_id", "slug"]).doUpdateSet((eb) => ({
        code: eb.ref("excluded.code"),
        name: eb.ref("excluded.name"),
        description: eb.ref("excluded.description"),
        position: eb.ref("excluded.position"),
      })),
    )
    .execute();
}

type NamedRow = { plan_id: string; slug: string; name: string; description: string; position: number };

/** Upserts rows of one of the plan's simple named lists and returns their ids by slug. */
async function upsertNamedRows<T extends NamedRow>(
  trx: Trx,
  table: (typeof listTables)[number] | "building_block" | "foundation" | "catalogue_direction" | "foundation_line" | "initiative",
  rows: T[],
  extraColumns: Array<Exclude<keyof T, keyof NamedRow | "plan_id">> = [],
): Promise<SlugIds> {
  if (rows.length === 0) return new Map();
  const updated = ["name", "description", "position", ...extraColumns] as string[];
  // Kysely cannot type a table chosen at run time; the rows above are checked by their callers.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const anyTrx = trx as unknown as Kysely<any>;
  const result = await anyTrx
    .insertInto(table)
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(["plan_id", "slug"])
        .doUpdateSet(Object.fromEntries(updated.map((column) => [column, sql.ref(`excluded.${column}`)]))),
    )
    .returning(["id", "slug"])
    .execute();
  return toSlugIds(result as Array<{ id: string; slug: string }>);
}

async function upsertBuildingBlocks(trx: Trx, planId: string, municipalities: SlugIds, data: RegionSeed) {
  const blocks = await upsertNamedRows(
    trx,
    "building_block",
    data.buildingBlocks.map((b, position) => ({
      plan_id: planId,
      slug: b.slug,
      name: b.name,
      description: b.description,
      chapter_title: b.chapterTitle ?? null,
      position,
    })),
    ["chapter_title"],
  );
  await upsertNamedRows(
    trx,
    "catalogue_direction",
    data.buildingBlocks.flatMap((b) =>
      b.directions.map((d, position) => ({ plan_id: planId, building_block_id: blocks.get(b.slug)!, ...d, position })),
    ),
    ["building_block_id"],
  );
  const initiatives = data.buildingBlocks.flatMap((b) =>
    b.initiatives.map((i, position) => ({ block: b.slug, position, ...i })),
  );
  const initiativeIds = await upsertNamedRows(
    trx,
    "initiative",
    initiatives.map((i) => ({
      plan_id: planId,
      building_block_id: blocks.get(i.block)!,
      slug: i.slug,
      name: i.name,
      description: i.description,
      scope: i.scope,
      kind: i.kind,
      position: i.position,
    })),
    ["building_block_id", "scope", "kind"],
  );
  const links = initiatives.flatMap((i) =>
    i.municipalities.map((m) => ({
      initiative_id: initiativeIds.get(i.slug)!,
      municipality_id: requireId(municipalities, m, `municipality of ${i.slug}`),
    })),
  );
  if (links.length > 0) {
    await trx.insertInto("initiative_municipality").values(links).onConflict((oc) => oc.doNothing()).execute();
  }
}

async function upsertFoundations(trx: Trx, planId: string, data: RegionSeed) {
  const foundations = await upsertNamedRows(
    trx,
    "foundation",
    data.foundations.map((f, position) => ({ plan_id: planId, slug: f.slug, name: f.name, description: f.description, position })),
  );
  await upsertNamedRows(
    trx,
    "foundation_line",
    data.foundations.flatMap((f) =>
      f.lines.map((l, position) => ({ plan_id: planId, foundation_id: foundations.get(f.slug)!, ...l, position })),
    ),
    ["foundation_id"],
  );
}

async function upsertCareTable(trx: Trx, regionId: string, data: RegionSeed) {
  const { careTable } = data;
  const themes = await trx
    .insertInto("care_table_theme")
    .values(
      careTable.themes.map((t, position) => ({
        region_id: regionId,
        slug: t.slug,
        name: t.name,
        intended_result: t.intendedResult,
        source: careTable.source,
        position,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["region_id", "slug"]).doUpdateSet((eb) => ({
        name: eb.ref("excluded.name"),
        intended_result: eb.ref("excluded.intended_result"),
        source: eb.ref("excluded.source"),
        position: eb.ref("excluded.position"),
      })),
    )
    .returning(["id", "slug"])
    .execute();
  const themeIds = toSlugIds(themes);
  await trx
    .insertInto("care_table_task")
    .values(
      careTable.themes.flatMap((t) =>
        t.tasks.map((task, position) => ({
          region_id: regionId,
          theme_id: themeIds.get(t.slug)!,
          slug: task.slug,
          text: task.text,
          position,
        })),
      ),
    )
    .onConflict((oc) =>
      oc.columns(["region_id", "slug"]).doUpdateSet((eb) => ({
        theme_id: eb.ref("excluded.theme_id"),
        text: eb.ref("excluded.text"),
        position: eb.ref("excluded.position"),
      })),
    )
    .execute();
  const goals = careTable.themes.flatMap((t) =>
    t.goals.map((goal, position) => ({ region_id: regionId, theme_id: themeIds.get(t.slug)!, ...goal, position })),
  );
  if (goals.length === 0) return;
  await trx
    .insertInto("care_table_goal")
    .values(goals)
    .onConflict((oc) =>
      oc.columns(["region_id", "slug"]).doUpdateSet((eb) => ({
        theme_id: eb.ref("excluded.theme_id"),
        text: eb.ref("excluded.text"),
        period: eb.ref("excluded.period"),
        position: eb.ref("excluded.position"),
      })),
    )
    .execute();
}

async function upsertKeyFigures(trx: Trx, planId: string, data: RegionSeed) {
  if (data.keyFigures.length === 0) return;
  await trx
    .insertInto("plan_key_figure")
    .values(data.keyFigures.map((figure, position) => ({ plan_id: planId, ...figure, position })))
    .onConflict((oc) =>
      oc.columns(["plan_id", "slug"]).doUpdateSet((eb) => ({
        value: eb.ref("excluded.value"),
        label: eb.ref("excluded.label"),
        context: eb.ref("excluded.context"),
        position: eb.ref("excluded.position"),
      })),
    )
    .execute();
}

/** The indicators monitoring starts with; an existing one (maybe changed by the projectbureau) stays as it is. */
async function insertMissingIndicators(trx: Trx, regionId: string, planId: string, data: RegionSeed) {
  const indicators = data.indicators ?? [];
  if (indicators.length === 0) return;
  const foundations = toSlugIds(await trx.selectFrom("foundation").where("plan_id", "=", planId).select(["id", "slug"]).execute());
  const start = await nextIndicatorPosition(trx, regionId);
  await trx
    .insertInto("indicator")
    .values(
      indicators.map(({ foundation, ...indicator }, i) => ({
        region_id: regionId,
        ...indicator,
        target: null,
        target_quarter: null,
        working_group_id: null,
        foundation_id: foundation ? requireId(foundations, foundation, "fundament") : null,
        position: start + i,
      })),
    )
    .onConflict((oc) => oc.columns(["region_id", "slug"]).doNothing())
    .execute();
}

/**
 * The review criteria sets (db/seed/data/criteria-sets.ts). Unlike the plan, these belong to
 * the projectbureau once seeded (it rewords criteria, turns sets off): only sets and criteria
 * that are missing by slug are added, nothing existing is overwritten.
 */
async function insertMissingCriteriaSets(trx: Trx, regionId: string, sets: CriteriaSetSeed[]) {
  if (sets.length === 0) return;
  await trx
    .insertInto("criteria_set")
    .values(sets.map((set, position) => ({ region_id: regionId, slug: set.slug, name: set.name, description: set.description, position })))
    .onConflict((oc) => oc.columns(["region_id", "slug"]).doNothing())
    .execute();
  const setIds = toSlugIds(
    await trx.selectFrom("criteria_set").where("region_id", "=", regionId).where("slug", "in", sets.map((set) => set.slug)).select(["id", "slug"]).execute(),
  );
  const criteria = sets.flatMap((set) =>
    set.criteria.map((criterion, position) => ({ criteria_set_id: setIds.get(set.slug)!, slug: criterion.slug, title: criterion.title, description: criterion.description, position })),
  );
  if (criteria.length === 0) return;
  await trx.insertInto("criterion").values(criteria).onConflict((oc) => oc.columns(["criteria_set_id", "slug"]).doNothing()).execute();
}

function toSlugIds(rows: Array<{ id: string; slug: string }>): SlugIds {
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function requireId(ids: SlugIds, slug: string, what: string) {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed data names an unknown ${what}: ${slug}`);
  return id;
}
