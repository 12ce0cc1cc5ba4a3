import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../db/connect";
import { migrateToLatest } from "../db/migrate";
import { seedIfEmpty } from "../db/seed/seed";
import { startServer } from "../e2e/server";
import { getBuildingBlock, getPlanOverview, getPlanStructure, listInitiatives } from "../server/plan/plan.service";
import { createTestContext } from "../server/test-context";

// The benchmark harness. `npm run bench` is the full run, `npm run bench:quick` a smoke run
// for CI. Each writes bench/results/<date>-<name>.json and prints a table. Targets live
// here, never in timed unit tests. Later issues add co-editing and board scenarios.

const quick = process.argv.includes("--quick");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const iterations = quick ? 30 : 500;

interface Row {
  scenario: string;
  n: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  target_p95_ms?: number;
  ok?: boolean;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(scenario: string, n: number, fn: () => Promise<unknown>, targetP95?: number): Promise<Row> {
  for (let i = 0; i < Math.min(5, n); i++) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const row: Row = {
    scenario,
    n,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    max_ms: round(times.at(-1)!),
  };
  if (targetP95 !== undefined) Object.assign(row, { target_p95_ms: targetP95, ok: row.p95_ms <= targetP95 });
  return row;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function benchEmbeddedServices(): Promise<Row[]> {
  const rows: Row[] = [];
  const start = performance.now();
  const database = await openDatabase({ pglite: new PGlite() });
  await migrateToLatest(database.db);
  await seedIfEmpty(database.db);
  rows.push({ scenario: "embedded: create, migrate and seed (once)", n: 1, ...single(performance.now() - start) });
  const ctx = await createTestContext(database);
  const { buildingBlocks } = await getPlanOverview(ctx);
  rows.push(await measure("service: plan overview", iterations, () => getPlanOverview(ctx), 20));
  rows.push(await measure("service: plan structure", iterations, () => getPlanStructure(ctx), 40));
  rows.push(
    await measure("service: bouwsteen detail", iterations, () => getBuildingBlock(ctx, { slug: buildingBlocks[1]!.slug }), 20),
  );
  rows.push(await measure("service: voorlopers in one gemeente", iterations, () => listInitiatives(ctx, { municipality: "almere" }), 20));
  await database.close();
  return rows;
}

function single(ms: number) {
  return { p50_ms: round(ms), p95_ms: round(ms), max_ms: round(ms) };
}

async function benchHttp(): Promise<Row[]> {
  const build = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/ensure-build.ts"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("build failed");
  const server = await startServer({ LOG_LEVEL: "warn" });
  try {
    const get = (p: string) => async () => {
      const response = await fetch(server.baseUrl + p);
      if (!response.ok) throw new Error(`${p}: ${response.status}`);
      await response.arrayBuffer();
    };
    return [
      await measure("http: GET / (server render)", iterations, get("/"), 50),
      await measure("http: GET /regioplan", iterations, get("/regioplan"), 80),
      await measure("http: GET /api/trpc/plan.overview", iterations, get("/api/trpc/plan.overview"), 30),
      await measure("http: GET /healthz", iterations, get("/healthz"), 10),
    ];
  } finally {
    await server.stop();
  }
}

async function main() {
  const rows = [...(await benchEmbeddedServices()), ...(await benchHttp())];
  console.table(rows);
  const name = quick ? "quick" : "full";
  const file = path.join(root, "bench/results", `${new Date().toISOString().slice(0, 10)}-${name}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(
    file,
    JSON.stringify({ name, date: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length, database: process.env.DATABASE_URL ? "postgres" : "embedded", rows }, null, 2) + "\n",
  );
  console.log(`Wrote ${path.relative(root, file)}`);
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length > 0) {
    console.error(`Missed targets: ${missed.map((r) => r.scenario).join("; ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
