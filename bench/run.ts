import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchBigDocuments } from "./bigdocs";
import { benchBoards } from "./boards";
import { benchCoediting, fullCoedit, quickCoediting } from "./coedit/scenarios";
import { failedScenario, printTable, writeResults, type Line } from "./report";
import { benchPlanServices, benchPublicPages } from "./services";

// The benchmark harness (issue 8). `npm run bench` is the full run (at most 10 minutes on a
// 2-core machine); `npm run bench:quick` the smoke run CI does (seconds): a 3-second N=5
// co-editing round against our server, a board render and the at-risk computation. Each
// writes bench/results/<date>-<name>.json and prints a table. Targets live here, never in
// timed unit tests. With DATABASE_URL, every DB-touching scenario also runs on that server,
// in a throwaway database. The quick run fails on a lost update or a scenario that errors;
// the full run also fails on a missed target.

const quick = process.argv.includes("--quick");
// `--only "boards and API"` runs one section (while working on it); the JSON is then named after it.
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  const started = performance.now();
  const raw: Record<string, unknown> = {};
  const lines: Line[] = [];
  const section = async (name: string, run: () => Promise<Line[]>) => {
    if (only !== undefined && name !== only) return;
    const start = performance.now();
    try {
      lines.push(...(await run()));
    } catch (error) {
      lines.push(failedScenario(name, name, error));
    }
    console.log(`  ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  };

  if (quick) {
    await section("co-editing", () => quickCoediting(raw));
    await section("boards and API", () => benchBoards({ runs: 20, quick: true }, raw));
    await section("plan and pages", () => benchPlanServices(30));
  } else {
    await section("co-editing", () => benchCoediting(fullCoedit, raw));
    await section("big documents", () => benchBigDocuments({ sizes: [250_000, 2_500_000], runs: 5 }, raw));
    await section("boards and API", () => benchBoards({ runs: 50, quick: false }, raw));
    await section("plan and pages", async () => [...(await benchPlanServices(200)), ...(await benchPublicPages(100))]);
  }

  printTable(lines);
  const name = `${quick ? "quick" : "full"}${only ? `-${only.replace(/\W+/g, "-")}` : ""}`;
  const file = await writeResults(root, name, lines, { durationSeconds: Math.round((performance.now() - started) / 1000), raw });
  console.log(`Wrote ${path.relative(root, file)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

  const broken = lines.filter((l) => l.status === "ERROR" || (l.status === "FAIL" && /lost/.test(l.scenario)));
  const missed = lines.filter((l) => l.status === "FAIL");
  if (broken.length > 0) {
    console.error(`Broken: ${broken.map((l) => `${l.scenario}: ${l.measured}`).join("; ")}`);
    process.exitCode = 1;
  } else if (!quick && missed.length > 0) {
    console.error(`Missed targets (${missed.length}): ${missed.map((l) => l.scenario).join("; ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
