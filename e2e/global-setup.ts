import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "./browser";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Fails early with instructions when Chromium is missing; builds the app when it is stale. */
export default function setup() {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `The e2e tests need Chromium at ${executable}. Install it with "sudo apt-get install -y chromium" ` +
        "(Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  const build = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/ensure-build.ts"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("Building the app for the e2e tests failed");
}
