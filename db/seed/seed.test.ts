import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../schema";
import { createTestDatabase, listAppTables, type TestDatabase } from "../test-database";
import { demoAccounts, demoWorkingGroups } from "./data/demo";
import { seedDemoData } from "./demo-seed";
import { defaultRegionSeed, seedIfEmpty, seedRegion } from "./seed";

// Every table, every row, every column: what "seeding twice changes nothing" must mean.
async function dumpEveryTable(db: Kysely<Database>) {
  const dump: Record<string, string[]> = {};
  for (const table_name of await listAppTables(db)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(db);
    dump[table_name] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}

describe("seeding the Regioplan Flevoland", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ template: "migrated" });
  });
  afterAll(() => database.destroy());

  it("is idempotent: a second run (plan and demo data) leaves every table exactly as the first", async () => {
    await seedRegion(database.db, defaultRegionSeed);
    await seedDemoData(database.db);
    const first = await dumpEveryTable(database.db);
    await seedRegion(database.db, defaultRegionSeed);
    await seedDemoData(database.db);
    const second = await dumpEveryTable(database.db);
    for (const table of ["region", "plan", "building_block", "catalogue_direction", "initiative", "initiative_municipality", "foundation_line", "care_table_task", "care_table_goal", "plan_key_figure", "working_group", "working_group_theme", "app_user", "role_assignment", "solution_direction", "workplan_item"]) {
      expect(first[table]?.length, table).toBeGreaterThan(0);
    }
    expect(second).toEqual(first);
  });

  it("does not run again on a database that already has a region", async () => {
    expect(await seedIfEmpty(database.db)).toBe(false);
  });

  it("loads the plan's structure with the counts the plan names", async () => {
    const count = async (table: keyof Database) =>
      Number((await database.db.selectFrom(table).select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n);
    expect(await count("transformation_task")).toBe(3);
    expect(await count("principle")).toBe(10);
    expect(await count("target_group")).toBe(3);
    expect(await count("theme")).toBe(6);
    expect(await count("municipality")).toBe(5);
    expect(await count("subregion")).toBe(3);
    expect(await count("building_block")).toBe(8);
    expect(await count("foundation")).toBe(6);
    expect(await count("financing_stream")).toBe(4);
    expect(await count("care_table_theme")).toBe(5);
    // The Zorgtafel agenda 2.0 lists 5 + 2 + 4 + 3 + 3 opgaven.
    expect(await count("care_table_task")).toBe(17);
  });

  it("keeps the bouwstenen and fundamenten under the plan's own names, in the plan's order", async () => {
    const blocks = await database.db.selectFrom("building_block").select("name").orderBy("position").execute();
    expect(blocks.map((b) => b.name)).toEqual([
      "Denken en doen vanuit Positieve Gezondheid",
      "Wijkgericht werken in een toegankelijk aanbod",
      "Zorgzame, draagkrachtige gemeenschappen in wijken en buurten",
      "Proactief en tijdig werken aan gezondheid en welzijn",
      "Samen slimmer coördineren van ondersteuning en zorg",
      "Slim inzetten van toegankelijke technologie en hulpmiddelen",
      "Sterkere basisvaardigheden en individuele basis",
      "Eenduidige & begrijpelijke taal en communicatie",
    ]);
    const foundations = await database.db.selectFrom("foundation").select("name").orderBy("position").execute();
    expect(foundations.map((f) => f.name)).toEqual([
      "Toekomstbestendige arbeidsmarkt Zorg & Welzijn",
      "Digitale gegevensuitwisseling en gegevensbescherming",
      "Gezonde leefomgeving",
      "Datagedreven werken aan gezondheid en zorg",
      "Domeinoverstijgend samenwerken",
      "Maatschappelijke dialoog: we nemen iedereen mee",
    ]);
  });

  it("places voorlopers in the municipalities the plan gives", async () => {
    const placesOf = async (name: string) =>
      (
        await database.db
          .selectFrom("initiative as i")
          .innerJoin("initiative_municipality as im", "im.initiative_id", "i.id")
          .innerJoin("municipality as m", "m.id", "im.municipality_id")
          .where("i.name", "=", name)
          .select("m.name")
          .orderBy("m.name")
          .execute()
      ).map((r) => r.name);
    expect(await placesOf("Het Vlie")).toEqual(["Noordoostpolder", "Urk"]);
    expect(await placesOf("WachtVerzachter")).toEqual(["Dronten", "Lelystad"]);
    expect(await placesOf("Bruis")).toEqual(["Almere"]);
    const wel = await database.db.selectFrom("initiative").where("name", "=", "WEL in Flevoland").select("scope").executeTakeFirstOrThrow();
    expect(wel.scope).toBe("regio");
  });

  it("gives the catalogue of oplossingsrichtingen plan-wide unique slugs", async () => {
    const rows = await database.db.selectFrom("catalogue_direction").select("slug").execute();
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
  });

  it("gives every named demo account its role, and every fundament a kwartiermaker and a team", async () => {
    const roles = await database.db
      .selectFrom("role_assignment as r")
      .innerJoin("app_user as u", "u.id", "r.user_id")
      .select(["u.email", "r.role", "r.working_group_id", "r.foundation_id"])
      .execute();
    for (const account of demoAccounts) {
      expect(roles.some((r) => r.email === account.email && r.role === account.role), account.email).toBe(true);
    }
    const foundations = await database.db.selectFrom("foundation").select("id").execute();
    for (const { id } of foundations) {
      expect(roles.filter((r) => r.foundation_id === id && r.role === "foundation_lead")).toHaveLength(1);
      expect(roles.filter((r) => r.foundation_id === id && r.role === "foundation_member").length).toBeGreaterThanOrEqual(2);
    }
    const groups = await database.db.selectFrom("working_group").select("id").execute();
    expect(groups).toHaveLength(demoWorkingGroups.length);
    for (const { id } of groups) expect(roles.filter((r) => r.working_group_id === id && r.role === "group_lead")).toHaveLength(1);
  });

  it("puts demo cards on every werkgroep's board, exactly two with focus, and demo items on every fundament's werkagenda", async () => {
    const groups = await database.db.selectFrom("working_group").select(["id", "slug"]).execute();
    for (const group of groups) {
      const cards = await database.db.selectFrom("solution_direction").where("working_group_id", "=", group.id).where("archived_at", "is", null).select("focus").execute();
      expect(cards.length, group.slug).toBeGreaterThanOrEqual(3);
      expect(cards.filter((c) => c.focus), group.slug).toHaveLength(2);
    }
    const foundations = await database.db.selectFrom("foundation").select(["id", "slug"]).execute();
    for (const foundation of foundations) {
      const items = await database.db.selectFrom("workplan_item").where("foundation_id", "=", foundation.id).select("id").execute();
      expect(items.length, foundation.slug).toBeGreaterThanOrEqual(3);
    }
  });
});
