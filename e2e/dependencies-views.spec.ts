import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { dependencyMessages } from "../shared/domain/dependency-graph";
import { nl } from "../shared/i18n/nl";
import { downloadCsv, expectAccessible, fillLogin } from "./browser";
import { setUpBrowserSuite } from "./suite";

// /afhankelijkheden on the demo data: the list (what the server renders) with the at-risk
// links and their reason, the graph after hydration with the same risk, filters in the URL,
// the needs matrix and the urgency of the fundamenten; the coalition decides an order.

const suite = setUpBrowserSuite();

const t = nl.dependencyUi;
const path = "/afhankelijkheden";
const patiently = { timeout: 15_000 };

function url(p: string) {
  return suite.server.baseUrl + p;
}

async function signedIn(email: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await suite.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url(`/login?naar=${encodeURIComponent(path)}`));
  await fillLogin(page, email, demoPassword);
  await page.waitForURL(url(path));
  await page.getByLabel(nl.auth.password, { exact: true }).waitFor({ state: "detached", ...patiently });
  return page;
}

function listRows(page: Page) {
  return page.getByRole("table", { name: t.listCaption }).locator("tbody tr");
}

describe("/afhankelijkheden", () => {
  it("sends someone who is not signed in to the login page", async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await page.goto(url(path));
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("shows a werkgroep member the list with risks, the graph, the matrix and the urgency, without an order form", async () => {
    const page = await signedIn("lid@demo.nl");
    expect(await page.getByRole("link", { name: t.nav }).getAttribute("href")).toBe(path);

    // The list: at least one at-risk row with its Dutch reason.
    const risky = listRows(page).and(page.locator('[data-at-risk="true"]'));
    expect(await risky.count()).toBeGreaterThan(0);
    const riskyText = (await risky.first().textContent()) ?? "";
    expect(riskyText).toContain(t.risk);
    expect(riskyText).toContain(dependencyMessages.atRisk);
    expect(await listRows(page).filter({ hasText: "Hybride zorg en zorg op afstand" }).and(page.locator('[data-at-risk="true"]')).count()).toBeGreaterThan(0);

    // The graph after hydration: nodes, one of them at risk with the reason in its title.
    const graph = page.getByRole("region", { name: t.graphLabel });
    await graph.locator(".react-flow__node").first().waitFor(patiently);
    expect(await graph.locator(".react-flow__node").count()).toBeGreaterThan(3);
    const riskyNode = graph.locator('.react-flow__node [data-at-risk="true"]').first();
    await riskyNode.waitFor(patiently);
    expect(await riskyNode.getAttribute("title")).toContain(dependencyMessages.atRisk);

    // The matrix and the urgency.
    const matrix = page.getByRole("table", { name: t.matrixCaption });
    expect(await matrix.locator("tbody th[scope=row]").count()).toBeGreaterThan(0);
    expect(await matrix.locator("thead th[scope=col]").count()).toBeGreaterThan(1);
    expect(await page.getByRole("table", { name: t.computedCaption }).locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("decided-order").textContent()).toContain("Cor Coalitie");
    expect(await page.getByRole("button", { name: t.submit }).count()).toBe(0);

    await expectAccessible(page);

    // A node focused by keyboard opens its card or werkagenda item with Enter.
    const node = graph.locator(".react-flow__node").first();
    const title = (await node.locator(".rw-dep-node__title").textContent()) ?? "";
    await node.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => /^\/(werkgroepen|fundamenten)\/[^/]+\/(bord|werkagenda)$/.test(u.pathname), patiently);
    await expect.poll(() => page.locator("main").textContent(), patiently).toContain(title);
  });

  it("narrows the list with the filters, in a URL that can be shared", async () => {
    const page = await signedIn("lid@demo.nl");
    const all = await listRows(page).count();
    await page.getByLabel(t.filterKind).selectOption("overlapt");
    await page.getByRole("button", { name: t.filterApply }).click();
    await page.waitForURL((u) => u.searchParams.get("soort") === "overlapt", patiently);
    await expect.poll(() => listRows(page).count(), patiently).toBeLessThan(all);
    const kinds = await listRows(page).locator("td:nth-of-type(1)").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toBe(dependencyMessages.kindLabel.overlapt);

    // The same URL works without JavaScript.
    const plain = await signedIn("lid@demo.nl", { javaScript: false });
    await plain.goto(url(`${path}?werkgroep=sterke-wijken`));
    const rows = await listRows(plain).allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all);
    for (const row of rows) expect(row).toContain("Sterke wijken");
  });

  it("downloads the filtered list as a CSV file, with the same links and risks as the page", async () => {
    const page = await signedIn("kwartiermaker@demo.nl", { javaScript: false });
    await page.goto(url(`${path}?fundament=arbeidsmarkt`));
    const shown = await listRows(page).count();
    const risks = await page.locator('[data-at-risk="true"]').count();
    const { href, lines } = await downloadCsv(page, suite.server.baseUrl, "afhankelijkheden");
    expect(href).toBe("/afhankelijkheden.csv?fundament=arbeidsmarkt");
    expect(lines[0]!.split(";")[0]).toBe(t.colFrom);
    expect(lines).toHaveLength(shown + 1);
    // Every link touches the fundament, and the page's risks are the file's.
    for (const line of lines.slice(1)) expect(line).toContain("Toekomstbestendige arbeidsmarkt");
    expect(lines.slice(1).filter((line) => line.split(";")[7] === t.risk)).toHaveLength(risks);

    const unknown = await page.request.get(url("/afhankelijkheden.csv?werkgroep=bestaat-niet"));
    expect(unknown.status()).toBeGreaterThanOrEqual(400);
    expect(unknown.status()).toBeLessThan(500);
  });

  it("lets the coalition set the order of the fundamenten, with its name and a kept form on a mistake", async () => {
    const page = await signedIn("coalitie@demo.nl");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: t.submit }) });
    const inputs = form.locator('input[type="number"]');
    const n = await inputs.count();
    expect(n).toBeGreaterThan(1);

    // Two fundamenten on the same place: refused, the values stay.
    for (let i = 0; i < n; i++) await inputs.nth(i).fill("1");
    await form.getByLabel(t.note).fill("Eerst alles op één.");
    await form.getByRole("button", { name: t.submit }).click();
    const alert = page.getByRole("alert").filter({ hasText: t.positionsInvalid(n) });
    await alert.waitFor(patiently);
    expect(await inputs.nth(1).inputValue()).toBe("1");
    expect(await form.getByLabel(t.note).inputValue()).toBe("Eerst alles op één.");
    await expectAccessible(page);

    // The reverse order: the last fundament first.
    const names: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = (await inputs.nth(i).getAttribute("id"))!;
      names.push(((await form.locator(`label[for="${id}"]`).textContent()) ?? "").replace(/^Plaats van /, ""));
      await inputs.nth(i).fill(String(n - i));
    }
    await form.getByLabel(t.note).fill("Getest in de e2e-test.");
    await form.getByRole("button", { name: t.submit }).click();
    await page.getByRole("status").filter({ hasText: t.saved }).waitFor(patiently);
    const decided = page.getByTestId("decided-order");
    expect(await decided.locator("li").first().textContent()).toBe(names[n - 1]);
    expect(await decided.textContent()).toContain("Cor Coalitie");
    expect(await decided.textContent()).toContain("Getest in de e2e-test.");
  });
});
