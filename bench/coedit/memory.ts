import { round } from "../stats";
import { startChild, type Child } from "./children";
import type { ClientReply, IdlePlan, ServerCounters } from "./ipc";
import { startBenchServer } from "./round";

// Memory of idle co-editing: what one more idle connection and one more open (empty)
// document cost the server, measured after a full GC in the server process. Documents
// (2 editors each) first, counted with their connections, then many connections to one
// document. RSS is what the
// machine pays; "heap" (JS heap + external + array buffers) is the part our code decides.

export interface MemoryResult {
  kind: "ours" | "hocuspocus";
  connections: number;
  documents: number;
  rssPerConnectionKb: number;
  heapPerConnectionKb: number;
  rssPerDocumentKb: number;
  heapPerDocumentKb: number;
  baseRssMb: number;
}

export async function measureIdleMemory(kind: "ours" | "hocuspocus", options: { connections: number; documents: number }): Promise<MemoryResult> {
  const server = await startBenchServer(kind, "embedded", 2);
  const idle: Array<Child<ClientReply>> = [];
  try {
    const sample = async () => {
      server.send({ type: "counters", gc: true });
      return (await server.next("counters")) as ServerCounters;
    };
    const open = async (docNames: string[], perDoc: number) => {
      const plan: IdlePlan = { mode: "idle", target: kind, wsUrl: server.ready.wsUrl, docNames, cookies: server.ready.cookies, perDoc };
      const child = startChild<ClientReply>("clients.ts", { BENCH_CLIENTS: JSON.stringify(plan) });
      idle.push(child);
      await child.next("connected", 120_000);
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
    server.send({ type: "make-docs", count: options.documents + 10 });
    const { names } = (await server.next("docs")) as { names: string[] };
    // Warm up every code path (first documents and connections allocate more than later ones).
    await open([server.ready.docName], 1);
    await open(names.slice(0, 10), 2);
    await settle();
    const base = await sample();
    await open(names.slice(10), 2);
    await settle();
    const withDocuments = await sample();
    await open([server.ready.docName], options.connections);
    await settle();
    const withConnections = await sample();
    const kb = (bytes: number) => round(bytes / 1024, 1);
    const rssPerConnection = (withConnections.rssBytes - withDocuments.rssBytes) / options.connections;
    const heapPerConnection = (withConnections.heapUsedBytes - withDocuments.heapUsedBytes) / options.connections;
    return {
      kind,
      connections: options.connections,
      documents: options.documents,
      rssPerConnectionKb: kb(rssPerConnection),
      heapPerConnectionKb: kb(heapPerConnection),
      // Gross: the document with its two editors' connections (the net figure is too noisy to trust).
      rssPerDocumentKb: kb((withDocuments.rssBytes - base.rssBytes) / options.documents),
      heapPerDocumentKb: kb((withDocuments.heapUsedBytes - base.heapUsedBytes) / options.documents),
      baseRssMb: round(base.rssBytes / 1024 / 1024, 1),
    };
  } finally {
    for (const child of idle) child.send({ type: "close" });
    await Promise.all(idle.map((c) => c.stop()));
    await server.stop();
  }
}
