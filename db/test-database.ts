import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { sql } from "kysely";
import postgres from "postgres";
import { inject } from "vitest";
import { createEmbeddedPostgres, openDatabase, type AppDatabase } from "./connect";

export type TemplateKind = "migrated" | "seeded" | "demo";

export interface TestDatabase extends AppDatabase {
  /** Closes the connection and, on a server, drops the database. */
  destroy(): Promise<void>;
}

/** A short id that keeps this run's databases apart from other runs on the same server. */
export function testRunId() {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

export function templateName(runId: string, kind: TemplateKind) {
  return `rw_test_${runId}_tpl_${kind}`;
}

let counter = 0;

/**
 * A fresh database for one test file: a copy of a template (default: migrated, seeded with
 * the Regioplan and the demo people). In-memory PGlite unless DATABASE_URL is set, then a new database on that server.
 */
export async function createTestDatabase(options: { template?: TemplateKind } = {}): Promise<TestDatabase> {
  const kind = options.template ?? "demo";
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const runId = inject("testRunId");
    const name = `rw_test_${runId}_${process.pid}_${++counter}`;
    await adminQuery(databaseUrl, `create database "${name}" template "${templateName(runId, kind)}"`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.href });
    return {
      ...database,
      async destroy() {
        await database.close();
        await adminQuery(databaseUrl, `drop database if exists "${name}" with (force)`);
      },
    };
  }
  const templates = inject("pgliteTemplates");
  if (!templates) throw new Error("The integration suite's global setup did not build the PGlite templates");
  const dump = await readFile(templates[kind]);
  const pglite = createEmbeddedPostgres({ loadDataDir: new Blob([dump]) });
  const database = await openDatabase({ pglite });
  return { ...database, destroy: () => database.close() };
}

/** Runs one statement on the server named by the URL (CREATE/DROP DATABASE need their own connection). */
export async function adminQuery(databaseUrl: string, statement: string) {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await client.unsafe(statement);
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** The app's tables (without Kysely's own bookkeeping), for migration round-trip tests. */
export async function listAppTables(db: AppDatabase["db"]) {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  return result.rows.map((r) => r.table_name);
}
