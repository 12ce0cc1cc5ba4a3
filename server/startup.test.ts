import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Starts the real server with the given environment and waits for it to exit. */
function startServer(env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["server/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("start-up with a bad DATABASE_URL", () => {
  it("stops with exit code 1 and one line naming a malformed URL, never the password", async () => {
    const result = await startServer({ DATABASE_URL: "postgres//admin:TopSecret123@nowhere" });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL/);
    expect(result.stderr + result.stdout).not.toContain("TopSecret123");
  });

  it("stops with exit code 1 when the server cannot be reached, naming where without the password", async () => {
    const result = await startServer({ DATABASE_URL: "postgres://admin:TopSecret123@127.0.0.1:1/werkplaats" });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("127.0.0.1:1");
    expect(lines[0]).toContain("***");
    expect(result.stderr + result.stdout).not.toContain("TopSecret123");
  });
});
