import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "./connect";
import { migrateDownAll, migrateToLatest } from "./migrate";
import { seedIfEmpty } from "./seed/seed";
import { adminQuery, listAppTables } from "./test-database";

// What only the PostgreSQL server (15 in CI) can show. Runs first: migrations up, down
// and up again on a brand-new database on the server.
const serverUrl = process.env.DATABASE_URL!;
const name = `rw_pg_${Date.now().toString(36)}_${process.pid}`;

describe("on the PostgreSQL server", () => {
  let database: AppDatabase;
  beforeAll(async () => {
    await adminQuery(serverUrl, `create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ databaseUrl: url.href });
  });
  afterAll(async () => {
    await database?.close();
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  });

  it("runs the migrations up, down and up again", async () => {
    expect(database.kind).toBe("postgres");
    const up = await migrateToLatest(database.db);
    expect(up.length).toBeGreaterThan(0);
    const tables = await listAppTables(database.db);
    expect(tables).toContain("plan");
    const down = await migrateDownAll(database.db);
    expect(down).toHaveLength(up.length);
    expect(await listAppTables(database.db)).toEqual([]);
    await migrateToLatest(database.db);
    expect(await listAppTables(database.db)).toEqual(tables);
  });

  it("seeds once even when two start-ups race on one database", async () => {
    const results = await Promise.allSettled([seedIfEmpty(database.db), seedIfEmpty(database.db)]);
    // One seeds; the other either sees the region or loses the unique-slug race and fails
    // without leaving half a plan behind.
    expect(results.some((r) => r.status === "fulfilled" && r.value === true)).toBe(true);
    const regions = await database.db.selectFrom("region").selectAll().execute();
    expect(regions).toHaveLength(1);
    const blocks = await database.db.selectFrom("building_block").select("slug").execute();
    expect(blocks).toHaveLength(8);
  });

  it("reports the server's major version as 15 or newer", async () => {
    const rows = (await adminQuery(serverUrl, "show server_version_num")) as unknown as Array<{ server_version_num: string }>;
    expect(Number(rows[0]!.server_version_num)).toBeGreaterThanOrEqual(150000);
  });
});
