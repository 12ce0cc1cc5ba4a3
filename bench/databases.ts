import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { createEmbeddedPostgres, openDatabase, type AppDatabase } from "../db/connect";
import { migrateToLatest } from "../db/migrate";
import { seedDemoData } from "../db/seed/demo-seed";
import { seedIfEmpty } from "../db/seed/seed";
import { adminQuery } from "../db/test-database";

// The databases a DB-touching scenario runs on: always the embedded default (in-memory
// PGlite), and the PostgreSQL server of DATABASE_URL when it is set, in a throwaway database
// that is dropped afterwards. Nothing the bench does touches the database the URL names.

export type BenchDatabaseKind = "embedded" | "postgres";

export interface BenchDatabase extends AppDatabase {
  label: BenchDatabaseKind;
  /** The URL of the throwaway database (postgres only): child processes open their own. */
  url?: string;
  destroy(): Promise<void>;
}

/** Which databases this run covers; postgres only with DATABASE_URL. */
export function benchDatabaseKinds(): BenchDatabaseKind[] {
  return process.env.DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];
}

export const skippedNoDatabaseUrl = "skipped: no DATABASE_URL";

/** A fresh database of that kind, migrated and seeded with the Regioplan and the demo data. */
export async function createBenchDatabase(kind: BenchDatabaseKind, options: { demo?: boolean } = {}): Promise<BenchDatabase> {
  let database: BenchDatabase;
  let pglite: PGlite | null = null;
  if (kind === "postgres") {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new Error("postgres bench database without DATABASE_URL");
    const name = `rw_bench_${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
    await adminQuery(serverUrl, `create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const opened = await openDatabase({ databaseUrl: url.href });
    database = {
      ...opened,
      label: "postgres",
      url: url.href,
      async destroy() {
        await opened.close();
        await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
      },
    };
  } else {
    const cached = (options.demo ?? true) ? await readEmbeddedTemplate() : null;
    pglite = createEmbeddedPostgres(cached ? { loadDataDir: new Blob([new Uint8Array(cached)]) } : {});
    const opened = await openDatabase({ pglite });
    database = { ...opened, label: "embedded", destroy: () => opened.close() };
    if (cached) return database;
  }
  try {
    await migrateToLatest(database.db);
    await seedIfEmpty(database.db);
    if (options.demo ?? true) await seedDemoData(database.db);
    if (pglite && (options.demo ?? true)) await writeEmbeddedTemplate(pglite);
  } catch (error) {
    await database.destroy();
    throw error;
  }
  return database;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const cacheDir = path.join(root, "bench/.cache");

/** The cache key: the migrations and seed code, so a changed schema or seed builds anew. */
async function templateKey(): Promise<string> {
  const hash = createHash("sha1");
  for (const dir of ["db/migrations", "db/seed", "db/seed/data"]) {
    const names = (await readdir(path.join(root, dir), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
    for (const name of names) hash.update(name).update(await readFile(path.join(root, dir, name)));
  }
  return hash.digest("hex").slice(0, 12);
}

async function readEmbeddedTemplate(): Promise<Buffer | null> {
  try {
    return await readFile(path.join(cacheDir, `demo-${await templateKey()}.tar`));
  } catch {
    return null;
  }
}

/** Building the demo database takes seconds; every server process of the bench reuses it. */
async function writeEmbeddedTemplate(pglite: PGlite) {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(path.join(cacheDir, `demo-${await templateKey()}.tar`), Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
}
