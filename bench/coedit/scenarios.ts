import { benchDatabaseKinds, skippedNoDatabaseUrl } from "../databases";
import { failedScenario, fmt, info, judged, skipped, type Line } from "../report";
import { median, round } from "../stats";
import { measureIdleMemory } from "./memory";
import { medianOf, runRound, startBenchServer, type RoundOptions, type RoundResult, type ServerChild } from "./round";

// The co-editing scenarios of issue 8: ours and Hocuspocus 4.7.0 side by side (alternating,
// 3 runs each, medians), ours with persistence on its own lines, idle memory, and the quick
// round CI runs.

const SECTION = "co-editing";
const REFERENCE = "Hocuspocus 4.7.0";

export interface CoeditOptions {
  runs: number;
  durationMs: number;
  /** Unmeasured typing first in every round (see RoundOptions). */
  warmupMs: number;
  charsPerSecond: number;
  clientCounts: number[];
  clientProcesses: number;
}

export const fullCoedit: CoeditOptions = { runs: 3, durationMs: 10_000, warmupMs: 1000, charsPerSecond: 5, clientCounts: [10, 20], clientProcesses: 1 };

export async function benchCoediting(options: CoeditOptions, raw: Record<string, unknown>): Promise<Line[]> {
  const lines: Line[] = [];
  for (const clients of options.clientCounts) {
    try {
      lines.push(...(await sideBySide(clients, options, raw)));
    } catch (error) {
      lines.push(failedScenario(SECTION, `N=${clients} ours vs ${REFERENCE}`, error));
    }
  }
  const loaded = Math.max(...options.clientCounts);
  for (const database of benchDatabaseKinds()) {
    try {
      lines.push(...(await withPersistence(database, loaded, options, raw)));
    } catch (error) {
      lines.push(failedScenario("durability", `ours + persistence (${database}), N=${loaded}`, error));
    }
  }
  if (!process.env.DATABASE_URL) lines.push(skipped("durability", `ours + persistence (postgres), N=${loaded}`, skippedNoDatabaseUrl));
  try {
    lines.push(...(await idleMemory(raw)));
  } catch (error) {
    lines.push(failedScenario("server cost", "idle memory", error));
  }
  return lines;
}

