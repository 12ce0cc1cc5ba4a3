import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { addQuarters, formatQuarter, quarterOf } from "../shared/domain/quarter";
import { nl } from "../shared/i18n/nl";
import { downloadCsv, expectAccessible } from "./browser";
import { setUpBrowserSuite } from "./suite";

// Monitoring (/regioplan/monitoring): residents read the dashboard without an account; the
// werkgroep that reports an indicator records values and stories; the projectbureau adds
// indicators and corrects values. Tests that write make their own indicator, so a retry starts clean.

const suite = setUpBrowserSuite();
const t = nl.monitoring;
const patiently = { timeout: 10_000 };

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await suite.newContext({ ...options });
  return context.newPage();
}

const url = (path: string) => suite.server.baseUrl + path;

async function logIn(page: Page, email: string, naar = "/regioplan/monitoring") {
  await page.goto(url(`/login?naar=${encodeURIComponent(naar)}`));
  await page.getByLabel(nl.auth.email).fill(email);
  await page.getByLabel(nl.auth.password, { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: nl.auth.loginButton }).click();
  await page.waitForURL(url(naar));
  // The address changes before the page's content does (client-side navigation after login).
  await expect.poll(() => page.locator("header").textContent(), { timeout: 10_000 }).toContain(nl.nav.signedInAs(""));
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 10_000 }).toBe(t.title);
}

const indicatorCard = (page: Page, name: string) => page.getByRole("article", { name, exact: true });
const factOf = (card: ReturnType<typeof indicatorCard>, label: string) => card.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
const pollText = (locator: ReturnType<Page["locator"]>) => expect.poll(() => locator.textContent(), patiently);
const expectStatus = (page: Page, text: string) => expect.poll(() => page.getByRole("status").filter({ hasText: text }).count(), patiently).toBe(1);

/** The projectbureau adds an indicator through the form at the end of the page. */
async function addIndicator(page: Page, fields: { name: string; kind: string; unit: string; direction: string; target: string; targetQuarter: string; reporter: string }) {
  const form = page.getByRole("region", { name: t.add.title });
  await form.getByLabel(t.add.name, { exact: true }).fill(fields.name);
  await form.getByLabel(t.add.kind).selectOption({ label: fields.kind });
  await form.getByLabel(t.add.unit).fill(fields.unit);
  await form.getByLabel(t.add.direction).selectOption({ label: fields.direction });
  await form.getByLabel(t.add.target, { exact: true }).fill(fields.target);
  await form.getByLabel(t.add.targetQuarter).fill(fields.targetQuarter);
  await form.getByLabel(t.add.reporter).selectOption({ label: fields.reporter });
  await form.getByRole("button", { name: t.add.button }).click();
}

/** Opens "Meting toevoegen" under the indicator and sends a quarter, a value and a story. */
async function record(page: Page, name: string, fields: { quarter: string; value?: string; story?: string }) {
  const card = indicatorCard(page, name);
  const fold = card.locator("details.rw-admin-edit", { has: page.locator("summary", { hasText: t.record.summary }) });
  if ((await fold.getAttribute("open")) === null) await fold.locator("summary").click();
  await fold.getByLabel(t.record.quarter).fill(fields.quarter);
  await fold.getByLabel(t.record.value, { exact: true }).fill(fields.value ?? "");
  await fold.getByLabel(t.record.story).fill(fields.story ?? "");
  await fold.getByRole("button", { name: new RegExp(`^${t.record.button}`) }).click();
}

