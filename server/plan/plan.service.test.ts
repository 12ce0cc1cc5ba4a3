import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { NotFoundError, ValidationError } from "../../shared/errors";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { getBuildingBlock, getFoundation, getPlanOverview, getPlanStructure, listInitiatives } from "./plan.service";

describe("plan service", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = await createTestContext(database);
  });
  afterAll(() => database.destroy());

  it("shows the plan at a glance with counts that match the rows behind them", async () => {
    const overview = await getPlanOverview(ctx);
    expect(overview.plan.ambition).toBe("Een zorgzame samenleving in een gezond Flevoland");
    expect(overview.tasks.map((t) => t.code)).toEqual(["T1", "T2", "T3"]);
    expect(overview.buildingBlocks).toHaveLength(8);
    expect(overview.foundations).toHaveLength(6);
    for (const block of overview.buildingBlocks) {
      const detail = await getBuildingBlock(ctx, { slug: block.slug });
      expect(block.directionCount).toBe(detail.directions.length);
      expect(block.initiativeCount).toBe(detail.initiatives.length);
    }
    const wijk = overview.buildingBlocks.find((b) => b.name === "Wijkgericht werken in een toegankelijk aanbod");
    expect(wijk?.directionCount).toBe(8);
  });

  it("gives a bouwsteen its catalogue, its voorlopers with gemeenten and its neighbours", async () => {
    const { buildingBlocks } = await getPlanOverview(ctx);
    const second = buildingBlocks[1]!;
    const detail = await getBuildingBlock(ctx, { slug: second.slug });
    expect(detail.directions.map((d) => d.name)).toContain("Eén wijknetwerk");
    const stip = detail.initiatives.find((i) => i.name.startsWith("STIP"));
    expect(stip?.municipalities.map((m) => m.name)).toEqual(["Lelystad"]);
    expect(detail.buildingBlock.chapterTitle).toBe("Wijkgericht samenwerken in een toegankelijk aanbod");
    expect(detail.previous?.slug).toBe(buildingBlocks[0]!.slug);
    expect(detail.next?.slug).toBe(buildingBlocks[2]!.slug);
  });

  it("answers an unknown or malformed bouwsteen or fundament with a Dutch 404", async () => {
    await expect(getBuildingBlock(ctx, { slug: "bestaat-niet" })).rejects.toThrow(NotFoundError);
    await expect(getBuildingBlock(ctx, { slug: "../etc/passwd" })).rejects.toThrow("Deze bouwsteen bestaat niet");
    await expect(getBuildingBlock(ctx, {})).rejects.toThrow(NotFoundError);
    await expect(getFoundation(ctx, { slug: "nope" })).rejects.toThrow("Dit fundament bestaat niet");
  });

  it("lists a fundament's main lines", async () => {
    const { foundations } = await getPlanOverview(ctx);
    for (const foundation of foundations) {
      const detail = await getFoundation(ctx, { slug: foundation.slug });
      expect(detail.lines.length).toBe(foundation.lineCount);
      expect(detail.lines.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("filters voorlopers by gemeente and refuses gemeenten it does not know", async () => {
    const all = await listInitiatives(ctx, {});
    const urk = await listInitiatives(ctx, { municipality: "urk" });
    expect(urk.selectedMunicipality?.name).toBe("Urk");
    expect(urk.initiatives.length).toBeGreaterThan(0);
    expect(urk.initiatives.length).toBeLessThan(all.initiatives.length);
    for (const initiative of urk.initiatives) expect(initiative.municipalities.map((m) => m.slug)).toContain("urk");
    expect(all.initiatives.filter((i) => i.municipalities.some((m) => m.slug === "urk"))).toHaveLength(urk.initiatives.length);
    await expect(listInitiatives(ctx, { municipality: "zeewolde" })).rejects.toThrow(NotFoundError);
    await expect(listInitiatives(ctx, { municipality: 7 })).rejects.toThrow(ValidationError);
  });

  it("returns the whole structure: principes, doelgroepen, thema's, subregio's and the Zorgtafel", async () => {
    const structure = await getPlanStructure(ctx);
    expect(structure.principles).toHaveLength(10);
    expect(structure.targetGroups).toHaveLength(3);
    expect(structure.themes).toHaveLength(6);
    expect(structure.subregions.flatMap((s) => s.municipalities.map((m) => m.name)).sort()).toEqual([
      "Almere",
      "Dronten",
      "Lelystad",
      "Noordoostpolder",
      "Urk",
    ]);
    expect(structure.careTable.map((t) => t.tasks.length)).toEqual([5, 2, 4, 3, 3]);
    // The Zorgtafel's dated goals per theme, and the regiobeeld's key figures in the plan's order.
    expect(structure.careTable.map((t) => t.goals.length)).toEqual([3, 2, 2, 1, 2]);
    expect(new Set(structure.careTable.flatMap((t) => t.goals.map((g) => g.period)))).toEqual(new Set(["maart 2021 – maart 2022"]));
    expect(structure.keyFigures.map((f) => [f.value, f.context])).toEqual([
      ["+34%", "In heel Nederland is dat +21%."],
      ["45.000", "Er zijn er dan waarschijnlijk maar 41.500."],
      ["~11%", "In 2020 was dat ~4%."],
      ["1 op 5", "Flevoland was lang een jonge provincie."],
      ["709", "Dat aantal stijgt sinds 2015 elk jaar."],
    ]);
  });

  it("refuses to show another region's plan: a region without a plan is a 404", async () => {
    await expect(getPlanOverview(await createTestContext(database, { regionSlug: "utrecht" }))).rejects.toThrow(NotFoundError);
  });

  it("reads nothing but the request's region when two regions share the database", async () => {
    await sql`insert into region (slug, name) values ('elders', 'Elders')`.execute(database.db);
    const overview = await getPlanOverview(ctx);
    expect(overview.plan.regionSlug).toBe("flevoland");
  });
});
