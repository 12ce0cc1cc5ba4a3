import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDownAll, migrateToLatest } from "./migrate";
import { seedIfEmpty } from "./seed/seed";
import { createTestDatabase, listAppTables, type TestDatabase } from "./test-database";

describe("migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ template: "migrated" });
  });
  afterAll(() => database.destroy());

  it("go down to an empty schema and up again to the same tables", async () => {
    const before = await listAppTables(database.db);
    expect(before).toContain("building_block");
    const undone = await migrateDownAll(database.db);
    expect(undone.every((r) => r.direction === "Down" && r.status === "Success")).toBe(true);
    expect(await listAppTables(database.db)).toEqual([]);
    await migrateToLatest(database.db);
    expect(await listAppTables(database.db)).toEqual(before);
    expect(await seedIfEmpty(database.db)).toBe(true);
  });

  it("do nothing when already at the latest version", async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