describe("the monitoring dashboard", () => {
  it("shows a visitor without an account the process, output and outcome side by side, with stories and every measurement", async () => {
    const page = await newPage();
    await page.goto(url("/regioplan"));
    await page.getByRole("link", { name: t.planLink }).click();
    await page.waitForURL(url("/regioplan/monitoring"));
    await pollText(page.getByRole("heading", { level: 1 })).toBe(t.title);
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toEqual(expect.arrayContaining([t.workspaceTitle, t.kinds.process, t.kinds.output, t.kinds.outcome]));
    expect(await page.getByRole("region", { name: t.workspaceTitle }).textContent()).toMatch(/\d+ van \d+ transformatieagenda's vastgesteld/);

    const welzijn = indicatorCard(page, "Gebruikers van Welzijn op Recept");
    expect(await factOf(welzijn, t.latest).textContent()).toBe("700 inwoners in Q2 2025");
    expect(await factOf(welzijn, t.trendLabel).textContent()).toContain(t.trend.better);
    expect(await factOf(welzijn, t.reportedBy).textContent()).toBe("Gezond ouder worden");
    expect(await welzijn.locator("blockquote").textContent()).toContain("In Lelystad verwijzen meer huisartsen door");
    expect(await factOf(indicatorCard(page, "Personeelstekort in zorg en welzijn"), t.trendLabel).textContent()).toContain(t.trend.worse);
    expect(await factOf(indicatorCard(page, "Werkgevers die vrijwilligersverlof geven"), t.latest).textContent()).toBe(t.noMeasurements);

    // The history opens from the keyboard; a visitor gets no forms.
    const summary = welzijn.locator("summary", { hasText: t.historySummary(4) });
    await summary.focus();
    await page.keyboard.press("Enter");
    const rows = welzijn.getByRole("table").locator("tbody tr");
    await expect.poll(() => rows.count(), patiently).toBe(4);
    expect(await rows.nth(3).locator("td").allTextContents()).toEqual(["Q4 2024", "510 inwoners", "", expect.stringContaining("Bram Begeleider")]);
    expect(await page.locator("summary", { hasText: t.record.summary }).count()).toBe(0);
    expect(await page.getByRole("region", { name: t.add.title }).count()).toBe(0);
    await expectAccessible(page);

    // The same data as a file anyone may reuse.
    const { href, lines } = await downloadCsv(page, suite.server.baseUrl, t.csv.fileName);
    expect(href).toBe("/regioplan/monitoring.csv");
    expect(lines[0]!.split(";").slice(0, 6)).toEqual([t.csv.kind, t.csv.indicator, t.csv.quarter, t.csv.value, t.csv.unit, t.csv.state]);
    expect(lines).toContainEqual(expect.stringMatching(/^Resultaten;Gebruikers van Welzijn op Recept;Q2 2025;700;inwoners;geldt;/));
  });

  it("lets the projectbureau add an indicator with a target, and its werkgroep record values until the target is in sight", async () => {
    const name = `Inwoners die zich eenzaam voelen ${Date.now().toString(36)}`;
    const office = await newPage();
    await logIn(office, "projectbureau@demo.nl");
    await addIndicator(office, { name, kind: t.kinds.outcome, unit: "%", direction: t.direction.down, target: "veel", targetQuarter: "Q4 2027", reporter: "Gezond ouder worden" });
    const summary = office.getByRole("alert");
    await pollText(summary).toContain(`${t.add.target}: ${t.targetNotANumber}`);
    await expect.poll(() => summary.evaluate((node) => node === document.activeElement), patiently).toBe(true);
    await summary.getByRole("link").click();
    await expect.poll(() => office.evaluate(() => document.activeElement?.id), patiently).toBe("nieuwe-indicator-doel");
    await office.keyboard.press("Control+A");
    await office.keyboard.type("40");
    await office.getByRole("button", { name: t.add.button }).click();
    await expectStatus(office, t.add.added(name));
    const card = indicatorCard(office, name);
    await pollText(factOf(card, t.target)).toBe("40% in Q4 2027");
    expect(await card.evaluate((node) => node.closest("section")?.querySelector("h2")?.textContent)).toBe(t.kinds.outcome);
    await expectAccessible(office);
    await office.goto(url("/beheer/audit"));
    const line = office.locator("main tbody tr", { hasText: nl.admin.audit.actions["indicator.created"] }).first();
    expect(await line.textContent()).toContain(nl.admin.audit.indicatorName(name));

    const member = await newPage();
    await logIn(member, "lid@demo.nl");
    const mine = indicatorCard(member, name);
    expect(await indicatorCard(member, "Gebruikers van Welzijn op Recept").locator("summary", { hasText: t.record.summary }).count()).toBe(1);
    expect(await indicatorCard(member, "Personeelstekort in zorg en welzijn").locator("summary", { hasText: t.record.summary }).count()).toBe(0);
    // The form starts from the quarter that ended last, the one the Overzicht asks for.
    const welzijnForm = indicatorCard(member, "Gebruikers van Welzijn op Recept").locator("details.rw-admin-edit", { has: member.locator("summary", { hasText: t.record.summary }) });
    await welzijnForm.locator("summary").click();
    expect(await welzijnForm.getByLabel(t.record.quarter).inputValue()).toBe(formatQuarter(addQuarters(quarterOf(new Date()), -1)));
    await record(member, name, { quarter: "Q1 2025", value: "50" });
    await expectStatus(member, t.record.saved("Q1 2025"));
    await record(member, name, { quarter: "2026-Q1", value: "45", story: "Meer buurtkamers open in Almere Haven." });
    await expectStatus(member, t.record.saved("Q1 2026"));
    await pollText(factOf(mine, t.latest)).toBe("45% in Q1 2026");
    expect(await factOf(mine, t.trendLabel).textContent()).toContain(t.trend.better);
    expect(await factOf(mine, t.progressLabel).textContent()).toContain(t.progress(50));
    expect(await mine.locator("blockquote").textContent()).toContain("Meer buurtkamers open in Almere Haven.");

    // A second value for a quarter is refused with the value that is there; what was typed stays.
    await record(member, name, { quarter: "Q1 2026", value: "44" });
    await pollText(member.getByRole("alert")).toContain(t.quarterHasValue("45%", "Q1 2026"));
    expect(await mine.getByLabel(t.record.value, { exact: true }).inputValue()).toBe("44");
    expect(await mine.locator(".rw-field-error").first().textContent()).toBe(t.quarterHasValue("45%", "Q1 2026"));
    await expectAccessible(member);
  });

  it("records a story without JavaScript, and keeps a correction that came second apart from the first", async () => {
    const name = `Mantelzorgers met steun ${Date.now().toString(36)}`;
    const office = await newPage();
    await logIn(office, "projectbureau@demo.nl");
    await addIndicator(office, { name, kind: t.kinds.output, unit: "mantelzorgers", direction: t.direction.up, target: "", targetQuarter: "", reporter: t.everyone });
    await expectStatus(office, t.add.added(name));

    const plain = await newPage({ javaScriptEnabled: false });
    await logIn(plain, "projectbureau@demo.nl");
    const response = plain.waitForResponse((r) => r.request().method() === "POST");
    await record(plain, name, { quarter: "Q2 2025", value: "120", story: "Vooral jonge mantelzorgers vinden de weg." });
    await response;
    await plain.waitForLoadState();
    expect(await plain.getByRole("status").textContent()).toContain(t.record.saved("Q2 2025"));
    expect(await factOf(indicatorCard(plain, name), t.latest).textContent()).toBe("120 mantelzorgers in Q2 2025");

    // Two people correct the same value: the second sees the first's value and keeps what they typed.
    const other = await newPage();
    await logIn(other, "projectbureau@demo.nl");
    const correct = async (page: Page, value: string) => {
      const card = indicatorCard(page, name);
      await card.locator("summary", { hasText: t.historySummary(1) }).click();
      const fold = card.locator("details.rw-admin-edit", { has: page.locator("summary", { hasText: t.correct.summary }) });
      await fold.locator("summary").click();
      await fold.getByLabel(t.correct.value).fill(value);
      await fold.getByRole("button", { name: new RegExp(`^${t.correct.button}`) }).click();
    };
    await office.reload();
    await correct(office, "112");
    await expectStatus(office, t.correct.saved("Q2 2025"));
    await correct(other, "130");
    const card = indicatorCard(other, name);
    await pollText(card.locator(".rw-field-error")).toBe(t.correctedMeanwhile("112 mantelzorgers"));
    await pollText(factOf(card, t.latest)).toBe("112 mantelzorgers in Q2 2025");
    expect(await card.getByLabel(t.correct.value).inputValue()).toBe("130");
    const rows = card.getByRole("table").locator("tbody tr");
    expect(await rows.allTextContents()).toEqual([expect.stringContaining(`112 mantelzorgers (${t.correction})`), expect.stringContaining(`120 mantelzorgers (${t.replaced})`)]);
    await expectAccessible(other);
  });

  it("lets the projectbureau set a target on an indicator, and keeps a change that came second apart from the first", async () => {
    const [first, second] = [await newPage(), await newPage()];
    await logIn(first, "projectbureau@demo.nl");
    await logIn(second, "projectbureau@demo.nl");
    const name = "Wachttijd in de GGZ";
    // A target of its own per attempt, so a retry changes something again.
    const [mine, theirs] = [String(10 + (Date.now() % 40)), String(60 + (Date.now() % 30))];
    const change = async (page: Page, target: string) => {
      const card = indicatorCard(page, name);
      const fold = card.locator("details.rw-admin-edit", { has: page.locator("summary", { hasText: t.add.change }) });
      await fold.locator("summary").click();
      await fold.getByLabel(t.add.target, { exact: true }).fill(target);
      await fold.getByLabel(t.add.targetQuarter).fill("Q4 2027");
      await fold.getByRole("button", { name: new RegExp(`^${t.add.save}`) }).click();
    };
    await change(first, mine);
    await expectStatus(first, t.add.saved(name));
    await pollText(factOf(indicatorCard(first, name), t.target)).toBe(`${mine} weken in Q4 2027`);

    await change(second, theirs);
    const card = indicatorCard(second, name);
    await pollText(card.locator(".rw-field-error")).toBe(t.indicatorChangedMeanwhile);
    await pollText(factOf(card, t.target)).toBe(`${mine} weken in Q4 2027`);
    expect(await card.getByLabel(t.add.target, { exact: true }).inputValue()).toBe(theirs);
    await expectAccessible(second);
    // Saving again now starts from the newer version.
    await card.getByRole("button", { name: new RegExp(`^${t.add.save}`) }).click();
    await expectStatus(second, t.add.saved(name));
    await pollText(factOf(card, t.target)).toBe(`${theirs} weken in Q4 2027`);
  });

  it("refuses a measurement from someone who does not report the indicator, with 403 and nothing saved", async () => {
    // The id comes from the form the werkgroep member sees; the expert sends it by hand.
    const member = await newPage();
    await logIn(member, "lid@demo.nl");
    const indicatorId = await indicatorCard(member, "Gebruikers van Welzijn op Recept").locator('input[name="intent"][value="record"] ~ input[name="target"]').first().inputValue();
    expect(indicatorId).toMatch(/^[0-9a-f-]{36}$/);
    const expert = await newPage();
    await logIn(expert, "expert@demo.nl");
    expect(await expert.getByRole("button", { name: new RegExp(`^${t.record.button}`) }).count()).toBe(0);
    const post = await expert.request.post(url("/regioplan/monitoring"), {
      headers: { Origin: suite.server.baseUrl },
      form: { intent: "record", target: indicatorId, quarter: "Q1 2026", value: "1" },
      maxRedirects: 0,
    });
    expect(post.status()).toBe(403);
    await expert.reload();
    expect(await factOf(indicatorCard(expert, "Gebruikers van Welzijn op Recept"), t.latest).textContent()).toBe("700 inwoners in Q2 2025");
  });
});
