import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword, demoWorkingGroups } from "../db/seed/data/demo";
import { boardMessages } from "../shared/domain/messages";
import { nl } from "../shared/i18n/nl";
import { downloadCsv, expectAccessible, sessionCookie } from "./browser";
import { setUpBrowserSuite } from "./suite";

// Journeys through the region's structure: the werkgroepen overview, a werkgroep's Leden
// (the lead adds and removes a member; a member may not) and Geschiedenis, the fundamenten
// with werkagenda and team, and the bouwstenen x fundamenten matrix. Every page passes axe.

const suite = setUpBrowserSuite();

const s = nl.structure;
const patiently = { timeout: 10_000 };

async function newPage(): Promise<Page> {
  const context = await suite.newContext();
  return context.newPage();
}

function url(path: string) {
  return suite.server.baseUrl + path;
}

/** Logs in through the /login form and waits until the page after it shows the person. */
async function logIn(page: Page, email: string, naar = "/") {
  await page.goto(url(`/login?naar=${encodeURIComponent(naar)}`));
  await page.getByLabel(nl.auth.email).fill(email);
  await page.getByLabel(nl.auth.password, { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: nl.auth.loginButton }).click();
  await page.waitForURL(url(naar));
  await expect.poll(() => page.getByRole("banner").textContent(), patiently).toContain(nl.nav.signedInAs(""));
}

async function expectStatus(page: Page, text: string) {
  await expect.poll(() => page.getByRole("status").filter({ hasText: text }).count(), patiently).toBe(1);
}

/** A form post as a hand-made request with the page's session (same origin, so only the service decides). */
async function postForm(page: Page, path: string, fields: Record<string, string>) {
  const cookie = await sessionCookie(page);
  return fetch(url(path), {
    method: "POST",
    redirect: "manual",
    headers: { Origin: suite.server.baseUrl, "Content-Type": "application/x-www-form-urlencoded", Cookie: `rw_session=${cookie!.value}` },
    body: new URLSearchParams(fields),
  });
}

