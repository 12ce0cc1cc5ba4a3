import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { dependencyMessages } from "../shared/domain/dependency-graph";
import { nl } from "../shared/i18n/nl";
import { expectAccessible, fillLogin } from "./browser";
import { setUpBrowserSuite } from "./suite";

// Cross-group dependencies in the browser on the demo data: a member of werkgroep Gezond
// ouder worden asks, through the request flow on the werkgroep's Afhankelijkheden tab, that
// its focus card Reablement *vereist* a werkagenda item of fundament Toekomstbestendige
// arbeidsmarkt; the kwartiermaker sees it waiting (Overzicht and tab) and confirms; the item
// moves to a later quarter on the werkagenda; the card then shows "Risico" with the reason in
// the open agenda text (live), on the board, in its panel, on the tab and on the Overzicht,
// the graph marks it, and the werkgroep's members get a notification. A vereist link that would close a cycle is refused
// with the cycle named (without JavaScript, values kept); a decline needs a reason.

const suite = setUpBrowserSuite();

const t = nl.dependencyInbox;
const patiently = { timeout: 15_000 };
const groupTab = "/werkgroepen/gezond-ouder-worden/afhankelijkheden";
const foundationTab = "/fundamenten/arbeidsmarkt/afhankelijkheden";
const card = "Reablement";
const item = "Onderzoek: waarom stoppen nieuwe medewerkers?";

function url(path: string) {
  return suite.server.baseUrl + path;
}

/** A person in their own browser context, signed in and on `path`. */
async function signedIn(email: string, path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await suite.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url(`/login?naar=${encodeURIComponent(path)}`));
  await fillLogin(page, email, demoPassword);
  await page.waitForURL(url(path));
  await page.getByLabel(nl.auth.password, { exact: true }).waitFor({ state: "detached", ...patiently });
  return page;
}

/** Waits until the page is hydrated and idle, so forms go through Remix. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
}

/** A section by its heading (sections are labelled by their h2 or h3). */
function section(page: Page | Locator, heading: string): Locator {
  return page.getByRole("region", { name: heading });
}

/** Step 1 and 2 of "Deze oplossingsrichting heeft nodig…": own item, a word to find the other, then the other item and the agreement. */
async function requestFlow(page: Page, fromLabel: string, from: string, search: string, to: string) {
  const fromSelect = page.getByLabel(fromLabel);
  const fromValue = await fromSelect.locator("option", { hasText: from }).first().getAttribute("value");
  await fromSelect.selectOption(fromValue!);
  await page.getByLabel(t.searchLabel).fill(search);
  await page.getByRole("button", { name: t.next }).click();
  await page.waitForURL((u) => u.searchParams.get("van") === fromValue, patiently);
  const toSelect = page.getByLabel(t.toLabel);
  await toSelect.waitFor(patiently);
  const toValue = await toSelect.locator("option", { hasText: to }).first().getAttribute("value");
  await toSelect.selectOption(toValue!);
}

/** One link in a list of the tab, by a title it names. */
function linkItem(list: Locator, text: string): Locator {
  return list.locator("li.rw-dep-item").filter({ hasText: text });
}

