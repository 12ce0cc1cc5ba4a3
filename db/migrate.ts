import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from "kysely";

export const migrationsDir = fileURLToPath(new URL("./migrations", import.meta.url));

/** Reads db/migrations/*.ts in name order; names start with an ISO date, so that is time order. */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(migrationsDir)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"));
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      const name = file.replace(/\.(ts|js)$/, "");
      migrations[name] = (await import(pathToFileURL(path.join(migrationsDir, file)).href)) as Migration;
    }
    return migrations;
  }
}

// Kysely's Migrator is schema-agnostic and typed with Kysely<any>; any app database fits.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKysely = Kysely<any>;

function createMigrator(db: AnyKysely) {
  return new Migrator({ db, provider: new FolderMigrationProvider() });
}

/** Runs every pending migration; throws on the first failure. */
export async function migrateToLatest(db: AnyKysely) {
  return requireSuccess(await createMigrator(db).migrateToLatest());
}

/** Undoes every applied migration, newest first (tests and `db:migrate down`). */
export async function migrateDownAll(db: AnyKysely) {
  const migrator = createMigrator(db);
  const applied = [];
  for (;;) {
    const results = requireSuccess(await migrator.migrateDown());
    if (results.length === 0) return applied;
    applied.push(...results);
  }
}

function requireSuccess({ error, results }: MigrationResultSet) {
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`Migration ${failed ?? "(unknown)"} failed: ${(error as Error).message ?? error}`, {
      cause: error,
    });
  }
  return results ?? [];
}
