import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { nl } from "../shared/i18n/nl";

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Headless Debian Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A page in a fresh context (no cookies shared between tests). */
export async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-NL" });
  return context.newPage();
}

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Serious and critical axe violations on the current page, summarised for a readable diff. */
export async function findSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

/** Axe finds no serious or critical violation on the page. */
export async function expectAccessible(page: Page) {
  expect(await findSeriousA11yViolations(page)).toEqual([]);
}

/** Fills and sends the /login form that is on the page. */
export async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel(nl.auth.email).fill(email);
  await page.getByLabel(nl.auth.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: nl.auth.loginButton }).click();
}

/** The session cookie of the page's browser context (its name outside production). */
export async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name === "rw_session");
}

/**
 * Follows the page's "Downloaden als CSV" link as the browser does and checks that it is a file
 * Dutch Excel opens: 200, text/csv, an attachment named `<name>-<yyyy-mm-dd>.csv`, a byte-order
 * mark. Returns the link and the file's lines (without the mark).
 */
export async function downloadCsv(page: Page, baseUrl: string, name: string): Promise<{ href: string; lines: string[] }> {
  const href = await page.getByRole("link", { name: nl.download.csv }).getAttribute("href");
  expect(href).not.toBeNull();
  const response = await page.request.get(baseUrl + href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${name}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
  const body = (await response.body()).toString("utf8");
  expect(body.startsWith("\uFEFF")).toBe(true);
  return { href: href!, lines: body.slice(1).trimEnd().split("\r\n") };
}
