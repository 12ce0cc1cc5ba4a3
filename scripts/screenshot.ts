import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../e2e/browser";
import { startServer } from "../e2e/server";

// Refreshes the README's screenshot: `npm run screenshot` (needs Chromium and a build).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const server = await startServer({ LOG_LEVEL: "warn" });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/`);
  await page.screenshot({ path: path.join(root, "docs/screenshot.png") });
  console.log("Wrote docs/screenshot.png");
} finally {
  await browser.close();
  await server.stop();
}
