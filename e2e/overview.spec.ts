import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { addQuarters, formatQuarter, quarterOf } from "../shared/domain/quarter";
import { nl } from "../shared/i18n/nl";
import { expectAccessible, fillLogin, launchBrowser, openPage } from "./browser";
import { startServer, type RunningServer } from "./server";

// The signed-in Overzicht answers "what needs me now?" per role.

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedInPage(email: string): Promise<Page> {
  const page = await openPage(browser);
  await page.goto(`${server.baseUrl}/login`);
  await fillLogin(page, email, demoPassword);
  await page.waitForURL(`${server.baseUrl}/`);
  await expect.poll(() => page.locator("h1").textContent()).toContain("Goedendag");
  return page;
}

describe("the Overzicht", () => {
  it("shows a werkgroep member their board at a glance with the focus count", async () => {
    const page = await signedInPage("lid@demo.nl");
    const main = page.locator("main");
    expect(await main.textContent()).toContain(`${nl.overview.myGroups}: Gezond ouder worden`);
    expect(await main.textContent()).toMatch(/Focus [0-2]\/2/);
    expect(await page.getByRole("link", { name: nl.overview.openBoard }).getAttribute("href")).toBe("/werkgroepen/gezond-ouder-worden/bord");
    // The focus cards by name, each opening on the board.
    const mine = page.getByRole("region", { name: `${nl.overview.myGroups}: Gezond ouder worden` });
    expect(await mine.getByRole("link", { name: "Reablement" }).getAttribute("href")).toMatch(/^\/werkgroepen\/gezond-ouder-worden\/bord\?kaart=/);
    expect(await main.textContent()).not.toContain(nl.overview.regionTitle);
    // The indicator the werkgroep reports, with its last measurement, linked to the dashboard.
    const measuring = page.getByRole("region", { name: nl.monitoring.overview.title });
    expect(await measuring.getByRole("link", { name: "Gebruikers van Welzijn op Recept" }).getAttribute("href")).toBe("/regioplan/monitoring#indicator-welzijn-op-recept");
    expect(await measuring.textContent()).toContain(nl.monitoring.overview.last("Q2 2025"));
    expect(await measuring.textContent()).toContain(nl.monitoring.overview.asksFor(formatQuarter(addQuarters(quarterOf(new Date()), -1))));
    await expectAccessible(page);
  });

  it("shows a werkgroep member the expert's question that waits for an answer, and opens it in the agenda", async () => {
    const page = await signedInPage("lid@demo.nl");
    const section = page.getByRole("region", { name: new RegExp(nl.overview.threadsTitle) });
    // The demo's unanswered question of Erik Expert on the werkgroep's agenda.
    const item = section.locator("li", { hasText: "één gesprekskaart in gewone taal" });
    expect(await item.textContent()).toContain(nl.overview.threadsLast("Erik Expert"));
    expect(await section.textContent()).not.toContain("vier huisartsenpraktijken");
    await expectAccessible(page);
    await item.getByRole("link", { name: nl.overview.threadsOpen }).click();
    await page.waitForURL(/\/werkgroepen\/gezond-ouder-worden\/agenda#reactie-/);
    const id = new URL(page.url()).hash.slice("#reactie-".length);
    const thread = page.locator(`article#reactie-${id}`);
    await expect.poll(() => thread.getAttribute("class"), { timeout: 15_000 }).toContain("rw-thread--active");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`reactie-${id}`);
    expect(await thread.textContent()).toContain("Heeft u de gesprekskaart al getest");
  });

  it("shows a meelezer every agenda to read and comment on, not that a werkgroep is missing", async () => {
    const page = await signedInPage("meelezer@demo.nl");
    const main = await page.locator("main").textContent();
    expect(main).toContain(nl.overview.readAlongTitle);
    expect(main).not.toContain(nl.overview.noRoleYet);
    const section = page.getByRole("region", { name: nl.overview.readAlongTitle });
    expect(await section.getByRole("link", { name: "Gezond ouder worden" }).getAttribute("href")).toBe("/werkgroepen/gezond-ouder-worden/agenda");
    expect(await section.locator("li").count()).toBeGreaterThanOrEqual(6);
    await expectAccessible(page);
  });

  it("shows the programme office all werkgroepen and fundamenten side by side", async () => {
    const page = await signedInPage("projectbureau@demo.nl");
    expect(await page.getByRole("heading", { name: nl.overview.regionTitle }).count()).toBe(1);
    const groups = page.getByRole("table", { name: nl.overview.groupsTitle });
    expect(await groups.locator("tbody tr").count()).toBe(6);
    expect(await page.getByRole("table", { name: nl.overview.foundationsTitle, exact: true }).locator("tbody tr").count()).toBe(6);
    await expectAccessible(page);
  });

  it("shows a kwartiermaker the werkagenda by quarter, who needs each item and the fundament's urgency", async () => {
    const page = await signedInPage("kwartiermaker@demo.nl");
    expect(await page.getByRole("heading", { name: nl.overview.dueTitle }).count()).toBe(1);
    // The demo's Reablement card (Gezond ouder worden) asks for the leerwerkplekken item.
    const row = page.getByRole("row", { name: /Leerwerkplekken voor zij-instromers/ });
    const needing = row.getByRole("link", { name: "Reablement" });
    expect(await needing.getAttribute("href")).toMatch(/^\/werkgroepen\/gezond-ouder-worden\/bord\?kaart=/);
    expect(await page.locator("main").textContent()).toMatch(/Urgentie: plaats [1-6] van 6 in de berekende volgorde\./);
    await needing.click();
    await page.waitForURL(/\/werkgroepen\/gezond-ouder-worden\/bord\?kaart=/);
    await expectAccessible(page);
  });

  it("shows the coalition the agendas by state, the urgency of the fundamenten and what is over time", async () => {
    const page = await signedInPage("coalitie@demo.nl");
    const urgency = page.getByRole("table", { name: nl.overview.urgencyCaption });
    expect(await urgency.locator("tbody tr").count()).toBe(6);
    expect(await urgency.locator("tbody tr td:first-child").allTextContents()).toEqual(["1", "2", "3", "4", "5", "6"]);
    // The demo plan's werkagenda runs in 2025: by now its open items are over time.
    const overdue = page.getByRole("table", { name: nl.overview.overdueTitle });
    expect(await overdue.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await overdue.locator("tbody tr").first().textContent()).toContain(nl.overview.overdueMark);
    expect(await page.getByRole("list", { name: nl.overview.agendasCaption }).locator("li").count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });
});
