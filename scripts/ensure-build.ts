import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Builds the Remix app when build/index.js is missing or older than any source it is made
// from, so `npm start` and the e2e tests always serve what is in the working tree.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const buildFile = path.join(root, "build/index.js");
const sources = ["app", "shared", "server", "db", "remix.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function builtAt(): number {
  try {
    return statSync(buildFile).mtimeMs;
  } catch {
    return 0;
  }
}

const built = builtAt();
const newestSource = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (built === 0 || newestSource > built) {
  console.log(built === 0 ? "No build yet: building the app..." : "Sources changed since the last build: rebuilding...");
  // Always a production build: one built under NODE_ENV=test (Vitest) or development would
  // use React's dev JSX runtime, which a production server does not have.
  const result = spawnSync(path.join(root, "node_modules/.bin/remix"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
