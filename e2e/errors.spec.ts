import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ServerBuild } from "@remix-run/node";
import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "../db/connect";
import { migrateToLatest } from "../db/migrate";
import { seedIfEmpty } from "../db/seed/seed";
import { readConfig } from "../server/config";
import { createHttpApp } from "../server/http/app";
import { createMailer } from "../server/mail/mailer";
import { createTestContext } from "../server/test-context";

// When something breaks on the server, people get a calm Dutch page or message; the stack
// trace and the database's own error text stay in the log. We break the database on purpose.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let database: AppDatabase;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  database = await openDatabase({ pglite: new PGlite() });
  await migrateToLatest(database.db);
  await seedIfEmpty(database.db);
  const remixBuild = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
  const log = pino({ level: "silent" });
  const { regionId } = await createTestContext(database);
  const app = createHttpApp({
    config: readConfig({}),
    database,
    log,
    remixBuild,
    mailer: createMailer({ from: "test@example.org", log }),
    regionId,
    publicDir: path.join(root, "public"),
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  await sql`drop table building_block cascade`.execute(database.db);
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
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