describe("a dependency from a werkgroep's focus card on a fundament's werkagenda", () => {
  it("is proposed, confirmed, becomes at risk when the item moves later, and everyone concerned sees why", async () => {
    // A member of werkgroep A asks for what its focus card needs.
    const member = await signedIn("lid@demo.nl", groupTab);
    expect(await member.locator("main h2").first().textContent()).toContain(t.title);
    const tabs = member.getByRole("navigation", { name: nl.board.tabsLabel("Gezond ouder worden") });
    expect(await tabs.getByRole("link", { name: t.tab, exact: true }).getAttribute("aria-current")).toBe("page");
    await settled(member);
    await expectAccessible(member);
    // Nothing is at risk for Reablement yet.
    expect(await section(member, t.riskTitle).textContent()).not.toContain(card);

    await requestFlow(member, t.fromLabelCard, card, "waarom stoppen", item);
    await member.getByLabel(dependencyMessages.kindLabel.vereist, { exact: false }).first().check();
    await member.getByLabel(t.noteLabelForm).fill("We hebben de uitkomsten nodig om zij-instromers voor reablement te werven.");
    await member.getByRole("button", { name: t.send }).click();
    await member.getByRole("status").filter({ hasText: t.done.propose! }).waitFor(patiently);
    const proposed = linkItem(section(member, t.outgoingTitle), item);
    await proposed.waitFor(patiently);
    expect(await proposed.textContent()).toContain(dependencyMessages.stateLabel.voorgesteld);
    // The proposing side may withdraw, not answer.
    expect(await proposed.getByRole("button", { name: new RegExp(`^${t.withdraw}`) }).count()).toBe(1);
    expect(await proposed.getByRole("button", { name: new RegExp(`^${t.confirm}`) }).count()).toBe(0);
    await expectAccessible(member);

    // The kwartiermaker of B sees it waiting on the Overzicht and confirms on the tab.
    const lead = await signedIn("kwartiermaker@demo.nl", "/");
    const requests = section(lead, t.overviewTitle);
    await requests.waitFor(patiently);
    expect(await requests.textContent()).toContain(card);
    await settled(lead);
    await expectAccessible(lead);
    await requests.getByRole("link", { name: t.overviewOpen("Toekomstbestendige arbeidsmarkt") }).click();
    await lead.waitForURL(url(foundationTab));
    const waiting = linkItem(section(lead, t.waitingTitle), item);
    await waiting.waitFor(patiently);
    await expectAccessible(lead);
    await settled(lead);
    await waiting.getByRole("button", { name: new RegExp(`^${t.confirm}`) }).click();
    await lead.getByRole("status").filter({ hasText: t.done.confirm! }).waitFor(patiently);
    const confirmed = linkItem(section(lead, t.incomingTitle), item);
    await confirmed.waitFor(patiently);
    expect(await confirmed.textContent()).toContain(dependencyMessages.stateLabel.bevestigd);
    expect(await confirmed.textContent()).toContain("Karim Kwartiermaker");

    // A's agenda text is open while B moves the item: the card's chip in it follows live.
    await member.goto(url("/werkgroepen/gezond-ouder-worden/agenda"));
    const chip = member.locator("#agenda-tekst").locator('[data-status-chip="card"]').filter({ hasText: card }).first();
    await chip.waitFor(patiently);
    expect(await chip.getAttribute("data-at-risk")).toBeNull();

    // B's werkagenda item moves to a later quarter: after Reablement's start (Q2 2025).
    await lead.goto(url("/fundamenten/arbeidsmarkt/werkagenda"));
    const itemCard = lead.locator("li.rw-st-item").filter({ has: lead.getByRole("heading", { name: item }) });
    expect(await itemCard.locator(".rw-dep-badges").textContent()).toContain(t.badgeIncoming(1));
    // The item names the card that now waits for it, as a link to that card.
    expect(await itemCard.locator(".rw-st-enables").getByRole("link", { name: card }).count()).toBe(1);
    await settled(lead);
    await itemCard.locator("summary").filter({ hasText: nl.structure.workplan.edit }).click();
    await itemCard.getByLabel(nl.structure.workplan.dueLabel).fill("Q1 2026");
    await itemCard.getByRole("button", { name: new RegExp(`^${nl.structure.workplan.saveButton}`) }).click();
    await lead.getByRole("status").filter({ hasText: nl.structure.workplan.saved(item) }).waitFor(patiently);

    await expect.poll(() => chip.getAttribute("data-at-risk"), patiently).toBe("true");
    expect(await chip.getAttribute("title")).toContain("Q1 2026");
    expect(await chip.locator(".rw-status-chip__risk").textContent()).toBe(t.badgeRisk);

    // A's card: "Risico" with the reason on the board.
    const reason = [dependencyMessages.atRisk, item, "Q1 2026", "Q2 2025"];
    await member.goto(url("/werkgroepen/gezond-ouder-worden/bord"));
    const boardCard = member.locator("li.rw-board-card").filter({ has: member.getByRole("heading", { name: card }) });
    const risk = boardCard.locator(".rw-dep-badge--risk");
    await risk.waitFor(patiently);
    expect((await risk.innerText()).startsWith(t.badgeRisk)).toBe(true);
    for (const part of reason) {
      expect(await risk.getAttribute("title")).toContain(part);
      expect(await risk.textContent()).toContain(part);
    }
    // ... and in the card's side panel, with the way to the tab.
    await settled(member);
    await boardCard.getByRole("link", { name: card }).click();
    const panel = member.getByRole("region", { name: card });
    const panelDeps = section(panel, t.panelTitle);
    await panelDeps.waitFor(patiently);
    for (const part of reason) expect(await panelDeps.textContent()).toContain(part);
    expect(await panelDeps.getByRole("link", { name: item }).count()).toBe(1);
    await expectAccessible(member);

    // ... in the dependencies tab.
    await panelDeps.getByRole("link", { name: t.panelLink }).click();
    await member.waitForURL(url(groupTab));
    const atRisk = section(member, t.riskTitle);
    await expect.poll(() => atRisk.textContent(), patiently).toContain(card);
    for (const part of reason) expect(await atRisk.textContent()).toContain(part);

    // ... the graph marks the card (and the link to the item) at risk.
    await member.goto(url("/afhankelijkheden?werkgroep=gezond-ouder-worden"));
    const node = member.locator(".react-flow__node").filter({ hasText: card });
    await node.waitFor(patiently);
    expect(await node.locator('[data-at-risk="true"]').count()).toBe(1);
    expect(await node.locator('[data-at-risk="true"]').getAttribute("title")).toContain(item);
    expect(await member.locator(".react-flow__edge.rw-dep-edge--risk").count()).toBeGreaterThan(0);

    // ... on the Overzicht.
    await member.goto(url("/"));
    const overviewRisk = section(member, t.overviewRiskTitle);
    await expect.poll(() => overviewRisk.textContent(), patiently).toContain(card);
    expect(await overviewRisk.textContent()).toContain("Q1 2026");

    // A's members get a notification: the bell counts it and /meldingen says why.
    const begeleider = await signedIn("begeleider@demo.nl", "/meldingen");
    const bell = begeleider.getByRole("link", { name: /^Meldingen, \d+ ongelezen$/ });
    await bell.waitFor(patiently);
    const notifications = (await begeleider.locator("main").textContent()) ?? "";
    expect(notifications).toContain(card);
    expect(notifications).toContain(dependencyMessages.atRisk);
    expect(notifications).toContain("Q1 2026");
    await settled(begeleider);
    await expectAccessible(begeleider);
    // Marking it read (a plain form) lowers the bell's count by one.
    const unread = async () => Number(/(\d+) ongelezen/.exec((await begeleider.locator("a.rw-bell").getAttribute("aria-label")) ?? "")?.[1] ?? 0);
    const before = await unread();
    const about = begeleider.locator("li.rw-notification--unread").filter({ hasText: card }).filter({ hasText: "Q1 2026" }).first();
    await about.getByRole("button", { name: new RegExp(`^${nl.notifications.markRead}`) }).click();
    await begeleider.getByRole("status").filter({ hasText: nl.notifications.markedRead }).waitFor(patiently);
    await expect.poll(unread, patiently).toBe(before - 1);
  }, 240_000); // One journey through four people and a dozen pages: a retry cannot start over from a changed state.
});