/** A tRPC call with the page's session: a query (GET) or a mutation (POST). */
async function trpc<T>(page: Page, procedure: string, input: unknown, kind: "query" | "mutation"): Promise<T> {
  const cookie = await sessionCookie(page);
  const headers = { Origin: suite.server.baseUrl, "Content-Type": "application/json", Cookie: `rw_session=${cookie!.value}` };
  const response =
    kind === "query"
      ? await fetch(url(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`), { headers })
      : await fetch(url(`/api/trpc/${procedure}`), { method: "POST", headers, body: JSON.stringify(input) });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!response.ok || !body.result) throw new Error(`${procedure} answered ${response.status}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

function mainNav(page: Page) {
  return page.getByRole("navigation", { name: nl.app.mainNavigation });
}

describe("the navigation", () => {
  it("shows Werkgroepen, Fundamenten and Matrix only to people who are signed in", async () => {
    const page = await newPage();
    await page.goto(url("/"));
    const anonymous = await mainNav(page).getByRole("link").allTextContents();
    for (const label of [s.nav.groups, s.nav.foundations, s.nav.matrix]) expect(anonymous).not.toContain(label);
    for (const path of ["/werkgroepen", "/fundamenten", "/fundamenten/arbeidsmarkt/team", "/matrix", "/werkgroepen/gezond-ouder-worden/leden"]) {
      const response = await fetch(url(path), { redirect: "manual" });
      expect(response.headers.get("location"), path).toBe(`/login?naar=${encodeURIComponent(path)}`);
    }

    await logIn(page, "meelezer@demo.nl");
    await expect
      .poll(() => mainNav(page).getByRole("link").allTextContents(), { timeout: 10_000 })
      .toEqual([nl.nav.overview, nl.nav.plan, s.nav.groups, s.nav.foundations, nl.dependencyUi.nav, s.nav.matrix]);
    // Once the page is hydrated and idle, the link navigates client-side.
    await page.waitForLoadState("networkidle");
    await mainNav(page).getByRole("link", { name: s.nav.groups }).click();
    await page.waitForURL(url("/werkgroepen"));
    await expect.poll(() => mainNav(page).getByRole("link", { name: s.nav.groups }).getAttribute("aria-current"), { timeout: 10_000 }).toBe("page");
  });

  it("folds the menu behind a Menu button on a phone, opens it by keyboard and folds it again after a choice", async () => {
    const page = await newPage();
    await logIn(page, "meelezer@demo.nl");
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(url("/werkgroepen"));
    const button = page.getByRole("button", { name: nl.nav.menu });
    await expect.poll(() => button.getAttribute("aria-expanded"), patiently).toBe("false");
    expect(await mainNav(page).isVisible()).toBe(false);
    // The page starts right under a one-line header, not half a screen down.
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.y).toBe(0);
    expect(header!.height).toBeLessThan(100);

    await button.focus();
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await mainNav(page).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("menu-knop");

    await button.click();
    await mainNav(page).getByRole("link", { name: s.nav.foundations }).click();
    await page.waitForURL(url("/fundamenten"));
    await expect.poll(() => button.getAttribute("aria-expanded"), patiently).toBe("false");

    // Signed out, the three links fit: nothing folds.
    const visitor = await newPage();
    await visitor.setViewportSize({ width: 390, height: 800 });
    await visitor.goto(url("/regioplan"));
    await visitor.waitForLoadState("networkidle");
    expect(await visitor.getByRole("button", { name: nl.nav.menu }).count()).toBe(0);
    expect(await visitor.getByRole("link", { name: nl.nav.login }).isVisible()).toBe(true);

    // On a wide screen the menu is always there and the button is not.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await mainNav(page).isVisible()).toBe(true);
    expect(await button.isVisible()).toBe(false);
  });
});

describe("the werkgroepen", () => {
  it("lists the six demo werkgroepen with leads, people and lanes, each linking to its board", async () => {
    const page = await newPage();
    await logIn(page, "meelezer@demo.nl", "/werkgroepen");
    expect(await page.locator("h1").textContent()).toBe(s.groups.title);
    expect(await page.title()).toBe(`${s.groups.title} - ${nl.app.name}`);
    const headings = page.locator("main h2");
    expect(await headings.allTextContents()).toEqual(demoWorkingGroups.map((g) => g.name));
    for (const group of demoWorkingGroups) {
      expect(await page.getByRole("link", { name: group.name, exact: true }).getAttribute("href")).toBe(`/werkgroepen/${group.slug}/bord`);
    }
    const own = page.locator("main li.rw-card", { has: page.getByRole("heading", { name: "Gezond ouder worden" }) });
    const text = await own.textContent();
    expect(text).toContain("Bram Begeleider");
    expect(text).toContain(s.groups.people(3));
    // The prioritaire doelgroep the werkgroep works for; a werkgroep without one names none.
    expect(text).toContain(`${s.groups.targetGroups}: Ouder wordende inwoners`);
    const withoutTargetGroup = page.locator("main li.rw-card", { has: page.getByRole("heading", { name: "Sterke wijken en buurten" }) });
    expect(await withoutTargetGroup.textContent()).not.toContain(`${s.groups.targetGroups}:`);
    expect(await page.getByRole("navigation", { name: nl.app.breadcrumb }).textContent()).toContain(s.groups.title);
    await expectAccessible(page);
  });

  it("answers a werkgroep or fundament that does not exist with a 404 named in the tab and a link to the list", async () => {
    const page = await newPage();
    await logIn(page, "meelezer@demo.nl");
    for (const [path, list, listPath] of [
      ["/werkgroepen/bestaat-niet/bord", nl.errors.toGroups, "/werkgroepen"],
      ["/fundamenten/bestaat-niet/werkagenda", nl.errors.toFoundations, "/fundamenten"],
    ] as const) {
      const response = await page.goto(url(path));
      expect(response!.status()).toBe(404);
      expect(await page.title()).toBe(`${nl.errors.notFoundTitle} - ${nl.app.name}`);
      await expectAccessible(page);
      await page.getByRole("link", { name: list }).click();
      await page.waitForURL(url(listPath));
    }
  });

  it("lets the lead add and remove a member on Leden", async () => {
    const page = await newPage();
    const path = "/werkgroepen/gezond-ouder-worden/leden";
    await logIn(page, "begeleider@demo.nl", path);
    expect(await page.title()).toBe(`${s.members.title} - Gezond ouder worden - ${nl.app.name}`);
    expect(await page.locator("h1").count()).toBe(1);
    const table = page.getByRole("table", { name: s.members.caption("Gezond ouder worden") });
    const lotte = table.locator("tr", { hasText: "Lotte Lid" });
    expect(await lotte.textContent()).toContain("Welzijn Lelystad");
    expect(await lotte.textContent()).toContain(nl.people.roles.group_member);
    // The lead's own row has no remove button: making someone lead is for the programme office.
    expect(await table.locator("tr", { hasText: "Bram Begeleider" }).getByRole("button").count()).toBe(0);
    // No e-mail addresses: a lead may not list people's addresses.
    expect(await page.locator("main").textContent()).not.toContain("@demo.nl");
    await expectAccessible(page);

    await page.getByLabel(s.members.candidate, { exact: true }).selectOption({ label: "Mira Mentaal (GGz Centraal)" });
    await page.getByRole("button", { name: s.members.addButton }).click();
    await expectStatus(page, s.members.added("Mira Mentaal"));
    const mira = table.locator("tr", { hasText: "Mira Mentaal" });
    await expect.poll(() => mira.textContent(), patiently).toContain(nl.people.roles.group_member);
    // Mira is no longer someone who could be added.
    await expect.poll(() => page.getByLabel(s.members.candidate, { exact: true }).locator("option", { hasText: "Mira Mentaal" }).count(), patiently).toBe(0);
    await expectAccessible(page);

    await mira.getByRole("button", { name: `${s.members.remove}${s.members.removeWho("Mira Mentaal")}` }).click();
    await expectStatus(page, s.members.removed("Mira Mentaal"));
    await expect.poll(() => table.locator("tr", { hasText: "Mira Mentaal" }).count(), patiently).toBe(0);

    // Choosing nobody: the problem is said at the field and in the summary.
    await page.getByRole("button", { name: s.members.addButton }).click();
    await expect.poll(() => page.getByRole("alert").textContent(), patiently).toContain(nl.people.choosePerson);
    expect(await page.locator("#lid-persoon-error").textContent()).toBe(nl.people.choosePerson);
  });

  it("shows a member the people without controls, and refuses the member's hand-made posts with 403", async () => {
    const page = await newPage();
    const path = "/werkgroepen/gezond-ouder-worden/leden";
    await logIn(page, "lid@demo.nl", path);
    await expect.poll(() => page.getByRole("table", { name: s.members.caption("Gezond ouder worden") }).locator("tbody tr").count(), patiently).toBe(3);
    expect(await page.locator("main").getByRole("button").count()).toBe(0);
    expect(await page.getByRole("heading", { name: s.members.addTitle }).count()).toBe(0);
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);

    const add = await postForm(page, path, { intent: "addMember", userId: "00000000-0000-4000-8000-000000000000" });
    expect(add.status).toBe(403);
    const group = await trpc<{ members: Array<{ name: string; userId: string; assignmentId: string }> }>(page, "groups.get", { slug: "gezond-ouder-worden" }, "query");
    const larsRow = group.members.find((m) => m.name === "Lars Lid")!;
    const remove = await postForm(page, path, { intent: "removeMember", target: larsRow.assignmentId, userId: larsRow.userId, personName: "Lars Lid" });
    expect(remove.status).toBe(403);
    await page.reload();
    expect(await page.locator("main").textContent()).toContain("Lars Lid");
  });
});

describe("the matrix and a werkgroep's history", () => {
  it("counts a new card in the cell of its bouwsteen and fundament, lists it there and shows it in Geschiedenis", async () => {
    const page = await newPage();
    await logIn(page, "lid@demo.nl", "/matrix");
    expect(await page.locator("h1").textContent()).toBe(s.matrix.title);
    const table = page.getByRole("table", { name: s.matrix.caption });
    expect(await table.locator("tbody th[scope=row]").count()).toBe(8);
    expect(await table.locator("thead th[scope=col]").count()).toBe(7);
    expect(await page.getByRole("region", { name: s.matrix.scrollRegion }).getAttribute("tabindex")).toBe("0");
    await expectAccessible(page);

    // A bouwsteen of the werkgroep and a fundament, by id, through the tRPC API.
    const group = await trpc<{ group: { id: string }; buildingBlocks: Array<{ id: string; slug: string; name: string }> }>(page, "groups.get", { slug: "gezond-ouder-worden" }, "query");
    const foundations = await trpc<Array<{ id: string; slug: string; name: string }>>(page, "groups.foundationTeams", undefined, "query");
    const block = group.buildingBlocks[0]!;
    const foundation = foundations.find((f) => f.slug === "datagedreven-werken")!;
    const columnIndex = foundations.findIndex((f) => f.id === foundation.id);
    const cell = () => table.locator("tbody tr", { has: page.locator("th", { hasText: block.name }) }).locator("td").nth(columnIndex);
    const before = Number((await cell().textContent())!.match(/^\d+/)![0]);

    const title = `Matrixkaart ${Date.now().toString(36)}`;
    const card = await trpc<{ id: string }>(page, "boards.createCard", { groupId: group.group.id, title, buildingBlockIds: [block.id] }, "mutation");
    await trpc(page, "boards.updateCard", { cardId: card.id, edits: { foundationIds: [foundation.id] }, base: { foundationIds: [] } }, "mutation");

    await page.reload();
    expect(Number((await cell().textContent())!.match(/^\d+/)![0])).toBe(before + 1);
    const link = cell().getByRole("link");
    expect(await link.textContent()).toContain(s.matrix.cell(before + 1, block.name, foundation.name));
    await link.click();
    await page.waitForURL(url(`/matrix?bouwsteen=${block.slug}&fundament=${foundation.slug}#kaarten`));
    const heading = page.getByRole("heading", { level: 2, name: s.matrix.selectionTitle(block.name, foundation.name) });
    await expect.poll(() => heading.count(), patiently).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), patiently).toBe("kaarten");
    const row = page.locator("main section tbody tr", { hasText: title });
    expect(await row.textContent()).toContain("Gezond ouder worden");
    expect(await row.textContent()).toContain(boardMessages.statusLabel.verkennen);
    expect(await row.getByRole("link", { name: title }).getAttribute("href")).toBe(`/werkgroepen/gezond-ouder-worden/bord?kaart=${card.id}`);
    expect(await cell().getAttribute("class")).toContain("rw-st-matrix__chosen");
    await expectAccessible(page);

    // On a phone the table scrolls inside its labelled box; the page itself does not get wider.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(url(`/matrix?bouwsteen=${block.slug}&fundament=${foundation.slug}`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.querySelector(".rw-st-scroll")!.scrollWidth)).toBeGreaterThan(390);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    const missing = await page.goto(url("/matrix?bouwsteen=bestaat-niet&fundament=arbeidsmarkt"));
    expect(missing!.status()).toBe(404);

    // Geschiedenis: who made the card and which fundament was added, newest first.
    await page.goto(url("/werkgroepen/gezond-ouder-worden/geschiedenis"));
    expect(await page.title()).toBe(`${s.history.title} - Gezond ouder worden - ${nl.app.name}`);
    const rows = page.locator("main tbody tr", { hasText: title });
    expect(await rows.count()).toBe(2);
    const [updated, created] = [rows.nth(0), rows.nth(1)];
    expect(await updated.textContent()).toContain(nl.admin.audit.actions["card.updated"]);
    expect(await updated.textContent()).toContain("Lotte Lid");
    expect(await updated.locator("li").textContent()).toBe(s.history.change(s.history.fields.foundationIds!, s.history.emptyValue, foundation.name));
    expect(await created.textContent()).toContain(nl.admin.audit.actions["card.created"]);
    expect(await updated.getByRole("link", { name: title }).getAttribute("href")).toBe(`/werkgroepen/gezond-ouder-worden/bord?kaart=${card.id}`);
    await expectAccessible(page);
  });
});

