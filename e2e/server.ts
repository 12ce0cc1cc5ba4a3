import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { adminQuery } from "../db/test-database";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface RunningServer {
  baseUrl: string;
  port: number;
  output(): string;
  stop(): Promise<number | null>;
  /** kill -9: no shutdown hook runs (crash tests); cleans up like stop. */
  kill(): Promise<number | null>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server (node + tsx, no npm wrapper, so the PID is the server) on a free
 * port with a fresh database: a new PGlite directory, or a new database on DATABASE_URL's
 * server. Resolves once /healthz answers.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  // A DATA_DIR passed in belongs to the caller (restart tests); otherwise each server gets its own.
  // A restart test passes the PORT of the server it replaces.
  const port = env.PORT ? Number(env.PORT) : await findFreePort();
  const serverUrl = process.env.DATABASE_URL;
  let cleanup: () => Promise<void>;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env };
  if (env.DATA_DIR) {
    cleanup = async () => {};
  } else if (serverUrl) {
    const name = `rw_e2e_${Date.now().toString(36)}_${process.pid}_${port}`;
    await adminQuery(serverUrl, `create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    childEnv.DATABASE_URL = url.href;
    cleanup = async () => void (await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`));
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "rw-e2e-"));
    childEnv.DATA_DIR = dataDir;
    cleanup = () => rm(dataDir, { recursive: true, force: true });
  }

  // node --import tsx, not the tsx binary: the tsx CLI runs the server in a child process of
  // its own, which a kill -9 of the parent would leave running.
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { cwd: root, env: childEnv });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return {
    baseUrl,
    port,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await exited;
      await cleanup();
      return code;
    },
    async kill() {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
      await cleanup();
      return null;
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    try {
      // A timeout: a pooled connection to an earlier server on this port must not hang us.
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not answer /healthz within 60 s:\n${output()}`);
}