describe("refusals", () => {
  it("names the cycle when a vereist link would close one, and keeps what was filled in (without JavaScript)", async () => {
    // Demo: the wijk dashboard vereist the information architecture, which vereist the consent agreements.
    const office = await signedIn("projectbureau@demo.nl", "/fundamenten/digitale-gegevensuitwisseling/afhankelijkheden", { javaScript: false });
    await requestFlow(office, t.fromLabelItem, "Afspraken over toestemming van inwoners", "Dashboard", "Dashboard gezondheid per wijk");
    await office.getByLabel(t.noteLabelForm).fill("Eerst het dashboard, dan de afspraken.");
    await office.getByRole("button", { name: t.send }).click();
    const alert = office.getByRole("alert").filter({ hasText: dependencyMessages.cycleIntro });
    await alert.waitFor(patiently);
    const message = (await alert.textContent()) ?? "";
    for (const title of ["Afspraken over toestemming van inwoners", "Dashboard gezondheid per wijk", "Informatiearchitectuur voor de regio vastleggen"]) {
      expect(message).toContain(title);
    }
    expect(message).toContain(" vereist ");
    // The form is still there, filled in as sent, and points at the message.
    expect(await office.getByLabel(t.noteLabelForm).inputValue()).toBe("Eerst het dashboard, dan de afspraken.");
    const chosen = office.getByLabel(t.toLabel);
    expect(await chosen.locator("option:checked").textContent()).toContain("Dashboard gezondheid per wijk");
    expect(await chosen.getAttribute("aria-describedby")).toBe("verzoek-fout");
  }, 120_000);

  it("needs a reason to decline, then tells the other side", async () => {
    // Demo: "Eén overzicht van vrije bedden" (slimme zorg) proposed to overlap with a card of Gezond ouder worden.
    const lead = await signedIn("begeleider@demo.nl", groupTab);
    await settled(lead);
    const waiting = linkItem(section(lead, t.waitingTitle), "Eén overzicht van vrije bedden in Flevoland");
    await waiting.waitFor(patiently);
    await waiting.locator("summary").filter({ hasText: t.decline }).click();
    // Spaces only: the browser lets it through, the service refuses it.
    await waiting.getByLabel(t.declineReason).fill("   ");
    await waiting.getByRole("button", { name: new RegExp(`^${t.decline}`) }).click();
    await waiting.getByRole("alert").filter({ hasText: nl.dependencies.reasonRequired }).waitFor(patiently);
    await expectAccessible(lead);

    await waiting.getByLabel(t.declineReason).fill("We houden ons eigen overzicht: het is al in gebruik bij de huisartsen.");
    await waiting.getByRole("button", { name: new RegExp(`^${t.decline}`) }).click();
    await lead.getByRole("status").filter({ hasText: t.done.decline! }).waitFor(patiently);
    const declined = linkItem(section(lead, t.incomingTitle), "Eén overzicht van vrije bedden in Flevoland");
    await declined.waitFor(patiently);
    expect(await declined.textContent()).toContain(dependencyMessages.stateLabel.afgewezen);
    expect(await declined.textContent()).toContain("We houden ons eigen overzicht");
  }, 120_000);
});

