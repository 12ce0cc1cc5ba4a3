import os from "node:os";
import { median, percentile, round } from "../stats";
import { startChild, type Child } from "./children";
import type { ClientReply, PersistenceReport, ServerConfig, ServerKind, ServerReady, ServerReply, TypingPlan, TypingResult } from "./ipc";

// One co-editing round: a fresh server process, the clients in one or two client processes,
// a synchronised start, N editors typing at a fixed rate, then the numbers.

export type ServerChild = Child<ServerReply> & { ready: ServerReady };

export async function startBenchServer(kind: ServerKind, database: ServerConfig["database"], writers: number, ballastMb?: number): Promise<ServerChild> {
  const config: ServerConfig = { kind, database, writers, ...(ballastMb ? { ballastMb } : {}) };
  const file = { hocuspocus: "server-hocuspocus.ts", floor: "server-floor.ts", ours: "server-ours.ts", "ours-persist": "server-ours.ts" }[kind];
  const child = startChild<ServerReply>(file, { BENCH_SERVER: JSON.stringify(config), BENCH_PROFILE_NAME: kind }, ["--expose-gc"]);
  try {
    const ready = await child.next("ready", 120_000);
    return Object.assign(child, { ready });
  } catch (error) {
    await child.stop();
    throw error;
  }
}

export interface RoundOptions {
  kind: ServerKind;
  database: ServerConfig["database"];
  clients: number;
  charsPerSecond: number;
  durationMs: number;
  /** Typing before the measured window; neither its delays nor the server's CPU in it count. */
  warmupMs: number;
  /** Client processes (the clients are spread evenly). */
  clientProcesses: number;
}

export interface RoundResult {
  kind: ServerKind;
  database: string;
  clients: number;
  keystrokes: number;
  delivered: number;
  expectedDeliveries: number;
  lost: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  serverCpuUsPerDelivery: number;
  /** The part of it spent in the kernel. */
  serverSystemCpuUsPerDelivery: number;
  serverCpuShare: number;
  serverPeakRssMb: number;
  wireBytesPerKeystroke: number;
  clientCpuShare: number;
  /** p99 event-loop delay of the client processes (ms): the receivers' scheduling. */
  clientLoopDelayP99Ms: number;
  /** The machine's 1-minute load average at the end of the round. */
  machineLoad: number;
  valid: boolean;
  /** Why the round does not count, if it does not. */
  invalidBecause: string[];
  errors: string[];
  persistence?: {
    updatesPerSecond: number;
    lagP50Ms: number;
    lagP99Ms: number;
    batches: number;
    statementsPerBatch: number;
    rowsPerKeystroke: number;
    lostInStore: number;
  };
}

/** Client CPU share above this means the clients, not the server, set the pace. */
export const CLIENT_SATURATION = 0.9;
/**
 * A client process whose event loop was late by more than this (p99) while using little CPU
 * was starved by other work on the machine: its delays measure the machine, not the server.
 */
export const CLIENT_LOOP_DELAY_LIMIT_MS = 20;

const sleepUntil = (moment: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, moment - Date.now())));

