import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { demoAccounts, demoPassword } from "./data/demo";

// The README's table of demo accounts is what newcomers log in with: it must match the seed.
const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../README.md"), "utf8");

describe("README demo accounts", () => {
  it("lists every demo account with its role and the shared password", () => {
    for (const account of demoAccounts) {
      expect(readme).toContain(`| ${account.roleLabel} | \`${account.email}\` | \`${demoPassword}\` |`);
    }
  });
});