async function sideBySide(clients: number, options: CoeditOptions, raw: Record<string, unknown>): Promise<Line[]> {
  const round_: Omit<RoundOptions, "kind" | "database"> = { clients, charsPerSecond: options.charsPerSecond, durationMs: options.durationMs, warmupMs: options.warmupMs, clientProcesses: options.clientProcesses };
  const loaded = clients === Math.max(20, clients);
  // The floor runs at the loaded N only: it answers "how much of the delay is any server at all".
  // It runs twice: as small as it is, and holding as much resident memory as ours (see floorLines).
  // With DATABASE_URL, ours also runs as deployed on a PostgreSQL server: no database in its process.
  type Series = { key: keyof typeof rounds; kind: "ours" | "hocuspocus" | "floor"; database: "embedded" | "postgres" };
  const series: Series[] = loaded
    ? [
        { key: "ours", kind: "ours", database: "embedded" },
        { key: "floor", kind: "floor", database: "embedded" },
        { key: "floorAsBig", kind: "floor", database: "embedded" },
        ...(process.env.DATABASE_URL ? [{ key: "oursOnPostgres", kind: "ours", database: "postgres" } as const] : []),
        { key: "reference", kind: "hocuspocus", database: "embedded" },
      ]
    : [
        { key: "ours", kind: "ours", database: "embedded" },
        { key: "reference", kind: "hocuspocus", database: "embedded" },
      ];
  const servers = new Map<string, ServerChild>();
  const rounds: Record<"ours" | "reference" | "floor" | "floorAsBig" | "oursOnPostgres", RoundResult[]> = { ours: [], reference: [], floor: [], floorAsBig: [], oursOnPostgres: [] };
  let ballastMb = 0;
  try {
    for (const { key, kind, database } of series) {
      if (key === "floorAsBig") ballastMb = (await residentMb(servers.get("ours")!)) - (await residentMb(servers.get("floor")!));
      servers.set(key, await startBenchServer(kind, database, clients, key === "floorAsBig" ? Math.max(1, ballastMb) : undefined));
    }
    // Alternating, so a noisy minute on this shared machine hits each alike.
    for (let run = 0; run < options.runs; run++) {
      for (const { key, kind, database } of series) rounds[key].push(await runRound(servers.get(key)!, { ...round_, kind, database }));
    }
  } finally {
    for (const server of servers.values()) await server.stop();
  }
  raw[`coedit-n${clients}`] = rounds;
  const a = medianOf(rounds.ours);
  const b = medianOf(rounds.reference);
  const label = `N=${clients}, ${options.charsPerSecond} chars/s, ${options.durationMs / 1000} s after ${options.warmupMs / 1000} s warm-up, median of valid runs (ours ${a.validRuns}/${a.runs}, reference ${b.validRuns}/${b.runs})`;
  const p99Ratio = a.p99Ms / b.p99Ms;
  const cpuRatio = a.serverCpuUsPerDelivery / b.serverCpuUsPerDelivery;
  const disturbed = a.allInvalid || b.allInvalid;
  const lines: Line[] = [];
  const p99Text = `ours p50 ${fmt.ms(a.p50Ms)} p99 ${fmt.ms(a.p99Ms)}; ${REFERENCE} p50 ${fmt.ms(b.p50Ms)} p99 ${fmt.ms(b.p99Ms)}; p99 ratio ${fmt.ratio(p99Ratio)} (per run ${ratiosPerRun(rounds.ours, rounds.reference, (r) => r.p99Ms)})`;
  const p99Target = `p99 <= 0.4x ${REFERENCE}`;
  if (disturbed) {
    const why = [...new Set([...a.invalidBecause, ...b.invalidBecause])].join("; ");
    lines.push({ section: SECTION, scenario: `propagation, ${label}`, measured: `${p99Text} (no valid run: ${why})`, ...(loaded ? { target: p99Target } : {}), status: "INVALID", data: { ours: a, reference: b } });
  } else {
    lines.push(loaded ? judged(SECTION, `propagation, ${label}`, p99Text, p99Target, p99Ratio <= 0.4, { ours: a, reference: b }) : info(SECTION, `propagation, ${label}`, p99Text, { ours: a, reference: b }));
  }
  const cpuText = `ours ${fmt.us(a.serverCpuUsPerDelivery)} (kernel ${fmt.us(a.serverSystemCpuUsPerDelivery)}); ${REFERENCE} ${fmt.us(b.serverCpuUsPerDelivery)} (kernel ${fmt.us(b.serverSystemCpuUsPerDelivery)}); ratio ${fmt.ratio(cpuRatio)} (per run ${ratiosPerRun(rounds.ours, rounds.reference, (r) => r.serverCpuUsPerDelivery)})`;
  lines.push(loaded ? judged("server cost", `server CPU per delivered update, N=${clients}`, cpuText, `<= 0.6x ${REFERENCE}`, cpuRatio <= 0.6) : info("server cost", `server CPU per delivered update, N=${clients}`, cpuText));
  if (rounds.floor.length > 0) {
    lines.push(...floorLines(medianOf(rounds.floor), medianOf(rounds.floorAsBig), ballastMb, a, b, clients));
    lines.push(info(SECTION, `floor of this harness per run, N=${clients}: ideal relay vs ${REFERENCE}`, `p99 ${ratiosPerRun(rounds.floor, rounds.reference, (r) => r.p99Ms)}; server CPU ${ratiosPerRun(rounds.floor, rounds.reference, (r) => r.serverCpuUsPerDelivery)}`));
  }
  if (rounds.oursOnPostgres.length > 0) lines.push(oursOnPostgresLine(medianOf(rounds.oursOnPostgres), b, clients));
  lines.push(info("server cost", `peak RSS of the server process, N=${clients}`, `ours ${a.serverPeakRssMb} MB (embedded PGlite in process); ${REFERENCE} ${b.serverPeakRssMb} MB`));
  lines.push(info("server cost", `bytes on the wire per keystroke, N=${clients} (up + ${clients - 1} down)`, `ours ${round(a.wireBytesPerKeystroke, 0)} B; ${REFERENCE} ${round(b.wireBytesPerKeystroke, 0)} B`));
  lines.push(judged(SECTION, `updates lost, N=${clients}`, `ours ${a.lost}; ${REFERENCE} ${b.lost}`, "0", a.lost + b.lost === 0));
  const f = rounds.floor.length > 0 ? medianOf(rounds.floor) : null;
  const g = rounds.floorAsBig.length > 0 ? medianOf(rounds.floorAsBig) : null;
  const h = rounds.oursOnPostgres.length > 0 ? medianOf(rounds.oursOnPostgres) : null;
  const invalid = [a, b, f, g, h].reduce((n, m) => n + (m ? m.runs - m.validRuns : 0), 0);
  const clientText = `max ${Math.round(Math.max(a.clientCpuShare, b.clientCpuShare) * 100)}% of a core in ${options.clientProcesses} process(es); event loop p99 late ${Math.max(a.clientLoopDelayP99Ms, b.clientLoopDelayP99Ms)} ms; machine load up to ${Math.max(a.machineLoad, b.machineLoad)}; invalid runs: ${invalid}`;
  const clientTarget = "< 90% of a core, loop late < 20 ms (else the run is invalid)";
  lines.push(invalid > 0 ? { section: SECTION, scenario: `clients, N=${clients}`, measured: clientText, target: clientTarget, status: "INVALID" } : judged(SECTION, `clients, N=${clients}`, clientText, clientTarget, true));
  return lines;
}