describe("/afhankelijkheden by keyboard", () => {
  it("reaches the list's links, the matrix and the coalition's order form with Tab alone", async () => {
    const page = await signedIn("coalitie@demo.nl", "/afhankelijkheden");
    await settled(page);
    const reached = new Set<string>();
    for (let i = 0; i < 400 && reached.size < 4; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(([listCaption, matrixCaption]) => {
        const el = document.activeElement;
        if (!el) return null;
        if (el.tagName === "A" && el.closest("table")?.querySelector("caption")?.textContent === listCaption) return "list";
        if (el.getAttribute("role") === "region" && el.querySelector("caption")?.textContent === matrixCaption) return "matrix";
        if (el instanceof HTMLInputElement && el.type === "number") return "position";
        if (el instanceof HTMLButtonElement && el.type === "submit" && el.closest("form")?.querySelector('input[type="number"]')) return "submit";
        return null;
      }, [nl.dependencyUi.listCaption, nl.dependencyUi.matrixCaption]);
      if (where) reached.add(where);
    }
    expect([...reached].sort()).toEqual(["list", "matrix", "position", "submit"]);
  }, 120_000);
});

describe("a focus card that needs nothing from a fundament it names", () => {
  const needs = t.foundationNeeds;
  const title = "Multidisciplinaire triage en toewijzing";

  it("gets its reason written down from the submission's warning, in the card's panel; the warning goes and a meelezer reads why", async () => {
    const reviewPath = "/werkgroepen/slimme-zorg/agenda/review";
    const page = await signedIn("begeleider.slimme-zorg@demo.nl", reviewPath);
    await settled(page);
    // The check names each fundament the card names without a vereist link; the link opens the card.
    const warnings = page.locator(".rw-review-warnings li").filter({ hasText: title });
    const before = await warnings.allTextContents();
    expect(before.length).toBeGreaterThan(0);
    const foundation = /fundament "([^"]+)"/.exec(before[0]!)![1]!;
    await warnings.first().getByRole("link", { name: nl.reviewUi.openCard(title) }).click();
    await page.waitForURL((u) => u.pathname === "/werkgroepen/slimme-zorg/bord" && u.searchParams.has("kaart"), patiently);
    await settled(page);

    const panel = section(page, title);
    const open = panel.locator(".rw-foundation-needs li").filter({ hasText: foundation });
    await expect.poll(() => open.textContent(), patiently).toContain(needs.open);
    expect(await open.getByRole("link", { name: needs.request }).getAttribute("href")).toMatch(/^\/werkgroepen\/slimme-zorg\/afhankelijkheden\?van=/);
    await expectAccessible(page);

    // Spaces alone are no reason: the Dutch message stands next to the field, and nothing is stored.
    const reason = open.getByLabel(needs.reasonLabel(foundation));
    await reason.fill("   ");
    await open.getByRole("button", { name: needs.save }).click();
    await expect.poll(() => open.locator(".rw-field-error").textContent(), patiently).toBe(nl.dependencyViews.justificationRequired);
    expect(await reason.getAttribute("aria-describedby")).toBeTruthy();

    const why = "De triage werkt met de afspraken die er al zijn; van dit fundament is niets nieuws nodig.";
    await reason.fill(why);
    await open.getByRole("button", { name: needs.save }).click();
    await expect.poll(() => open.textContent(), patiently).toContain(`${needs.notNeeded} ${why}`);
    expect(await open.getByRole("link", { name: needs.request }).count()).toBe(0);

    await page.goto(url(reviewPath));
    await expect.poll(async () => (await warnings.allTextContents()).length, patiently).toBe(before.length - 1);
    expect((await warnings.allTextContents()).join(" ")).not.toContain(`fundament "${foundation}"`);

    // A meelezer reads the reason, and gets no form to change it.
    const reader = await signedIn("meelezer@demo.nl", new URL(page.url()).pathname);
    await reader.goto(url("/werkgroepen/slimme-zorg/bord"));
    await reader.getByRole("link", { name: title, exact: true }).first().click();
    await reader.waitForURL(/\?kaart=/, patiently);
    const seen = section(reader, title).locator(".rw-foundation-needs li").filter({ hasText: foundation });
    await expect.poll(() => seen.textContent(), patiently).toContain(why);
    expect(await seen.getByRole("button").count()).toBe(0);
    expect(await seen.locator("textarea").count()).toBe(0);
  });
});
