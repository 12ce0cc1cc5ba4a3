import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";
import type { ServerCounters, ServerReply, ServerRequest } from "./ipc";

// The part every bench server process shares: answering the parent's requests for CPU and
// memory counters of THIS process (so a server's cost is its own, not the clients').

export function reply(message: ServerReply) {
  process.send?.(message);
}

let mark = process.cpuUsage();

// BENCH_CPU_PROF=<dir>: a V8 CPU profile of the measured window only (mark -> counters).
const profileDir = process.env.BENCH_CPU_PROF;
const profiler = profileDir ? new Session() : null;
profiler?.connect();
const post = (method: string) =>
  new Promise<unknown>((resolve, reject) => profiler?.post(method, (error, result) => (error ? reject(error) : resolve(result))));

let profiling = false;

async function startProfile() {
  if (!profiler) return;
  await post("Profiler.enable");
  await post("Profiler.start");
  profiling = true;
}

async function stopProfile() {
  // The memory scenario reads counters more than once per mark: one profile per window.
  if (!profiler || !profileDir || !profiling) return;
  profiling = false;
  const { profile } = (await post("Profiler.stop")) as { profile: unknown };
  writeFileSync(path.join(profileDir, `${process.env.BENCH_PROFILE_NAME ?? "server"}-${process.pid}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
}

export function counters(gc: boolean): ServerCounters {
  if (gc && typeof global.gc === "function") {
    global.gc();
    global.gc();
  }
  const cpu = process.cpuUsage(mark);
  const memory = process.memoryUsage();
  return {
    type: "counters",
    cpuUs: cpu.user + cpu.system,
    cpuSystemUs: cpu.system,
    rssBytes: memory.rss,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: memory.heapUsed + memory.external + memory.arrayBuffers,
  };
}

/** Routes the parent's requests; `extra` handles what only one kind of server can answer. */
export function serve(extra: (request: ServerRequest) => Promise<ServerReply | null>, stop: () => Promise<void>, onMark?: () => Promise<void>) {
  process.on("message", (request: ServerRequest) => {
    void (async () => {
      try {
        if (request.type === "mark") {
          // The window starts now, while the clients type: what the mark itself does counts in it.
          mark = process.cpuUsage();
          await startProfile();
          await onMark?.();
          return reply({ type: "marked" });
        }
        if (request.type === "counters") {
          const measured = counters(request.gc ?? false);
          await stopProfile();
          return reply(measured);
        }
        if (request.type === "stop") {
          await stop();
          reply({ type: "stopped" });
          process.disconnect?.();
          setTimeout(() => process.exit(0), 50).unref();
          return;
        }
        const answer = await extra(request);
        reply(answer ?? { type: "error", message: `unsupported request ${request.type}` });
      } catch (error) {
        reply({ type: "error", message: String((error as Error)?.stack ?? error) });
      }
    })();
  });
  process.on("disconnect", () => {
    void stop().finally(() => process.exit(0));
  });
}
