import { PGlite } from "@electric-sql/pglite";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "../db/connect";
import { migrateToLatest } from "../db/migrate";
import { seedIfEmpty } from "../db/seed/seed";
import { startInProcessServer, type InProcessServer } from "./in-process";

// When something breaks on the server, people get a calm Dutch page or message; the stack
// trace and the database's own error text stay in the log. We break the database on purpose.

let database: AppDatabase;
let server: InProcessServer;
let baseUrl: string;

beforeAll(async () => {
  database = await openDatabase({ pglite: new PGlite() });
  await migrateToLatest(database.db);
  await seedIfEmpty(database.db);
  server = await startInProcessServer(database);
  baseUrl = server.baseUrl;
  await sql`drop table building_block cascade`.execute(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const leaks = [/\bat .+:\d+:\d+/, /building_block/, /relation/i, /"stack"/];

describe("a server error", () => {
  it("shows a Dutch error page with status 500 and nothing of the cause", async () => {
    const response = await fetch(`${baseUrl}/`);
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain("Er ging iets mis");
    expect(html).toContain('lang="nl"');
    for (const leak of leaks) expect(html).not.toMatch(leak);
  });

  it("answers the API with a Dutch message and no stack or SQL", async () => {
    const response = await fetch(`${baseUrl}/api/trpc/plan.overview`);
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toContain("Er ging iets mis aan onze kant");
    for (const leak of leaks) expect(body).not.toMatch(leak);
  });
});
