import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { startServer, type RunningServer } from "./server";

/** What a spec file drives: the real server on the demo data and a headless Chromium. */
export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A browser context in Dutch (one per person in a test), closed when the test ends. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Starts the server and the browser side by side before the spec file's tests, closes every
 * context a test opened after that test, and stops both at the end. Call it once, at the top
 * level of the spec file.
 */
export function setUpBrowserSuite(): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("setUpBrowserSuite: the server and browser start in beforeAll; use them inside tests");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async newContext(options = {}) {
      const context = await started(browser).newContext({ locale: "nl-NL", ...options });
      contexts.push(context);
      return context;
    },
  };
}