type Medians = ReturnType<typeof medianOf>;

/**
 * Run i of one server against run i of the other (they ran back to back): on this shared
 * machine every server's numbers drift between runs, and these ratios show how far.
 */
function ratiosPerRun(a: readonly RoundResult[], b: readonly RoundResult[], value: (r: RoundResult) => number): string {
  return a.map((r, i) => (b[i] ? fmt.ratio(value(r) / value(b[i]!)) : "-")).join(", ");
}

/** The server's resident memory now (after a full GC), in MB. */
async function residentMb(server: ServerChild): Promise<number> {
  server.send({ type: "counters", gc: true });
  const counters = await server.next("counters");
  return Math.round(counters.rssBytes / 1024 / 1024);
}

/**
 * The ideal relay (server-floor.ts) beside ours and Hocuspocus: what is left of the delay and
 * the CPU when a server does nothing but forward bytes. When the floor itself is far from a
 * ratio target, the rest of the delay is the clients and the machine, not the server.
 *
 * The second line runs the same relay holding as much resident memory as ours (which carries
 * the embedded database): the bench machines' kernel reclaims cold memory every 500 ms (DAMON
 * pageout), and on some of them the pauses that costs grew with the process. The difference
 * between the two lines is the machine's price for size, not work the server does per keystroke.
 */
function floorLines(floor: Medians, floorAsBig: Medians, ballastMb: number, ours: Medians, reference: Medians, clients: number): Line[] {
  const describe = (m: Medians, name: string) =>
    [
      `${name} p50 ${fmt.ms(m.p50Ms)} p99 ${fmt.ms(m.p99Ms)} (${fmt.ratio(m.p99Ms / reference.p99Ms)} of ${REFERENCE}'s p99)`,
      `server CPU ${fmt.us(m.serverCpuUsPerDelivery)} per delivered update (${fmt.ratio(m.serverCpuUsPerDelivery / reference.serverCpuUsPerDelivery)})`,
      `ours is ${fmt.ratio(ours.p99Ms / m.p99Ms)} of its p99 and ${fmt.ratio(ours.serverCpuUsPerDelivery / m.serverCpuUsPerDelivery)} of its CPU`,
    ].join("; ");
  return [
    info(SECTION, `floor of this harness, N=${clients}: a relay that checks and stores nothing and forwards before applying (valid runs ${floor.validRuns}/${floor.runs})`, describe(floor, "ideal relay"), { floor }),
    info(
      SECTION,
      `the same relay holding ${ballastMb} MB more resident memory, as much as ours has beside it, N=${clients} (valid runs ${floorAsBig.validRuns}/${floorAsBig.runs})`,
      `${describe(floorAsBig, "relay as big as ours")}; peak RSS ${floorAsBig.serverPeakRssMb} MB, ours ${ours.serverPeakRssMb} MB`,
      { floorAsBig, ballastMb },
    ),
  ];
}

/** Ours as deployed with PostgreSQL: the same server, its sessions read from that server. */
function oursOnPostgresLine(ours: Medians, reference: Medians, clients: number): Line {
  const measured = [
    `ours p50 ${fmt.ms(ours.p50Ms)} p99 ${fmt.ms(ours.p99Ms)} (${fmt.ratio(ours.p99Ms / reference.p99Ms)} of ${REFERENCE}'s p99)`,
    `server CPU ${fmt.us(ours.serverCpuUsPerDelivery)} per delivered update (${fmt.ratio(ours.serverCpuUsPerDelivery / reference.serverCpuUsPerDelivery)})`,
    `peak RSS ${ours.serverPeakRssMb} MB`,
  ].join("; ");
  return info(SECTION, `propagation, ours with its database on the PostgreSQL server (none in its process), N=${clients} (valid runs ${ours.validRuns}/${ours.runs})`, measured, { ours });
}

