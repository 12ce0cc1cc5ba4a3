import { Server } from "@hocuspocus/server";
import type { ServerConfig } from "./ipc";
import { reply, serve } from "./server-process";

// The reference: @hocuspocus/server 4.7.0 without extensions (no persistence), in a process
// of its own, answering the same counter requests as ours.

const config = JSON.parse(process.env.BENCH_SERVER ?? "{}") as ServerConfig;

async function main() {
  const server = new Server({ port: 0, address: "127.0.0.1", quiet: true, stopOnSignals: false });
  await server.listen();
  const port = server.address.port;
  let stopped = false;
  serve(
    async (request) => {
      if (request.type === "make-docs") return { type: "docs", names: Array.from({ length: request.count }, (_, i) => `bench-doc-${i}`) };
      return null;
    },
    async () => {
      if (stopped) return;
      stopped = true;
      await server.destroy();
    },
  );
  reply({ type: "ready", wsUrl: `ws://127.0.0.1:${port}`, docName: "bench-agenda", cookies: Array.from({ length: config.writers }, () => "") });
}

main().catch((error: unknown) => {
  reply({ type: "error", message: String((error as Error)?.stack ?? error) });
  process.exit(1);
});
