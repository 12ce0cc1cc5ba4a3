import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// What every scenario hands back: lines for the table (with PASS/FAIL where a target
// applies) and the raw numbers for the JSON file.

export type Status = "PASS" | "FAIL" | "INFO" | "SKIPPED" | "INVALID" | "ERROR";

export interface Line {
  section: string;
  scenario: string;
  /** What was measured, human-readable. */
  measured: string;
  target?: string;
  status: Status;
  data?: unknown;
}

export function info(section: string, scenario: string, measured: string, data?: unknown): Line {
  return { section, scenario, measured, status: "INFO", data };
}

/** A line with a target: `ok` decides PASS/FAIL. */
export function judged(section: string, scenario: string, measured: string, target: string, ok: boolean, data?: unknown): Line {
  return { section, scenario, measured, target, status: ok ? "PASS" : "FAIL", data };
}

export function skipped(section: string, scenario: string, why: string): Line {
  return { section, scenario, measured: why, status: "SKIPPED" };
}

export function failedScenario(section: string, scenario: string, error: unknown): Line {
  return { section, scenario, measured: `error: ${String((error as Error)?.message ?? error).split("\n")[0]}`, status: "ERROR" };
}

export function printTable(lines: readonly Line[]) {
  const rows = lines.map((l) => ({ section: l.section, scenario: l.scenario, measured: l.measured, target: l.target ?? "", result: l.status }));
  const columns = ["section", "scenario", "measured", "target", "result"] as const;
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const format = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(format(columns));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(format(columns.map((c) => row[c])));
}

export async function writeResults(root: string, name: string, lines: readonly Line[], extra: Record<string, unknown>) {
  const file = path.join(root, "bench/results", `${new Date().toISOString().slice(0, 10)}-${name}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  const body = {
    name,
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    databaseUrl: process.env.DATABASE_URL ? "set (a throwaway database on that server)" : "not set",
    ...extra,
    lines,
  };
  await writeFile(file, JSON.stringify(body, null, 2) + "\n");
  return file;
}

export const fmt = {
  ms: (v: number) => `${round2(v)} ms`,
  us: (v: number) => `${round2(v)} us`,
  kb: (v: number) => `${round2(v)} KB`,
  ratio: (v: number) => `${round2(v)}x`,
};

function round2(v: number) {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : v;
}