/** One round against a running server (a server serves several rounds; each has its own paragraphs). */
export async function runRound(server: ServerChild, options: RoundOptions): Promise<RoundResult> {
  const tag = `${options.kind}-${Date.now().toString(36)}`;
  const processes: Array<Child<ClientReply>> = [];
  try {
    const per = Math.ceil(options.clients / options.clientProcesses);
    for (let first = 0; first < options.clients; first += per) {
      const plan: TypingPlan = {
        mode: "typing",
        target: options.kind === "hocuspocus" ? "hocuspocus" : "ours",
        wsUrl: server.ready.wsUrl,
        docName: server.ready.docName,
        cookies: server.ready.cookies,
        tag,
        firstIndex: first,
        clients: Math.min(per, options.clients - first),
        totalClients: options.clients,
        charsPerSecond: options.charsPerSecond,
        durationMs: options.durationMs,
        warmupMs: options.warmupMs,
      };
      processes.push(startChild<ClientReply>("clients.ts", { BENCH_CLIENTS: JSON.stringify(plan) }));
    }
    await Promise.all(processes.map((p) => p.next("connected", 60_000)));
    const at = Date.now() + 300;
    for (const p of processes) p.send({ type: "start", at });
    // The server's counters start where the clients' measured window does: after the warm-up.
    await sleepUntil(at + options.warmupMs);
    server.send({ type: "mark" });
    await server.next("marked");
    const perEditor = (ms: number) => Math.round((ms / 1000) * options.charsPerSecond);
    const keystrokes = perEditor(options.durationMs) * options.clients;
    const typed = (perEditor(options.warmupMs) + perEditor(options.durationMs)) * options.clients;
    // Typing ends at `at + warm-up + duration`; then every editor must hold every keystroke.
    await sleepUntil(at + options.warmupMs + options.durationMs);
    for (const p of processes) p.send({ type: "finish", expected: typed });
    const results = (await Promise.all(processes.map((p) => p.next("result", options.warmupMs + options.durationMs + 30_000)))) as TypingResult[];
    server.send({ type: "counters" });
    const counters = await server.next("counters");
    let persistence: RoundResult["persistence"];
    if (options.kind === "ours-persist") {
      server.send({ type: "persistence", tag });
      const report = (await server.next("persistence", 60_000)) as PersistenceReport;
      persistence = {
        updatesPerSecond: round(report.lagMs.length / (options.durationMs / 1000), 1),
        lagP50Ms: round(percentile(report.lagMs, 50)),
        lagP99Ms: round(percentile(report.lagMs, 99)),
        batches: report.batches,
        statementsPerBatch: round(report.batches > 0 ? report.statements / report.batches : 0, 2),
        rowsPerKeystroke: round(report.rows / keystrokes, 3),
        lostInStore: typed - report.storedChars,
      };
    }
    for (const p of processes) p.send({ type: "close" });
    await Promise.all(processes.map((p) => p.next("closed", 10_000).catch(() => undefined)));

    const delays = results.flatMap((r) => r.delays);
    const sent = results.reduce((n, r) => n + r.sent, 0);
    const observed = results.flatMap((r) => r.observed);
    const lost = observed.reduce((n, o) => n + Math.max(0, typed - o), 0) + (persistence?.lostInStore ?? 0);
    const clientCpuShare = Math.max(...results.map((r) => r.cpuShare));
    const clientLoopDelayP99Ms = Math.max(...results.map((r) => r.loopDelayP99Ms));
    const errors = results.flatMap((r) => r.errors);
    const invalidBecause = [
      ...(clientCpuShare >= CLIENT_SATURATION ? [`clients used ${Math.round(clientCpuShare * 100)}% of a core`] : []),
      ...(clientLoopDelayP99Ms > CLIENT_LOOP_DELAY_LIMIT_MS ? [`client event loop late by ${Math.round(clientLoopDelayP99Ms)} ms (p99): the machine was busy`] : []),
      ...(errors.length > 0 ? [`${errors.length} client errors`] : []),
    ];
    const windowSeconds = options.durationMs / 1000;
    return {
      kind: options.kind,
      database: options.kind === "hocuspocus" || options.kind === "floor" ? "none" : options.database,
      clients: options.clients,
      keystrokes: sent,
      delivered: delays.length,
      expectedDeliveries: sent * (options.clients - 1),
      lost,
      p50Ms: round(percentile(delays, 50), 3),
      p99Ms: round(percentile(delays, 99), 3),
      maxMs: round(percentile(delays, 100), 3),
      serverCpuUsPerDelivery: round(counters.cpuUs / Math.max(1, delays.length), 1),
      serverSystemCpuUsPerDelivery: round(counters.cpuSystemUs / Math.max(1, delays.length), 1),
      serverCpuShare: round(counters.cpuUs / 1e6 / windowSeconds, 3),
      serverPeakRssMb: round(counters.maxRssBytes / 1024 / 1024, 1),
      wireBytesPerKeystroke: round(results.reduce((n, r) => n + r.bytesUp + r.bytesDown, 0) / Math.max(1, sent), 1),
      clientCpuShare: round(clientCpuShare, 3),
      clientLoopDelayP99Ms: round(clientLoopDelayP99Ms, 1),
      machineLoad: round(os.loadavg()[0] ?? 0, 2),
      valid: invalidBecause.length === 0,
      invalidBecause,
      errors,
      ...(persistence ? { persistence } : {}),
    };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
}

/**
 * The medians of several rounds of one configuration (each field on its own), over the valid
 * rounds; when none is valid, over all of them (`allInvalid` says so). Lost updates count in
 * every round.
 */
export function medianOf(rounds: readonly RoundResult[]) {
  const valid = rounds.filter((r) => r.valid);
  const counted = valid.length > 0 ? valid : rounds;
  const pick = (f: (r: RoundResult) => number) => round(median(counted.map(f)), 3);
  return {
    runs: rounds.length,
    validRuns: valid.length,
    allInvalid: valid.length === 0,
    invalidBecause: [...new Set(rounds.flatMap((r) => r.invalidBecause))],
    lost: rounds.reduce((n, r) => n + r.lost, 0),
    p50Ms: pick((r) => r.p50Ms),
    p99Ms: pick((r) => r.p99Ms),
    serverCpuUsPerDelivery: pick((r) => r.serverCpuUsPerDelivery),
    serverSystemCpuUsPerDelivery: pick((r) => r.serverSystemCpuUsPerDelivery),
    serverPeakRssMb: pick((r) => r.serverPeakRssMb),
    wireBytesPerKeystroke: pick((r) => r.wireBytesPerKeystroke),
    clientCpuShare: pick((r) => r.clientCpuShare),
    clientLoopDelayP99Ms: pick((r) => r.clientLoopDelayP99Ms),
    machineLoad: round(Math.max(...rounds.map((r) => r.machineLoad)), 2),
  };
}
