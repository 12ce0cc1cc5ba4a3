import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, openPage } from "./browser";
import { startServer, type RunningServer } from "./server";

// Journey: a visitor without an account reads the Regioplan, follows a bouwsteen to its
// voorlopers, filters voorlopers by gemeente, and lands on a Dutch 404 for a wrong link.

let server: RunningServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await openPage(browser);
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function visit(path: string) {
  const response = await page.goto(server.baseUrl + path);
  return response!;
}

describe("the plan at a glance", () => {
  it("lists the ambition, the 3 opgaven, all 8 bouwstenen and all 6 fundamenten in Dutch", async () => {
    const response = await visit("/");
    expect(response.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.locator("main").count()).toBe(1);
    await expect.poll(() => page.locator("h1").textContent()).toContain("Regioplan");
    expect(await page.locator("main").textContent()).toContain("Een zorgzame samenleving in een gezond Flevoland");
    const blockLinks = page.locator('main a[href^="/regioplan/bouwstenen/"]');
    const foundationLinks = page.locator('main a[href^="/regioplan/fundamenten/"]');
    expect(await blockLinks.count()).toBe(8);
    expect(await foundationLinks.count()).toBe(6);
    expect(await blockLinks.allTextContents()).toContain("Denken en doen vanuit Positieve Gezondheid");
    expect(await foundationLinks.allTextContents()).toContain("Maatschappelijke dialoog: we nemen iedereen mee");
    await expectAccessible(page);
  });

  it("hydrates under the nonce-based CSP: client-side navigation works and nothing is blocked", async () => {
    await visit("/");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole("link", { name: "Regioplan", exact: true }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Regioplan IZA Flevoland");
    // Still the same document: Remix navigated on the client, so its scripts ran.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it("offers a skip link as the first keyboard stop that moves focus to the content", async () => {
    await visit("/");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe("Naar de inhoud");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inhoud");
  });
});

describe("a bouwsteen and its voorlopers", () => {
  it("follows a bouwsteen from the home page to its oplossingsrichtingen and voorlopers with gemeente", async () => {
    await visit("/");
    await page.getByRole("link", { name: "Wijkgericht werken in een toegankelijk aanbod" }).click();
    await page.waitForURL(/\/regioplan\/bouwstenen\//);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Wijkgericht werken in een toegankelijk aanbod");
    const directions = page.locator("#oplossingsrichtingen + p + ul h3");
    expect(await directions.allTextContents()).toContain("Eén wijknetwerk");
    const vlie = page.getByRole("row", { name: /Het Vlie/ });
    expect(await vlie.textContent()).toContain("Noordoostpolder, Urk");
    const breadcrumb = page.getByRole("navigation", { name: "Kruimelpad" });
    expect(await breadcrumb.textContent()).toContain("Regioplan");
    await expectAccessible(page);
  });

  it("shows a fundament with its main lines", async () => {
    await visit("/regioplan");
    await page.getByRole("link", { name: "Gezonde leefomgeving" }).first().click();
    await page.waitForURL(/\/regioplan\/fundamenten\//);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Gezonde leefomgeving");
    expect(await page.locator("#hoofdlijnen ~ ul li").count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(page);
  });

  it("shows the plan's whole structure accessibly", async () => {
    await visit("/regioplan");
    for (const heading of ["Transformatieopgaven", "Verbindende principes", "Prioritaire doelgroepen", "Zorgtafel Flevoland"]) {
      expect(await page.getByRole("heading", { level: 2, name: heading }).count()).toBe(1);
    }
    await expectAccessible(page);
  });

  it("gives the regiobeeld's key figures and the Zorgtafel's dated goals beside its opgaven", async () => {
    await visit("/regioplan");
    await page.getByRole("navigation", { name: "Opbouw van het plan" }).getByRole("link", { name: "Flevoland in cijfers" }).click();
    expect(new URL(page.url()).hash).toBe("#cijfers");
    const figures = page.locator("#cijfers li");
    expect(await figures.count()).toBe(5);
    expect(await figures.first().textContent()).toBe("+34% meer vraag naar zorg in Flevoland in 2032In heel Nederland is dat +21%.");
    expect(await page.locator("#cijfers").textContent()).toContain("41.500");
    const acute = page.locator("#zorgtafel li", { has: page.getByRole("heading", { level: 3, name: "Acute zorgketen" }) });
    expect(await acute.getByRole("heading", { level: 4 }).allTextContents()).toEqual(["Opgaven", "Doelstellingen maart 2021 – maart 2022"]);
    expect(await acute.locator("ul").nth(1).locator("li").count()).toBe(3);
    expect(await acute.textContent()).toContain("Zorgcoördinatie");
  });

  it("filters voorlopers by gemeente with the keyboard alone", async () => {
    await visit("/regioplan/voorlopers");
    const allCount = await page.locator("tbody tr").count();
    await page.getByLabel("Gemeente").focus();
    await page.getByLabel("Gemeente").selectOption("urk");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/gemeente=urk/);
    await expect.poll(() => page.locator("tbody tr").count()).toBeLessThan(allCount);
    const places = await page.locator("tbody tr td:first-of-type").allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain("Urk");
    await expectAccessible(page);
  });
});

describe("wrong links", () => {
  it("answers an unknown URL with a Dutch 404 page and a way back", async () => {
    const response = await visit("/dit/bestaat/niet");
    expect(response.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Pagina niet gevonden");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Terug naar het overzicht" }).click();
    await page.waitForURL(server.baseUrl + "/");
  });

  it("answers an unknown bouwsteen slug with a 404 that says what to do", async () => {
    const response = await visit("/regioplan/bouwstenen/bestaat-niet");
    expect(response.status()).toBe(404);
    expect(await page.locator("main").textContent()).toContain("Kies een bouwsteen uit het Regioplan");
    const unknownGemeente = await visit("/regioplan/voorlopers?gemeente=zeewolde");
    expect(unknownGemeente.status()).toBe(404);
  });
});