describe("the fundamenten", () => {
  it("lists the six fundamenten with kwartiermaker and team", async () => {
    const page = await newPage();
    await logIn(page, "meelezer@demo.nl", "/fundamenten");
    expect(await page.locator("h1").textContent()).toBe(s.foundations.title);
    expect(await page.locator("main h2").count()).toBe(6);
    const arbeidsmarkt = page.locator("main li.rw-card", { has: page.getByRole("link", { name: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn" }) });
    expect(await arbeidsmarkt.textContent()).toContain("Karim Kwartiermaker");
    expect(await arbeidsmarkt.textContent()).toContain(s.foundations.team(3));
    expect(await arbeidsmarkt.getByRole("link").getAttribute("href")).toBe("/fundamenten/arbeidsmarkt/werkagenda");
    await expectAccessible(page);

    // A reader sees the werkagenda and the team, without controls.
    await page.goto(url("/fundamenten/arbeidsmarkt"));
    expect(page.url()).toBe(url("/fundamenten/arbeidsmarkt/werkagenda"));
    expect(await page.locator("main").textContent()).toContain(s.workplan.readOnly(nl.people.readingAs.reader));
    expect(await page.locator("main").getByRole("button").count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole("navigation", { name: s.foundations.tabs }).getByRole("link", { name: s.foundations.tabTeam }).click();
    await page.waitForURL(url("/fundamenten/arbeidsmarkt/team"));
    await expect.poll(() => page.locator("main").textContent(), patiently).toContain("Karim Kwartiermaker");
    expect(await page.locator("main").getByRole("button").count()).toBe(0);
    await expectAccessible(page);
  });

  it("lets the kwartiermaker add, move, edit, archive and restore werkagenda items", async () => {
    const page = await newPage();
    const busyCount = async () => {
      await page.goto(url("/fundamenten"));
      const card = page.locator("main li.rw-card", { has: page.getByRole("link", { name: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn" }) });
      const lane = await card.locator(".rw-st-counts li", { hasText: boardMessages.workplanStatusLabel.bezig }).textContent();
      return Number(lane!.replace(/\D/g, ""));
    };
    await logIn(page, "kwartiermaker@demo.nl", "/fundamenten");
    const busyBefore = await busyCount();
    await page.goto(url("/fundamenten/arbeidsmarkt/werkagenda"));
    expect(await page.title()).toBe(`${s.workplan.title} - Toekomstbestendige arbeidsmarkt Zorg & Welzijn - ${nl.app.name}`);
    const w = s.workplan;

    // A wrong quarter is said at the field.
    const create = page.getByRole("form", { name: w.newTitle });
    await create.getByLabel(w.titleLabel, { exact: true }).fill("Banenmarkt zorg en welzijn");
    await create.getByLabel(w.dueLabel, { exact: true }).fill("volgend jaar");
    await create.getByRole("button", { name: w.createButton }).click();
    await expect.poll(() => page.locator("#nieuw-kwartaal-error").textContent(), patiently).toBe(boardMessages.quarterInvalid);
    expect(await page.getByRole("alert").textContent()).toContain(`${w.dueLabel}: ${boardMessages.quarterInvalid}`);

    await create.getByLabel(w.dueLabel, { exact: true }).fill("Q3 2026");
    await create.getByLabel(`${w.organisationLabel} ${nl.admin.optionalSuffix}`).fill("Regionaal Werkbedrijf");
    await create.getByRole("button", { name: w.createButton }).click();
    await expectStatus(page, w.created("Banenmarkt zorg en welzijn"));
    const lane = (status: keyof typeof boardMessages.workplanStatusLabel) =>
      page.locator("section.rw-st-lane", { has: page.getByRole("heading", { name: boardMessages.workplanStatusLabel[status] }) });
    const item = (status: keyof typeof boardMessages.workplanStatusLabel) => lane(status).locator("li", { hasText: "Banenmarkt zorg en welzijn" });
    await expect.poll(() => item("gepland").textContent(), patiently).toContain("Q3 2026");
    expect(await item("gepland").textContent()).toContain("Regionaal Werkbedrijf");
    await expectAccessible(page);

    await item("gepland").getByLabel(`${w.moveTo}${w.editFor("Banenmarkt zorg en welzijn")}`).selectOption({ label: boardMessages.workplanStatusLabel.bezig });
    await item("gepland").getByRole("button", { name: `${w.moveButton}${w.editFor("Banenmarkt zorg en welzijn")}` }).click();
    await expectStatus(page, w.moved("Banenmarkt zorg en welzijn", boardMessages.workplanStatusLabel.bezig));
    await expect.poll(() => item("bezig").count(), patiently).toBe(1);

    await item("bezig").getByText(w.edit).click();
    await item("bezig").getByLabel(w.dueLabel, { exact: true }).fill("Q4 2026");
    await item("bezig").getByRole("button", { name: `${w.saveButton}${w.editFor("Banenmarkt zorg en welzijn")}` }).click();
    await expectStatus(page, w.saved("Banenmarkt zorg en welzijn"));
    await expect.poll(() => item("bezig").locator("dd").first().textContent(), patiently).toBe("Q4 2026");

    await item("bezig").getByRole("button", { name: `${w.archive}${w.editFor("Banenmarkt zorg en welzijn")}` }).click();
    await expectStatus(page, w.archived("Banenmarkt zorg en welzijn"));
    await expect.poll(() => item("bezig").count(), patiently).toBe(0);
    const archived = page.locator("section", { has: page.getByRole("heading", { name: w.archivedTitle }) });
    await archived.getByRole("button", { name: `${w.restore}${w.editFor("Banenmarkt zorg en welzijn")}` }).click();
    await expectStatus(page, w.restored("Banenmarkt zorg en welzijn"));
    await expect.poll(() => item("bezig").count(), patiently).toBe(1);
    await expectAccessible(page);

    // The overview counts it.
    expect(await busyCount()).toBe(busyBefore + 1);
  });

  it("shows a werkagenda item's history to a meelezer: who changed what, newest first, also without JavaScript", async () => {
    const w = s.workplan;
    // Its own title per attempt: a retry must not find the item the first attempt made.
    const title = `Leerwerkplekken in de wijk ${Date.now().toString(36)}`;
    const editor = await newPage();
    await logIn(editor, "kwartiermaker@demo.nl", "/fundamenten/arbeidsmarkt/werkagenda");
    const create = editor.getByRole("form", { name: w.newTitle });
    await create.getByLabel(w.titleLabel, { exact: true }).fill(title);
    await create.getByLabel(w.dueLabel, { exact: true }).fill("Q1 2026");
    await create.getByRole("button", { name: w.createButton }).click();
    await expectStatus(editor, w.created(title));
    const item = (page: Page) => page.locator("main li.rw-st-item", { has: page.getByRole("heading", { name: title, exact: true }) });
    await item(editor).getByLabel(`${w.moveTo}${w.editFor(title)}`).selectOption({ label: boardMessages.workplanStatusLabel.bezig });
    await item(editor).getByRole("button", { name: `${w.moveButton}${w.editFor(title)}` }).click();
    await expectStatus(editor, w.moved(title, boardMessages.workplanStatusLabel.bezig));
    // The status shows before the page has its new data; the edit form is rebuilt when that
    // arrives (it is keyed on the item's version), so wait for the lane before opening it.
    const busyLane = editor.locator("section.rw-st-lane", { has: editor.getByRole("heading", { name: boardMessages.workplanStatusLabel.bezig }) });
    await expect.poll(() => busyLane.getByRole("heading", { name: title, exact: true }).count(), patiently).toBe(1);
    await item(editor).getByText(w.edit).click();
    await item(editor).getByLabel(w.dueLabel, { exact: true }).fill("Q3 2026");
    await item(editor).getByRole("button", { name: `${w.saveButton}${w.editFor(title)}` }).click();
    await expectStatus(editor, w.saved(title));

    const kim = "Karim Kwartiermaker";
    const expected = [
      nl.board.historyChanged(kim, nl.boards.fieldLabels.dueQuarter!, "Q1 2026", "Q3 2026"),
      nl.board.historyChanged(kim, nl.boards.fieldLabels.status!, boardMessages.workplanStatusLabel.gepland, boardMessages.workplanStatusLabel.bezig),
      w.historyCreated(kim),
    ];
    const historyLines = (page: Page) => item(page).locator("ol.rw-history li p").allTextContents();

    // Without JavaScript: the link loads the page with the history open, at the item.
    const context = await suite.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await logIn(plain, "meelezer@demo.nl", "/fundamenten/arbeidsmarkt/werkagenda");
    await item(plain).getByRole("link", { name: `${w.history}${w.historyOf(title)}` }).click();
    await plain.waitForURL(/\?geschiedenis=.+#punt-/);
    expect(await historyLines(plain)).toEqual(expected);
    expect(await plain.locator("main ol.rw-history").count()).toBe(1);

    // With JavaScript: the same list opens in place, says it is open, and closes again.
    const reader = await newPage();
    await logIn(reader, "meelezer@demo.nl", "/fundamenten/arbeidsmarkt/werkagenda");
    const toggle = item(reader).getByRole("link", { name: new RegExp(`${w.historyOf(title)}$`) });
    await toggle.click();
    await expect.poll(() => historyLines(reader), patiently).toEqual(expected);
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await expectAccessible(reader);
    await toggle.click();
    await expect.poll(() => item(reader).locator("ol.rw-history").count(), patiently).toBe(0);
    expect(await toggle.textContent()).toContain(w.history);

    // An id that is not an item of this werkagenda is a 404.
    const response = await reader.goto(url(`/fundamenten/arbeidsmarkt/werkagenda?geschiedenis=${crypto.randomUUID()}`));
    expect(response!.status()).toBe(404);
    expect(await reader.locator("main").textContent()).toContain(nl.boards.workplanItemNotFound);
  });

  it("downloads the werkagenda as a CSV file: the page's items lane by lane, what they are needed for and their risks", async () => {
    const page = await newPage();
    await logIn(page, "kwartiermaker@demo.nl", "/fundamenten/digitale-gegevensuitwisseling/werkagenda");
    const items = page.locator("main li.rw-st-item");
    const titles = await items.locator("h4").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const risky = await items.filter({ has: page.locator('[data-at-risk="true"]') }).locator("h4").allTextContents();
    const needed = await page.locator("main .rw-st-enables li a").allTextContents();
    // The demo's chain of risk runs through this werkagenda, and cards wait for its items.
    expect(risky.length).toBeGreaterThan(0);
    expect(needed.length).toBeGreaterThan(0);
    const { href, lines } = await downloadCsv(page, suite.server.baseUrl, "digitale-gegevensuitwisseling-werkagenda");
    expect(href).toBe("/fundamenten/digitale-gegevensuitwisseling/werkagenda.csv");
    const [header, ...rows] = lines.map((line) => line.split(";"));
    expect(header!.slice(0, 2)).toEqual([s.workplan.titleLabel, s.workplan.csvStatus]);
    expect(rows.map((row) => row[0])).toEqual(titles);
    expect(rows.filter((row) => row[5] === nl.dependencyUi.risk).map((row) => row[0])).toEqual(risky);
    const neededColumn = rows.map((row) => row[4]).join(" ");
    for (const title of needed) expect(neededColumn).toContain(title);

    const unknown = await page.request.get(url("/fundamenten/bestaat-niet/werkagenda.csv"));
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toBe(nl.people.foundationNotFound);
  });

  it("lets the kwartiermaker add and remove a team member; a team member may not", async () => {
    const page = await newPage();
    const path = "/fundamenten/arbeidsmarkt/team";
    await logIn(page, "kwartiermaker@demo.nl", path);
    await page.getByLabel(s.members.candidate, { exact: true }).selectOption({ label: "Lotte Lid (Welzijn Lelystad)" });
    await page.getByRole("button", { name: s.team.addButton }).click();
    await expectStatus(page, s.team.added("Lotte Lid"));
    const table = page.getByRole("table", { name: s.team.caption("Toekomstbestendige arbeidsmarkt Zorg & Welzijn") });
    const lotte = table.locator("tr", { hasText: "Lotte Lid" });
    await expect.poll(() => lotte.textContent(), patiently).toContain(nl.people.roles.foundation_member);
    expect(await page.locator("main").textContent()).not.toContain("@demo.nl");
    await expectAccessible(page);

    // Lotte, now in the team, may edit the werkagenda but not choose the team.
    const lottePage = await newPage();
    await logIn(lottePage, "lid@demo.nl", path);
    expect(await lottePage.locator("main").getByRole("button").count()).toBe(0);
    expect((await postForm(lottePage, path, { intent: "addMember", userId: "00000000-0000-4000-8000-000000000000" })).status).toBe(403);
    await lottePage.goto(url("/fundamenten/arbeidsmarkt/werkagenda"));
    expect(await lottePage.getByRole("button", { name: s.workplan.createButton }).count()).toBe(1);

    await lotte.getByRole("button", { name: `${s.members.remove}${s.team.removeWho("Lotte Lid")}` }).click();
    await expectStatus(page, s.team.removed("Lotte Lid"));
    await expect.poll(() => table.locator("tr", { hasText: "Lotte Lid" }).count(), patiently).toBe(0);
  });
});