async function withPersistence(database: "embedded" | "postgres", clients: number, options: CoeditOptions, raw: Record<string, unknown>): Promise<Line[]> {
  const server = await startBenchServer("ours-persist", database, clients);
  const rounds: RoundResult[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      rounds.push(await runRound(server, { kind: "ours-persist", database, clients, charsPerSecond: options.charsPerSecond, durationMs: options.durationMs, warmupMs: options.warmupMs, clientProcesses: options.clientProcesses }));
    }
  } finally {
    await server.stop();
  }
  raw[`durability-${database}`] = rounds;
  const m = medianOf(rounds);
  const counted = rounds.filter((r) => r.valid).length > 0 ? rounds.filter((r) => r.valid) : rounds;
  const p = (f: (r: NonNullable<RoundResult["persistence"]>) => number) => round(median(counted.map((r) => f(r.persistence!))), 2);
  const lagP99 = p((x) => x.lagP99Ms);
  const statements = Math.max(...rounds.map((r) => r.persistence!.statementsPerBatch));
  const lost = rounds.reduce((n, r) => n + r.lost, 0);
  const label = `ours + persistence (${database}), N=${clients}`;
  const lagLine = judged("durability", `persistence lag (receipt to commit), ${label}`, `p50 ${fmt.ms(p((x) => x.lagP50Ms))} p99 ${fmt.ms(lagP99)} (valid runs ${m.validRuns}/${m.runs})`, "p99 < 150 ms", lagP99 < 150);
  if (m.allInvalid) Object.assign(lagLine, { status: "INVALID", measured: `${lagLine.measured}; ${m.invalidBecause.join("; ")}` });
  return [
    info(SECTION, `propagation, ${label}`, `p50 ${fmt.ms(m.p50Ms)} p99 ${fmt.ms(m.p99Ms)}; server CPU ${fmt.us(m.serverCpuUsPerDelivery)} per delivered update (valid runs ${m.validRuns}/${m.runs})`, m),
    info("durability", `updates persisted per second, ${label}`, `${p((x) => x.updatesPerSecond)} /s in ${p((x) => x.batches)} batches per run`),
    lagLine,
    judged("durability", `database round trips per batch, ${label}`, `${statements} (max of ${options.runs} runs)`, "<= 1", statements <= 1),
    info("durability", `rows written per keystroke, ${label}`, `${p((x) => x.rowsPerKeystroke)}`),
    judged("durability", `updates lost (editors and store), ${label}`, String(lost), "0", lost === 0),
  ];
}

async function idleMemory(raw: Record<string, unknown>): Promise<Line[]> {
  const ours = await measureIdleMemory("ours", { connections: 100, documents: 200 });
  const reference = await measureIdleMemory("hocuspocus", { connections: 100, documents: 200 });
  raw.memory = { ours, reference };
  return [
    info("server cost", "memory per extra idle connection (100 on one document)", `ours ${fmt.kb(ours.rssPerConnectionKb)} RSS, ${fmt.kb(ours.heapPerConnectionKb)} heap; ${REFERENCE} ${fmt.kb(reference.rssPerConnectionKb)} RSS, ${fmt.kb(reference.heapPerConnectionKb)} heap`),
    judged(
      "server cost",
      "memory per extra idle open document (200 documents x 2 editors, with their connections)",
      `ours ${fmt.kb(ours.rssPerDocumentKb)} RSS, ${fmt.kb(ours.heapPerDocumentKb)} heap; ${REFERENCE} ${fmt.kb(reference.rssPerDocumentKb)} RSS, ${fmt.kb(reference.heapPerDocumentKb)} heap`,
      "< 100 KB (RSS)",
      ours.rssPerDocumentKb < 100,
    ),
  ];
}

/**
 * CI's smoke round: N=5 for 3 s against our server only, with its persistence on (embedded),
 * so a keystroke missing in any editor or in the store fails it, as does any error.
 */
export async function quickCoediting(raw: Record<string, unknown>): Promise<Line[]> {
  const server = await startBenchServer("ours-persist", "embedded", 5);
  try {
    const result = await runRound(server, { kind: "ours-persist", database: "embedded", clients: 5, charsPerSecond: 5, durationMs: 3000, warmupMs: 0, clientProcesses: 1 });
    raw["coedit-quick"] = result;
    const lines = [
      info(SECTION, "propagation, N=5, 5 chars/s, 3 s (ours + persistence, embedded)", `p50 ${fmt.ms(result.p50Ms)} p99 ${fmt.ms(result.p99Ms)}; ${result.delivered}/${result.expectedDeliveries} delivered; persistence lag p99 ${fmt.ms(result.persistence?.lagP99Ms ?? Number.NaN)}`),
      judged(SECTION, "updates lost (editors and store), N=5 (ours)", String(result.lost), "0", result.lost === 0 && result.delivered === result.expectedDeliveries),
    ];
    if (result.errors.length > 0) lines.push({ section: SECTION, scenario: "client errors, N=5", measured: result.errors.slice(0, 3).join("; "), status: "ERROR" });
    return lines;
  } finally {
    await server.stop();
  }
}
