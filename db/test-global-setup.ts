import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createEmbeddedPostgres, openDatabase } from "./connect";
import { migrateToLatest } from "./migrate";
import { seedDemoData } from "./seed/demo-seed";
import { seedIfEmpty } from "./seed/seed";
import { adminQuery, templateName, testRunId } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testRunId: string;
    /** Embedded mode: files with a PGlite data directory dump per template. */
    pgliteTemplates: { migrated: string; seeded: string; demo: string } | null;
  }
}

/**
 * Builds three template databases once per run (migrated; + the Regioplan; + demo people), so each test
 * file can start from a clean copy in well under a second. With DATABASE_URL they are real
 * databases on the server (cloned with CREATE DATABASE ... TEMPLATE); otherwise PGlite dumps.
 */
export default async function setup(project: TestProject) {
  const runId = testRunId();
  project.provide("testRunId", runId);
  const databaseUrl = process.env.DATABASE_URL;

  if (databaseUrl) {
    for (const kind of ["migrated", "seeded", "demo"] as const) {
      const name = templateName(runId, kind);
      await adminQuery(databaseUrl, `create database "${name}"`);
      const database = await openDatabase({ databaseUrl: withDatabase(databaseUrl, name) });
      await migrateToLatest(database.db);
      if (kind !== "migrated") await seedIfEmpty(database.db);
      if (kind === "demo") await seedDemoData(database.db);
      await database.close();
    }
    project.provide("pgliteTemplates", null);
    return async () => {
      const rows = await adminQuery(databaseUrl, `select datname from pg_database where datname like 'rw_test_${runId}%'`);
      for (const { datname } of rows) await adminQuery(databaseUrl, `drop database if exists "${datname}" with (force)`);
    };
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), "rw-test-templates-"));
  const pglite = createEmbeddedPostgres();
  const database = await openDatabase({ pglite });
  await migrateToLatest(database.db);
  const migrated = path.join(dir, "migrated.tar");
  await writeFile(migrated, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await seedIfEmpty(database.db);
  const seeded = path.join(dir, "seeded.tar");
  await writeFile(seeded, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await seedDemoData(database.db);
  const demo = path.join(dir, "demo.tar");
  await writeFile(demo, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await database.close();
  project.provide("pgliteTemplates", { migrated, seeded, demo });
  return () => rm(dir, { recursive: true, force: true });
}

function withDatabase(databaseUrl: string, name: string) {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.href;
}
