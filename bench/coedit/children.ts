import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

// A child process of the bench with request/reply over IPC. Children run through tsx's
// loader in plain node (no tsx CLI wrapper), so the PID we stop is the process itself.

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Child<Reply extends { type: string }> {
  process: ChildProcess;
  /** The next reply of this type (earlier ones of other types are kept). */
  next<T extends Reply["type"]>(type: T, timeoutMs?: number): Promise<Extract<Reply, { type: T }>>;
  send(message: object): void;
  stop(): Promise<void>;
}

export function startChild<Reply extends { type: string }>(file: string, env: Record<string, string>, execArgv: string[] = []): Child<Reply> {
  const child = fork(path.join(here, file), [], {
    execArgv: ["--import", "tsx", ...execArgv],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const inbox: Reply[] = [];
  const waiters: Array<{ type: string; resolve: (reply: Reply) => void; reject: (error: Error) => void }> = [];
  let exitError: Error | null = null;
  const deliver = () => {
    for (let w = 0; w < waiters.length; w++) {
      const waiter = waiters[w]!;
      const index = inbox.findIndex((r) => r.type === waiter.type || r.type === "error");
      if (index < 0) continue;
      const [reply] = inbox.splice(index, 1);
      waiters.splice(w--, 1);
      if (reply!.type === "error" && waiter.type !== "error") waiter.reject(new Error(`${file}: ${(reply as unknown as { message: string }).message}`));
      else waiter.resolve(reply!);
    }
  };
  child.on("message", (reply: Reply) => {
    inbox.push(reply);
    deliver();
  });
  const exited = new Promise<void>((resolve) =>
    child.on("exit", (code) => {
      exitError = new Error(`${file} exited with ${code}`);
      for (const waiter of waiters.splice(0)) waiter.reject(exitError);
      resolve();
    }),
  );
  return {
    process: child,
    next(type, timeoutMs = 60_000) {
      if (exitError) return Promise.reject(exitError);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${file}: no ${type} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          type,
          resolve: (reply) => (clearTimeout(timer), resolve(reply as never)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        deliver();
      });
    },
    send(message) {
      if (child.connected) child.send(message);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      if (child.connected) child.send({ type: "stop" });
      else child.kill("SIGTERM");
      await exited;
      clearTimeout(timer);
    },
  };
}
