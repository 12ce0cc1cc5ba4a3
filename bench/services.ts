import { startServer } from "../e2e/server";
import { getMonitoring } from "../server/monitoring/monitoring.service";
import { getBuildingBlock, getPlanOverview, getPlanStructure, listInitiatives } from "../server/plan/plan.service";
import { createTestContext } from "../server/test-context";
import { createBenchDatabase, type BenchDatabase } from "./databases";
import { fmt, info, judged, type Line } from "./report";
import { percentile, timeRuns } from "./stats";

// The plan's read services on the embedded database and the public pages over HTTP against
// the real server process (the scenarios of the first bench, kept as they were).

const SECTION = "plan and pages";

function timed(scenario: string, times: number[], targetP95: number): Line {
  const measured = `p50 ${fmt.ms(percentile(times, 50))} p95 ${fmt.ms(percentile(times, 95))} (${times.length} runs)`;
  return judged(SECTION, scenario, measured, `p95 < ${targetP95} ms`, percentile(times, 95) < targetP95);
}

export async function benchPlanServices(iterations: number): Promise<Line[]> {
  const start = performance.now();
  const database = await createBenchDatabase("embedded", { demo: false });
  const lines = [info(SECTION, "embedded: create, migrate and seed (once)", fmt.ms(performance.now() - start))];
  try {
    const ctx = await createTestContext(database);
    const { buildingBlocks } = await getPlanOverview(ctx);
    lines.push(timed("service: plan overview", await timeRuns(iterations, () => getPlanOverview(ctx)), 20));
    lines.push(timed("service: plan structure", await timeRuns(iterations, () => getPlanStructure(ctx)), 40));
    lines.push(timed("service: bouwsteen detail", await timeRuns(iterations, () => getBuildingBlock(ctx, { slug: buildingBlocks[1]!.slug })), 20));
    lines.push(timed("service: voorlopers in one gemeente", await timeRuns(iterations, () => listInitiatives(ctx, { municipality: "almere" })), 20));
    await fillMonitoring(database.db, ctx.regionId);
    lines.push(timed("service: monitoring dashboard (6 indicators x 40 quarters, a story each)", await timeRuns(iterations, () => getMonitoring(ctx)), 60));
  } finally {
    await database.destroy();
  }
  return lines;
}

/** Ten years of quarterly values with a story for every seeded indicator, in one insert. */
async function fillMonitoring(db: BenchDatabase["db"], regionId: string) {
  const indicators = await db.selectFrom("indicator").where("region_id", "=", regionId).select("id").execute();
  const quarters = Array.from({ length: 40 }, (_, i) => `${2016 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  const rows = indicators.flatMap((indicator) =>
    quarters.flatMap((quarter, i) => [
      { indicator_id: indicator.id, quarter, value: 100 + i, replaces_id: null, recorded_by: null },
      { indicator_id: indicator.id, quarter, value: null, story: `Wat we zagen in ${quarter}.`, replaces_id: null, recorded_by: null },
    ]),
  );
  await db.insertInto("measurement").values(rows).execute();
}

/** The real server (its own process and database, as `npm start` runs it). */
export async function benchPublicPages(iterations: number): Promise<Line[]> {
  const server = await startServer({ LOG_LEVEL: "warn" });
  try {
    const get = (p: string) => async () => {
      const response = await fetch(server.baseUrl + p);
      if (!response.ok) throw new Error(`${p}: ${response.status}`);
      await response.arrayBuffer();
    };
    return [
      timed("http: GET / (server render)", await timeRuns(iterations, get("/")), 50),
      timed("http: GET /regioplan", await timeRuns(iterations, get("/regioplan")), 80),
      timed("http: GET /regioplan/monitoring", await timeRuns(iterations, get("/regioplan/monitoring")), 100),
      timed("http: GET /api/trpc/plan.overview", await timeRuns(iterations, get("/api/trpc/plan.overview")), 30),
      timed("http: GET /healthz", await timeRuns(iterations, get("/healthz")), 10),
    ];
  } finally {
    await server.stop();
  }
}
