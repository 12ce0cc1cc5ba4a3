import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import pino from "pino";
import { updateCard } from "../server/boards/cards.service";
import { getMatrix } from "../server/boards/matrix.service";
import { validateSessionToken } from "../server/auth/session.service";
import { readConfig } from "../server/config";
import { loadRegionGraph } from "../server/dependencies/graph.repository";
import { refreshRisks } from "../server/dependencies/risk.service";
import { getNeedsMatrix } from "../server/dependencies/views.service";
import { getOverview } from "../server/overview/overview.service";
import { createInProcessEventBus } from "../server/events/event-bus";
import { createHttpApp } from "../server/http/app";
import { createMailer } from "../server/mail/mailer.server";
import { createTestContext } from "../server/test-context";
import { computeRisks } from "../shared/domain/dependency-graph";
import type { Quarter } from "../shared/domain/quarter";
import { benchDatabaseKinds, createBenchDatabase, skippedNoDatabaseUrl, type BenchDatabase, type BenchDatabaseKind } from "./databases";
import { generateRegion, syntheticGraph, type GeneratedRegion } from "./region";
import { failedScenario, fmt, info, judged, skipped, type Line } from "./report";
import { percentile, timeRuns } from "./stats";

// Boards and API on a realistic generated region (bench/region.ts): the board page as the
// browser gets it (HTTP, server render, signed in), the matrix, a card update (the service a
// tRPC mutation and the form action call; it recomputes the region's risks in its
// transaction), and the region-wide at-risk computation; then the pure at-risk rules on a
// 10,000-item graph.

const SECTION = "boards and API";
/** Requests before a page's timed runs (and reported on their own line). */
const PAGE_WARMUP = 30;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface BoardOptions {
  runs: number;
  /** Quick mode: the board page and the at-risk computation only. */
  quick: boolean;
}

export async function benchBoards(options: BoardOptions, raw: Record<string, unknown>): Promise<Line[]> {
  const lines: Line[] = [];
  let remixBuild: ServerBuild | null = null;
  try {
    remixBuild = await loadRemixBuild();
  } catch (error) {
    lines.push(failedScenario(SECTION, "Remix build for the page renders", error));
  }
  for (const kind of benchDatabaseKinds()) {
    let database: BenchDatabase | undefined;
    try {
      database = await createBenchDatabase(kind, { demo: false });
      lines.push(...(await onRegion(database, kind, remixBuild, options, raw)));
    } catch (error) {
      lines.push(failedScenario(SECTION, `boards (${kind})`, error));
    } finally {
      await database?.destroy();
    }
  }
  if (!process.env.DATABASE_URL) lines.push(skipped(SECTION, "board page, matrix, card update, at-risk (postgres)", skippedNoDatabaseUrl));

  for (const shape of ["realistic", "dense"] as const) {
    const graph = syntheticGraph(10_000, 30_000, shape);
    const atRisk = computeRisks(graph.items, graph.links).size;
    const pure = await timeRuns(options.quick ? 10 : 30, () => computeRisks(graph.items, graph.links), 3);
    raw[`at-risk-10k-${shape}`] = pure;
    const scenario = `at-risk computation, 10,000 items / 30,000 links, ${shape} (${atRisk.toLocaleString("en")} at risk; pure rules)`;
    lines.push(shape === "realistic" ? judged(SECTION, scenario, spread(pure), "p95 < 50 ms", percentile(pure, 95) < 50) : info(SECTION, scenario, spread(pure)));
  }
  return lines;
}

