import { writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase, DatabaseConfigError } from "./connect";
import { migrateDownAll, migrateToLatest, migrationsDir } from "./migrate";
import { readConfig } from "../server/config";
import { createFirstAdministrator } from "../server/people/bootstrap";
import { seedIfEmpty, seedRegion, defaultRegionSeed } from "./seed/seed";

// `npm run db:migrate [down]`, `npm run db:new NAME`, `npm run db:seed`,
// `npm run db:admin EMAIL` (the first projectbureau account of a new deployment).
// Uses DATABASE_URL when set, else the embedded database in DATA_DIR (default ./.data).

const [command, ...args] = process.argv.slice(2);

async function main() {
  if (command === "new") return createMigrationFile(args[0]);
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
  try {
    if (command === "migrate" && args[0] === "down") {
      const undone = await migrateDownAll(database.db);
      console.log(`Undid ${undone.length} migration(s) on ${database.location}`);
    } else if (command === "migrate") {
      const done = await migrateToLatest(database.db);
      console.log(`Applied ${done.length} migration(s) on ${database.location}`);
    } else if (command === "admin") {
      await migrateToLatest(database.db);
      await seedIfEmpty(database.db);
      const config = readConfig();
      const link = await createFirstAdministrator(database.db, { regionSlug: config.regionSlug, email: args[0] ?? "", publicUrl: config.publicUrl });
      console.log(`Created a projectbureau account for ${args[0]}. Open this link within 7 days to set a password:\n${link}`);
    } else if (command === "seed") {
      await migrateToLatest(database.db);
      await seedRegion(database.db, defaultRegionSeed);
      console.log(`Seeded ${defaultRegionSeed.plan.title} into ${database.location}`);
    } else {
      throw new Error(`Unknown command "${command ?? ""}". Use: migrate [down] | new NAME | seed | admin EMAIL`);
    }
  } finally {
    await database.close();
  }
}

async function createMigrationFile(name: string | undefined) {
  if (!name || !/^[a-z0-9-]+$/.test(name)) {
    throw new Error("Give the migration a kebab-case name, e.g. npm run db:new add-working-groups");
  }
  const stamp = new Date().toISOString().slice(0, 16).replace(":", ""); // 2026-11-23T1600
  const file = path.join(migrationsDir, `${stamp}_${name}.ts`);
  await writeFile(
    file,
    `import { sql, type Kysely } from "kysely";

// Migrations are frozen in time: import nothing from the app, write SQL for PostgreSQL 15.

export async function up(db: Kysely<any>): Promise<void> {
  await sql\`\`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql\`\`.execute(db);
}
`,
    { flag: "wx" },
  );
  console.log(`Created ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  const message = error instanceof DatabaseConfigError || error instanceof Error ? error.message : String(error);
  console.error(message);
  process.exit(1);
});
