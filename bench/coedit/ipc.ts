// Messages between the bench (parent) and its child processes: a server process (ours or
// Hocuspocus, one per process so its CPU counters are its own) and client processes.

/** "floor": the harness's ideal relay (server-floor.ts), the lower bound for any server. */
export type ServerKind = "ours" | "ours-persist" | "hocuspocus" | "floor";

export interface ServerConfig {
  kind: ServerKind;
  /** Which database ours uses (persistence and sessions). */
  database: "embedded" | "postgres";
  /** Signed-in writers to prepare (one session each). */
  writers: number;
  /** The floor only: megabytes of memory it keeps resident, as big as ours is (see scenarios.ts). */
  ballastMb?: number;
}

export interface ServerReady {
  type: "ready";
  wsUrl: string;
  docName: string;
  /** One cookie per writer (ours); empty for Hocuspocus. */
  cookies: string[];
}

export interface ServerCounters {
  type: "counters";
  cpuUs: number;
  /** Of which in the kernel (socket writes, mostly). */
  cpuSystemUs: number;
  rssBytes: number;
  maxRssBytes: number;
  heapUsedBytes: number;
}

export interface PersistenceReport {
  type: "persistence";
  lagMs: number[];
  batches: number;
  statements: number;
  rows: number;
  storedChars: number;
}

export type ServerRequest =
  | { type: "mark" }
  | { type: "counters"; gc?: boolean }
  | { type: "persistence"; tag: string }
  | { type: "make-docs"; count: number }
  | { type: "stop" };

export type ServerReply = ServerReady | ServerCounters | PersistenceReport | { type: "marked" } | { type: "docs"; names: string[] } | { type: "stopped" } | { type: "error"; message: string };

export interface TypingPlan {
  mode: "typing";
  target: "ours" | "hocuspocus";
  wsUrl: string;
  docName: string;
  cookies: string[];
  /** Marks this round's paragraphs. */
  tag: string;
  /** Global index of this process's first client (clients are numbered across processes). */
  firstIndex: number;
  clients: number;
  totalClients: number;
  charsPerSecond: number;
  durationMs: number;
  /** Typing before the measured window, not counted: fresh client processes (and their JIT) settle in it. */
  warmupMs: number;
}

export interface IdlePlan {
  mode: "idle";
  target: "ours" | "hocuspocus";
  wsUrl: string;
  docNames: string[];
  cookies: string[];
  perDoc: number;
}

export type ClientPlan = TypingPlan | IdlePlan;

export interface TypingResult {
  type: "result";
  /** Keystrokes in the measured window. */
  sent: number;
  /** Propagation delays (ms) seen by this process's receivers. */
  delays: number[];
  /** Typed characters each receiver holds at the end (should equal the total sent). */
  observed: number[];
  bytesUp: number;
  bytesDown: number;
  cpuShare: number;
  /** p99 of this process's event-loop delay while typing: high means the OS starved it. */
  loopDelayP99Ms: number;
  errors: string[];
}

export type ClientReply = { type: "connected" } | TypingResult | { type: "closed" } | { type: "error"; message: string };

export type ClientRequest = { type: "start"; at: number } | { type: "finish"; expected: number } | { type: "close" };