async function onRegion(database: BenchDatabase, kind: BenchDatabaseKind, remixBuild: ServerBuild | null, options: BoardOptions, raw: Record<string, unknown>): Promise<Line[]> {
  const lines: Line[] = [];
  const region = await generateRegion(database.db);
  await database.db.transaction().execute((trx) => refreshRisks(trx, region.regionId));
  const session = await validateSessionToken(database.db, region.lead.token, new Date());
  if (!session) throw new Error("the bench lead's session did not validate");
  const ctx = await createTestContext(database, { actor: session.actor, sessionId: session.sessionId });
  const label = `(${kind}; 10 werkgroepen, 300 cards, 150 items, ${region.dependencies} dependencies)`;
  const runs = options.runs;

  if (remixBuild) {
    const http = await startHttp(database, region, remixBuild);
    try {
      const get = (p: string) => async () => {
        const response = await fetch(http.url + p, { headers: { cookie: region.lead.cookie }, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`GET ${p}: ${response.status}`);
        return body;
      };
      const boardPath = `/werkgroepen/${region.groups[0]!.slug}/bord`;
      const page = await get(boardPath)();
      if (!page.includes("Oplossingsrichting bench-werkgroep-1 1")) throw new Error("the board page does not show the werkgroep's cards");
      // The budget is for a server that is up: V8 compiles the render path to optimised code
      // only after some dozens of requests (with 5 the p50 was 10-15 ms higher). The first
      // requests are measured too and reported on a line of their own.
      const first = await timeRuns(PAGE_WARMUP, get(boardPath), 0);
      const board = await timeRuns(runs, get(boardPath), 0);
      raw[`board-page-${kind}`] = board;
      raw[`board-page-first-${kind}`] = first;
      lines.push(judged(SECTION, `board page render, GET ${boardPath.replace(region.groups[0]!.slug, ":slug")} ${label}`, spread(board), "p95 < 50 ms", percentile(board, 95) < 50));
      lines.push(info(SECTION, `board page render, the first ${PAGE_WARMUP} requests after start (${kind})`, spread(first)));
      if (!options.quick) {
        const matrixPage = await timeRuns(runs, get("/matrix"));
        lines.push(info(SECTION, `matrix page render, GET /matrix (${kind})`, spread(matrixPage), matrixPage));
      }
    } finally {
      await http.close();
    }
  }

  if (!options.quick) {
    const matrix = await timeRuns(runs, () => getMatrix(ctx, {}));
    lines.push(info(SECTION, `matrix service (bouwstenen x fundamenten) (${kind})`, spread(matrix)));
    const needs = await timeRuns(runs, () => getNeedsMatrix(ctx));
    lines.push(info(SECTION, `needs matrix service (werkgroepen x fundamenten) (${kind})`, spread(needs)));
    // The coalition's Overzicht reads the whole region: every werkgroep and fundament, the
    // urgency (from the region's graph), what is over time and the threads that wait.
    const coalition = { ...ctx, actor: { ...ctx.actor!, grants: [{ role: "coalition" as const }] } };
    const overview = await timeRuns(runs, () => getOverview(coalition));
    lines.push(info(SECTION, `Overzicht service, as the coalitie (whole region, urgency, over tijd) (${kind})`, spread(overview)));

    const card = region.cards.find((c) => c.groupId === region.groups[0]!.id)!;
    const later = laterQuarter(card.endQuarter);
    let current = card.endQuarter;
    const update = await timeRuns(runs, async () => {
      const next = current === card.endQuarter ? later : card.endQuarter;
      await updateCard(ctx, { cardId: card.id, edits: { endQuarter: next }, base: { endQuarter: current } });
      current = next;
    });
    raw[`card-update-${kind}`] = update;
    lines.push(judged(SECTION, `card update mutation (end quarter; risks refreshed in its transaction for what it can move) (${kind})`, spread(update), "p95 < 25 ms", percentile(update, 95) < 25));
  }

  const refresh = await timeRuns(runs, () => database.db.transaction().execute((trx) => refreshRisks(trx, region.regionId)));
  raw[`at-risk-region-${kind}`] = refresh;
  lines.push(info(SECTION, `region-wide at-risk computation: load graph, compute, store the difference (${kind})`, spread(refresh)));
  const graph = await loadRegionGraph(database.db, region.regionId);
  const pure = await timeRuns(runs, () => computeRisks(graph.items, graph.links));
  lines.push(info(SECTION, `region-wide at-risk computation, rules only (${graph.items.length} items, ${graph.links.length} links) (${kind})`, spread(pure)));
  return lines;
}

function spread(times: readonly number[]) {
  return `p50 ${fmt.ms(percentile(times, 50))} p95 ${fmt.ms(percentile(times, 95))} (${times.length} runs)`;
}

function laterQuarter(q: Quarter): Quarter {
  const [year, part] = q.split("-Q").map(Number) as [number, number];
  return (part === 4 ? `${year + 1}-Q1` : `${year}-Q${part + 1}`) as Quarter;
}

/** Builds the app when it is older than its sources (as npm start does), then loads it. */
export async function loadRemixBuild(): Promise<ServerBuild> {
  const build = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/ensure-build.ts"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("the Remix build failed");
  // Pages render as deployed (NODE_ENV=production): React picks its production or development
  // build from NODE_ENV when it is first loaded, and the development one renders 2-3x slower.
  // The app's own config stays "development" (cookies without the Secure prefix over http).
  process.env.NODE_ENV = "production";
  return (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
}

/** The production HTTP app (sessions, tRPC, Remix) in this process, on the bench database. */
export async function startHttp(database: BenchDatabase, region: GeneratedRegion, remixBuild: ServerBuild): Promise<{ url: string; close(): Promise<void> }> {
  const config = readConfig({ PORT: "3000", LOG_LEVEL: "silent", NODE_ENV: "development" });
  const log = pino({ level: "silent" });
  const app = createHttpApp({
    config,
    database,
    log,
    remixBuild,
    mailer: createMailer({ from: config.mailFrom, log }),
    events: createInProcessEventBus({ log }),
    regionId: region.regionId,
    publicDir: path.join(root, "public"),
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
