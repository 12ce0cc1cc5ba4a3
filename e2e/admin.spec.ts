import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { nl } from "../shared/i18n/nl";
import { expectAccessible, sessionCookie } from "./browser";
import { setUpBrowserSuite } from "./suite";

// Journeys of the programme office's administration (/beheer): invite a person who then
// joins through the e-mail link, switch an account off (its session stops at once), manage
// werkgroepen and fundamenten, read the audit log. Who may not enter gets 403 or /login.
// Every /beheer page passes axe. Each test uses its own demo account where state matters.

const suite = setUpBrowserSuite();

const t = nl.admin;

/** A page in a fresh context: no cookies shared with other tests or other people. */
async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await suite.newContext({ ...options });
  return context.newPage();
}

function url(path: string) {
  return suite.server.baseUrl + path;
}

/** Logs in through the /login form, as a person would, and waits until the page after it. */
async function logIn(page: Page, email: string, password = demoPassword, naar = "/") {
  await page.goto(url(`/login?naar=${encodeURIComponent(naar)}`));
  await page.getByLabel(nl.auth.email).fill(email);
  await page.getByLabel(nl.auth.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: nl.auth.loginButton }).click();
  await page.waitForURL(url(naar));
  // After a client-side login the header shows the person once the root data is back.
  await expect.poll(() => page.locator("header").textContent(), { timeout: 10_000 }).toContain(nl.nav.signedInAs(""));
}

const patiently = { timeout: 10_000 };

/**
 * The status message (role="status") with this text, once it is there. The status can show
 * before the page's data is reloaded after the action, so check the page with pollText().
 */
async function expectStatus(page: Page, text: string) {
  await expect.poll(() => page.getByRole("status").filter({ hasText: text }).count(), patiently).toBe(1);
}

/** The text of an element, polled until the page's data has caught up. */
function pollText(locator: ReturnType<Page["locator"]>) {
  return expect.poll(() => locator.textContent(), patiently);
}

/** Submits a form in a page without JavaScript and waits for the page the server sends back. */
async function submitWithoutJs(page: Page, button: ReturnType<Page["getByRole"]>) {
  const response = page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document");
  await button.click();
  await response;
  await page.waitForLoadState();
}

/** The row of the people table for this e-mail address. */
function personRow(page: Page, email: string) {
  return page.locator("main tbody tr", { has: page.getByRole("cell", { name: email, exact: true }) });
}

describe("who may enter /beheer", () => {
  it("sends an anonymous visitor to /login and back afterwards", async () => {
    const direct = await fetch(url("/beheer"), { redirect: "manual" });
    expect(direct.status).toBe(302);
    expect(direct.headers.get("location")).toBe("/login?naar=%2Fbeheer");
    for (const path of ["/beheer/mensen", "/beheer/werkgroepen/gezond-ouder-worden", "/beheer/audit"]) {
      const response = await fetch(url(path), { redirect: "manual" });
      expect(response.headers.get("location"), path).toBe(`/login?naar=${encodeURIComponent(path)}`);
    }
    const page = await newPage();
    await page.goto(url("/beheer"));
    expect(page.url()).toBe(url("/login?naar=%2Fbeheer"));
    await page.getByLabel(nl.auth.email).fill("projectbureau@demo.nl");
    await page.getByLabel(nl.auth.password, { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: nl.auth.loginButton }).click();
    await page.waitForURL(url("/beheer"));
    await pollText(page.locator("h1")).toBe(t.title);
  });

  it("refuses a werkgroep lead with 403 on every /beheer page, and shows no Beheer link", async () => {
    const page = await newPage();
    await logIn(page, "begeleider@demo.nl");
    expect(await page.getByRole("navigation", { name: nl.app.mainNavigation }).getByRole("link", { name: nl.nav.admin }).count()).toBe(0);
    for (const path of ["/beheer/mensen", "/beheer", "/beheer/werkgroepen", "/beheer/werkgroepen/gezond-ouder-worden", "/beheer/fundamenten", "/beheer/criteria", "/beheer/audit"]) {
      const response = await page.goto(url(path));
      expect(response!.status(), path).toBe(403);
      expect(await page.locator("main").textContent(), path).toContain(nl.auth.forbidden);
    }
    await expectAccessible(page);
    // A hand-made POST is refused by the service too (the origin check passes: same origin).
    const cookie = await sessionCookie(page);
    const post = await fetch(url("/beheer/mensen"), {
      method: "POST",
      redirect: "manual",
      headers: { Origin: suite.server.baseUrl, "Content-Type": "application/x-www-form-urlencoded", Cookie: `rw_session=${cookie!.value}` },
      body: new URLSearchParams({ intent: "invite", email: "nog-iemand@voorbeeld.nl", role: "reader" }),
    });
    expect(post.status).toBe(403);
  });
});

describe("the programme office's pages", () => {
  it("has an overview, a sub-navigation and breadcrumbs, and passes axe on every page", async () => {
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer");
    expect(await page.getByRole("navigation", { name: nl.app.mainNavigation }).getByRole("link", { name: nl.nav.admin }).count()).toBe(1);
    const sections = page.getByRole("navigation", { name: t.sectionsLabel });
    expect(await sections.getByRole("link").allTextContents()).toEqual([t.sections.people, t.sections.groups, t.sections.foundations, t.sections.criteria, t.sections.audit]);
    await expectAccessible(page);

    const pages: Array<[string, string]> = [
      ["/beheer/mensen", t.people.title],
      ["/beheer/werkgroepen", t.groups.title],
      ["/beheer/werkgroepen/gezond-ouder-worden", "Gezond ouder worden"],
      ["/beheer/fundamenten", t.foundations.title],
      ["/beheer/criteria", t.criteria.title],
      ["/beheer/audit", t.audit.title],
    ];
    for (const [path, heading] of pages) {
      const response = await page.goto(url(path));
      expect(response!.status(), path).toBe(200);
      expect(await page.locator("h1").textContent(), path).toBe(heading);
      expect(await page.getByRole("navigation", { name: nl.app.breadcrumb }).textContent(), path).toContain(t.title);
      await expectAccessible(page);
    }
    expect(await page.title()).toBe(`${t.audit.title} - ${t.title} - ${nl.app.name}`);
  });

  it("lists people with their roles in Dutch, their status and sessions", async () => {
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/mensen");
    const lotte = personRow(page, "lid@demo.nl");
    expect(await lotte.locator("th").textContent()).toBe("Lotte Lid");
    const text = await lotte.textContent();
    expect(text).toContain("Werkgroeplid (Gezond ouder worden)");
    expect(text).toContain("Welzijn Lelystad");
    expect(text).toContain(t.people.statusActive);
    expect(await personRow(page, "kwartiermaker@demo.nl").textContent()).toContain("Kwartiermaker (Toekomstbestendige arbeidsmarkt Zorg & Welzijn)");
    // The office's own row: at least this session, and no button to switch itself off.
    const self = personRow(page, "projectbureau@demo.nl");
    expect(Number(await self.locator("td").nth(4).textContent())).toBeGreaterThanOrEqual(1);
    expect(await self.getByRole("button", { name: new RegExp(`^${t.people.deactivate}`) }).count()).toBe(0);
  });
});

describe("inviting a person", () => {
  it("invites a Meelezer, who joins through the e-mail link and sees only what the role allows", async () => {
    const email = `nieuw-${Date.now().toString(36)}@voorbeeld.nl`;
    const office = await newPage();
    await logIn(office, "projectbureau@demo.nl", demoPassword, "/beheer/mensen");
    await office.getByLabel(t.people.email, { exact: true }).fill(email);
    await office.getByLabel(`${t.people.name} ${t.optionalSuffix}`).fill("Nina Nieuw");
    await office.getByLabel(t.people.role, { exact: true }).selectOption({ label: nl.people.roles.reader });
    await office.getByRole("button", { name: t.people.inviteButton }).click();
    await expectStatus(office, t.people.invited(email));
    const hint = office.getByRole("status").getByRole("link", { name: t.people.outboxLink });
    expect(await hint.getAttribute("href")).toBe("/dev/outbox");
    // The form is empty again for the next invitation, and the person is in the list.
    await expect.poll(() => office.getByLabel(t.people.email, { exact: true }).inputValue(), patiently).toBe("");
    const row = personRow(office, email);
    await pollText(row).toContain(t.people.statusInvited);
    await pollText(row).toContain(nl.people.roles.reader);
    await expectAccessible(office);

    // The invitation is in the development outbox; the new person follows its link.
    const person = await newPage();
    await person.goto(url("/dev/outbox"));
    const link = person.locator("article", { hasText: email }).first().locator('a[href^="/uitnodiging/"]');
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/uitnodiging\/\S+$/);
    await link.click();
    await person.waitForURL(url(href!));
    await expect.poll(() => person.locator("h1").textContent()).toBe(nl.auth.inviteTitle);
    expect(await person.getByLabel(nl.auth.name).inputValue()).toBe("Nina Nieuw");
    await person.getByLabel(nl.auth.organisation).fill("Huisartsenpraktijk Dronten");
    await person.getByLabel(nl.auth.password, { exact: true }).fill("Nina leest elke week het Regioplan");
    await person.getByRole("button", { name: nl.auth.inviteButton }).click();
    await person.waitForURL(url("/"));

    // Signed in as a Meelezer: no "Beheer" in the navigation, and /beheer answers 403.
    await pollText(person.locator("header")).toContain(nl.nav.signedInAs("Nina Nieuw"));
    const nav = person.getByRole("navigation", { name: nl.app.mainNavigation });
    expect(await nav.getByRole("link").allTextContents()).toEqual([
      nl.nav.overview,
      nl.nav.plan,
      nl.structure.nav.groups,
      nl.structure.nav.foundations,
      nl.dependencyUi.nav,
      nl.structure.nav.matrix,
    ]);
    const forbidden = await person.goto(url("/beheer"));
    expect(forbidden!.status()).toBe(403);
    expect(await person.locator("main").textContent()).toContain(nl.auth.forbidden);

    // The office now sees an active account with the organisation the person gave.
    await office.reload();
    const joined = personRow(office, email);
    await pollText(joined).toContain(t.people.statusActive);
    await pollText(joined).toContain("Huisartsenpraktijk Dronten");
  });

  it("shows problems next to the fields and in the summary, also without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/mensen");
    await page.getByLabel(t.people.email, { exact: true }).fill("geen-adres");
    await submitWithoutJs(page, page.getByRole("button", { name: t.people.inviteButton }));
    const summary = page.getByRole("alert");
    expect(await summary.textContent()).toContain(`${t.people.email}: ${nl.auth.invalidEmail}`);
    expect(await page.locator("#uitnodigen-email-error").textContent()).toBe(nl.auth.invalidEmail);
    expect(await page.getByLabel(t.people.email, { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel(t.people.email, { exact: true }).inputValue()).toBe("geen-adres");
    expect(await summary.getByRole("link").first().getAttribute("href")).toBe("#uitnodigen-email");

    // A werkgroep role without a werkgroep: the service's message, at the scope field.
    await page.getByLabel(t.people.email, { exact: true }).fill("zonder-werkgroep@voorbeeld.nl");
    await page.getByLabel(t.people.role, { exact: true }).selectOption({ label: nl.people.roles.group_member });
    await submitWithoutJs(page, page.getByRole("button", { name: t.people.inviteButton }));
    expect(await page.locator("#uitnodigen-scope-error").textContent()).toBe(nl.people.scopeMissingGroup);
    expect(await page.getByRole("alert").textContent()).toContain(nl.people.scopeMissingGroup);

    // An address that already has an account: said at the e-mail field, not as an error page.
    await page.getByLabel(t.people.email, { exact: true }).fill("LID@demo.nl");
    await page.getByLabel(t.people.role, { exact: true }).selectOption({ label: nl.people.roles.reader });
    await submitWithoutJs(page, page.getByRole("button", { name: t.people.inviteButton }));
    expect(await page.locator("#uitnodigen-email-error").textContent()).toBe(nl.people.emailTaken);
    expect(await page.locator("h1").textContent()).toBe(t.people.title);
  });
});

describe("switching an account off", () => {
  it("ends the person's session at once; switching back on lets them log in again", async () => {
    const lars = await newPage();
    await logIn(lars, "lid2@demo.nl", demoPassword, "/mijn-sessies");
    expect(await lars.locator("h1").textContent()).toBe(nl.auth.sessionsTitle);

    const office = await newPage();
    await logIn(office, "projectbureau@demo.nl", demoPassword, "/beheer/mensen");
    const row = personRow(office, "lid2@demo.nl");
    expect(await row.locator("td").nth(4).textContent()).toBe("1");
    await row.getByRole("button", { name: `${t.people.deactivate}${t.people.ofPerson("Lars Lid")}` }).click();
    await expectStatus(office, t.people.deactivated("Lars Lid"));
    await pollText(row).toContain(t.people.statusDeactivated);
    await pollText(row.locator("td").nth(4)).toBe("0");
    await expectAccessible(office);

    // Lars's very next request: the session is gone, so /mijn-sessies sends him to /login.
    await lars.goto(url("/mijn-sessies"));
    expect(lars.url()).toBe(url("/login?naar=%2Fmijn-sessies"));
    await lars.getByLabel(nl.auth.email).fill("lid2@demo.nl");
    await lars.getByLabel(nl.auth.password, { exact: true }).fill(demoPassword);
    await lars.getByRole("button", { name: nl.auth.loginButton }).click();
    await pollText(lars.getByRole("alert")).toContain(nl.auth.loginFailed);

    await row.getByRole("button", { name: `${t.people.reactivate}${t.people.ofPerson("Lars Lid")}` }).click();
    await expectStatus(office, t.people.reactivated("Lars Lid"));
    await pollText(row).toContain(t.people.statusActive);
    await logIn(lars, "lid2@demo.nl", demoPassword, "/mijn-sessies");
  });

  it("ends another person's sessions without switching the account off", async () => {
    const eva = await newPage();
    await logIn(eva, "expert@demo.nl", demoPassword, "/mijn-sessies");
    const office = await newPage();
    await logIn(office, "projectbureau@demo.nl", demoPassword, "/beheer/mensen");
    const row = personRow(office, "expert@demo.nl");
    await row.getByRole("button", { name: `${t.people.endSessions}${t.people.ofPerson("Eva Expert")}` }).click();
    await expectStatus(office, t.people.sessionsEnded("Eva Expert", 1));
    await pollText(row).toContain(t.people.statusActive);
    await eva.goto(url("/mijn-sessies"));
    expect(eva.url()).toBe(url("/login?naar=%2Fmijn-sessies"));
  });

  it("finds people by name, role and status, and keeps the filter in the address", async () => {
    const office = await newPage();
    await logIn(office, "projectbureau@demo.nl", demoPassword, "/beheer/mensen");
    const rows = office.locator("main tbody tr");
    const everyone = await rows.count();
    await office.getByLabel(t.people.filterQuery).fill("coalitie");
    await office.getByRole("button", { name: t.people.filterApply }).click();
    await office.waitForURL(/zoek=coalitie/);
    await expect.poll(() => rows.count(), patiently).toBe(1);
    expect(await rows.first().textContent()).toContain("coalitie@demo.nl");
    expect(await office.getByRole("status").filter({ hasText: t.people.countFiltered(1, everyone) }).count()).toBe(1);
    await expectAccessible(office);

    await office.getByRole("link", { name: t.people.filterReset }).click();
    await expect.poll(() => rows.count(), patiently).toBe(everyone);
    await office.getByLabel(t.people.filterRole).selectOption({ label: nl.people.roles.expert });
    await office.getByRole("button", { name: t.people.filterApply }).click();
    await office.waitForURL(/rol=expert/);
    await expect.poll(async () => (await rows.allTextContents()).every((row) => row.includes(nl.people.roles.expert)), patiently).toBe(true);
    expect(await rows.count()).toBeGreaterThanOrEqual(2);

    await office.goto(url("/beheer/mensen?zoek=niemand-heet-zo"));
    expect(await office.locator("main").textContent()).toContain(t.people.noMatch);
  });

  it("gives and takes away a role", async () => {
    const office = await newPage();
    await logIn(office, "projectbureau@demo.nl", demoPassword, "/beheer/mensen");
    const row = personRow(office, "coalitie@demo.nl");
    // The form is folded away until asked for, so every row stays short.
    expect(await row.getByLabel(t.people.roleFor("Cor Coalitie")).isVisible()).toBe(false);
    await row.getByText(`${t.people.grantRoleOpen}${t.people.forPerson("Cor Coalitie")}`).click();
    await row.getByLabel(t.people.roleFor("Cor Coalitie")).selectOption({ label: nl.people.roles.foundation_member });
    await row.getByLabel(t.people.scopeFor("Cor Coalitie")).selectOption({ label: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn" });
    await row.getByRole("button", { name: `${t.people.grantRole}${t.people.ofPerson("Cor Coalitie")}` }).click();
    await expectStatus(office, t.people.roleGranted("Cor Coalitie"));
    const label = "Fundamentteam (Toekomstbestendige arbeidsmarkt Zorg & Welzijn)";
    await pollText(row).toContain(label);

    await row.getByRole("button", { name: `${t.people.removeRole} ${label}${t.people.ofPerson("Cor Coalitie")}` }).click();
    await expectStatus(office, t.people.roleRevoked("Cor Coalitie"));
    await pollText(row).not.toContain(label);
    await pollText(row).toContain(nl.people.roles.coalition);
  });
});

describe("werkgroepen and fundamenten", () => {
  it("creates a werkgroep, renames it and adds and removes a member", async () => {
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/werkgroepen");
    const before = await page.locator("main tbody tr").count();
    expect(before).toBeGreaterThanOrEqual(6);
    expect(await page.locator("main tbody tr", { hasText: "Gezond ouder worden" }).textContent()).toContain("Bram Begeleider");
    await page.getByLabel(t.groups.name, { exact: true }).fill("Samen tegen eenzaamheid");
    await page.getByLabel(`${t.groups.description} ${t.optionalSuffix}`).fill("Minder eenzame inwoners in alle gemeenten.");
    await page.getByRole("group", { name: nl.plan.targetGroups }).getByLabel("Inwoners met psychische problemen").check();
    await page.getByRole("button", { name: t.groups.createButton }).click();
    await expectStatus(page, t.groups.created("Samen tegen eenzaamheid"));
    await expect.poll(() => page.locator("main tbody tr").count(), patiently).toBe(before + 1);

    // The same name again: said at the name field.
    await page.getByLabel(t.groups.name, { exact: true }).fill("Samen tegen eenzaamheid");
    await page.getByRole("button", { name: t.groups.createButton }).click();
    await pollText(page.locator("#werkgroep-name-error")).toBe(nl.people.groupNameTaken);
    expect(await page.getByRole("alert").textContent()).toContain(`${t.groups.name}: ${nl.people.groupNameTaken}`);
    expect(await page.getByLabel(t.groups.name, { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);

    await page.goto(url("/beheer/werkgroepen/samen-tegen-eenzaamheid"));
    expect(await page.locator("h1").textContent()).toBe("Samen tegen eenzaamheid");
    const breadcrumb = await page.getByRole("navigation", { name: nl.app.breadcrumb }).textContent();
    expect(breadcrumb).toContain(t.groups.title);
    expect(await page.locator("main").textContent()).toContain(t.groups.noMembers);
    expect(await page.locator("#koppelingen ~ p").nth(2).textContent()).toBe(`${t.groups.targetGroups}: Inwoners met psychische problemen`);

    await page.getByLabel(t.groups.person, { exact: true }).selectOption({ label: "Mira Mentaal (lid.wg2@demo.nl)" });
    await page.getByLabel(t.groups.role, { exact: true }).selectOption({ label: nl.people.roles.group_lead });
    await page.getByRole("button", { name: t.groups.addButton }).click();
    await expectStatus(page, t.groups.added(nl.people.roles.group_lead));
    const row = page.locator("main tbody tr", { hasText: "Mira Mentaal" });
    await pollText(row).toContain(nl.people.roles.group_lead);
    await expectAccessible(page);

    await page.getByLabel(t.groups.name, { exact: true }).fill("Samen tegen eenzaamheid in Flevoland");
    await page.getByRole("button", { name: t.groups.saveButton }).click();
    await expectStatus(page, t.groups.saved);
    await pollText(page.locator("h1")).toBe("Samen tegen eenzaamheid in Flevoland");

    await row.getByRole("button", { name: new RegExp(`^${t.groups.remove} Mira Mentaal`) }).click();
    await expectStatus(page, t.groups.removed("Mira Mentaal"));
    await pollText(page.locator("main")).toContain(t.groups.noMembers);

    await page.goto(url("/beheer/werkgroepen"));
    const listed = page.locator("main tbody tr", { hasText: "Samen tegen eenzaamheid in Flevoland" });
    expect(await listed.locator("td").last().textContent()).toBe("0");
  });

  it("keeps a werkgroep's links to bouwstenen, thema's and doelgroepen when it is renamed", async () => {
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/werkgroepen/mentaal-gezond");
    const links = await page.locator("#koppelingen ~ p").allTextContents();
    expect(links[0]).toContain("Wijkgericht werken");
    expect(links[2]).toBe(`${t.groups.targetGroups}: Inwoners met psychische problemen`);
    await page.getByLabel(`${t.groups.description} ${t.optionalSuffix}`).fill("Snel steun dichtbij, ook zonder verwijzing.");
    await page.getByRole("button", { name: t.groups.saveButton }).click();
    await expectStatus(page, t.groups.saved);
    await expect.poll(() => page.locator("#koppelingen ~ p").allTextContents(), patiently).toEqual(links);
  });

  it("assigns a kwartiermaker and a team member to a fundament", async () => {
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/fundamenten");
    const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Gezonde leefomgeving" }) });
    await section.getByLabel(t.foundations.person, { exact: true }).selectOption({ label: "Erik Expert (expert2@demo.nl)" });
    await section.getByLabel(t.foundations.role, { exact: true }).selectOption({ label: nl.people.roles.foundation_lead });
    await section.getByRole("button", { name: `${t.foundations.addButton} Gezonde leefomgeving` }).click();
    await expectStatus(page, t.foundations.added(nl.people.roles.foundation_lead));
    await pollText(section.locator("p", { hasText: t.foundations.lead })).toContain("Erik Expert");

    await section.getByLabel(t.foundations.person, { exact: true }).selectOption({ label: "Lotte Lid (lid@demo.nl)" });
    await section.getByRole("button", { name: `${t.foundations.addButton} Gezonde leefomgeving` }).click();
    await expectStatus(page, t.foundations.added(nl.people.roles.foundation_member));
    const lotte = section.locator("tbody tr", { hasText: "Lotte Lid" });
    await pollText(lotte).toContain(nl.people.roles.foundation_member);
    await expectAccessible(page);

    await lotte.getByRole("button", { name: new RegExp(`^${t.foundations.remove} Lotte Lid`) }).click();
    await expectStatus(page, t.foundations.removed("Lotte Lid"));
    await expect.poll(() => section.locator("tbody tr", { hasText: "Lotte Lid" }).count(), patiently).toBe(0);
  });
});

describe("the criteria the expert team rates against", () => {
  const c = t.criteria;
  const setSection = (page: Page, name: string) => page.locator("section", { has: page.getByRole("heading", { level: 2, name: new RegExp(`^${name}`) }) });
  const criterionItem = (page: Page, title: string) => page.locator("ol.rw-criteria-list > li", { has: page.getByRole("heading", { level: 3, name: title, exact: true }) });

  it("switches a set off and on, but never the last one; adds a criterion after fixing a missing name", async () => {
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/criteria");
    const own = setSection(page, "Uitgangspunten Regioplan");
    const iza = setSection(page, "IZA Beoordelingskader");
    await iza.getByRole("button", { name: c.switchOff }).click();
    await expectStatus(page, c.switchedOff("IZA Beoordelingskader (quick scan)"));
    await pollText(iza.getByRole("heading", { level: 2 })).toContain(c.off);
    await expectAccessible(page);

    await own.getByRole("button", { name: c.switchOff }).click();
    await pollText(page.getByRole("alert").filter({ hasText: t.errorSummaryTitle })).toContain(nl.review.lastActiveSet);
    expect(await own.getByRole("heading", { level: 2 }).textContent()).toContain(c.on);
    await iza.getByRole("button", { name: c.switchOn }).click();
    await expectStatus(page, c.switchedOn("IZA Beoordelingskader (quick scan)"));
    await pollText(iza.getByRole("heading", { level: 2 })).toContain(c.on);

    const before = await own.locator("ol.rw-criteria-list > li").count();
    const add = own.getByRole("form", { name: c.addTitle("Uitgangspunten Regioplan") });
    await add.getByLabel(c.descriptionLabel).fill("Staan de sectoren erachter?");
    await add.getByRole("button", { name: new RegExp(`^${c.addButton}`) }).click();
    const summary = page.getByRole("alert").filter({ hasText: t.errorSummaryTitle });
    await pollText(summary).toContain(`${c.titleLabel}: ${nl.review.criterionTitleRequired}`);
    await expect.poll(() => summary.evaluate((node) => node === document.activeElement), patiently).toBe(true);
    expect(await add.getByLabel(c.descriptionLabel).inputValue()).toBe("Staan de sectoren erachter?");
    await summary.getByRole("link").click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), patiently).toBe(await add.getByLabel(c.titleLabel).getAttribute("id"));
    const title = `Draagvlak bij de sectoren ${Date.now().toString(36)}`; // its own name per attempt: names are unique in a set
    await page.keyboard.type(title);
    await add.getByRole("button", { name: new RegExp(`^${c.addButton}`) }).click();
    await expectStatus(page, c.added(title, "Uitgangspunten Regioplan"));
    await expect.poll(() => own.locator("ol.rw-criteria-list > li").count(), patiently).toBe(before + 1);
    expect(await own.locator("ol.rw-criteria-list > li").last().textContent()).toContain("Staan de sectoren erachter?");
    expect(await add.getByLabel(c.titleLabel).inputValue()).toBe("");
    await expectAccessible(page);
  });

  it("keeps a rewording that started from older text apart: the newer text shows, mine stays in the fields until I save again", async () => {
    const [mine, theirs] = [await newPage(), await newPage()];
    await logIn(mine, "projectbureau@demo.nl", demoPassword, "/beheer/criteria");
    await logIn(theirs, "projectbureau@demo.nl", demoPassword, "/beheer/criteria");
    // A criterion of its own per attempt, so a retry does not depend on what a failed try renamed.
    const stamp = Date.now().toString(36);
    const [start, theirText, myText] = [`Samen met inwoners ${stamp}`, `Samen met inwoners en mantelzorgers ${stamp}`, `Samen met inwoners in de wijk ${stamp}`];
    const add = setSection(mine, "Uitgangspunten Regioplan").getByRole("form", { name: c.addTitle("Uitgangspunten Regioplan") });
    await add.getByLabel(c.titleLabel).fill(start);
    await add.getByRole("button", { name: new RegExp(`^${c.addButton}`) }).click();
    await expectStatus(mine, c.added(start, "Uitgangspunten Regioplan"));
    await theirs.reload();
    const rewordIn = async (page: Page, from: string, to: string) => {
      const item = criterionItem(page, from);
      await item.locator("summary").click();
      await item.getByLabel(c.titleLabel).fill(to);
      await item.getByRole("button", { name: new RegExp(`^${c.save}`) }).click();
    };
    await rewordIn(theirs, start, theirText);
    await expectStatus(theirs, c.saved(theirText));

    await rewordIn(mine, start, myText);
    // The refusal and the newer text may arrive in either order, so find the item by its newer title.
    const refused = criterionItem(mine, theirText);
    await pollText(refused.locator(".rw-field-error")).toBe(nl.review.criterionChangedMeanwhile);
    expect(await refused.getByLabel(c.titleLabel).inputValue()).toBe(myText);
    await expectAccessible(mine);
    await refused.getByRole("button", { name: new RegExp(`^${c.save}`) }).click();
    await expectStatus(mine, c.saved(myText));
    await expect.poll(() => criterionItem(mine, myText).count(), patiently).toBe(1);

    await mine.goto(url("/beheer/audit"));
    const row = mine.locator("main tbody tr", { hasText: t.audit.actions["criterion.updated"] }).first();
    expect(await row.textContent()).toContain(t.audit.criterionWas(theirText));
  });

  it("refuses an expert's hand-made change with 403 and adds nothing", async () => {
    const cookieOf = async (email: string) => {
      const page = await newPage();
      await logIn(page, email);
      return `rw_session=${(await sessionCookie(page))!.value}`;
    };
    const set = await fetch(url("/beheer/criteria"), { headers: { cookie: await cookieOf("projectbureau@demo.nl") } });
    const setId = /name="target" value="([0-9a-f-]{36})"/.exec(await set.text())?.[1];
    expect(setId).toBeTruthy();
    const post = await fetch(url("/beheer/criteria"), {
      method: "POST",
      redirect: "manual",
      headers: { Origin: suite.server.baseUrl, "Content-Type": "application/x-www-form-urlencoded", cookie: await cookieOf("expert@demo.nl") },
      body: new URLSearchParams({ intent: "addCriterion", target: setId!, title: "Van de expert" }),
    });
    expect(post.status).toBe(403);
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/criteria");
    expect(await page.getByRole("heading", { level: 3, name: "Van de expert" }).count()).toBe(0);
  });
});

describe("the audit log", () => {
  it("shows a failed login and an invitation in Dutch, with whom they were about, newest first", async () => {
    const failed = await fetch(url("/login"), {
      method: "POST",
      headers: { Origin: suite.server.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "coalitie@demo.nl", password: "Niet-het-goede-wachtwoord" }),
    });
    expect(failed.status).toBe(400);
    const page = await newPage();
    await logIn(page, "projectbureau@demo.nl", demoPassword, "/beheer/audit");
    const rows = page.locator("main tbody tr");
    const eventsAbout = (text: string) => page.locator("main tbody tr", { has: page.getByRole("cell", { name: text, exact: true }) });
    // Newest first: this very login, then the failed one just before it.
    expect(await rows.nth(0).locator("td").nth(2).textContent()).toBe(t.audit.actions["login.succeeded"]);
    const failedRow = page.locator("main tbody tr", { hasText: t.audit.actions["login.failed"] }).first();
    const cells = await failedRow.locator("td").allTextContents();
    expect(cells[1]).toBe(t.audit.nobody);
    expect(cells[3]).toBe("Cor Coalitie (coalitie@demo.nl)");
    expect(cells[4]).toContain(t.audit.withEmail("coalitie@demo.nl"));
    expect(cells[0]).toMatch(/^\d{1,2} [a-z]{3}\.? \d{4}/);
    const times = await rows.locator("time").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
    expect([...times].sort().reverse()).toEqual(times);
    await expectAccessible(page);

    // An invitation: the role it gave and the e-mail it went to, both about the new account.
    const email = `audit-${Date.now().toString(36)}@voorbeeld.nl`;
    await page.goto(url("/beheer/mensen"));
    await page.getByLabel(t.people.email, { exact: true }).fill(email);
    await page.getByLabel(t.people.role, { exact: true }).selectOption({ label: nl.people.roles.reader });
    await page.getByRole("button", { name: t.people.inviteButton }).click();
    await expectStatus(page, t.people.invited(email));
    await page.goto(url("/beheer/audit"));
    const about = eventsAbout(email);
    expect(await about.count()).toBe(2);
    const invitation = about.filter({ hasText: t.audit.actions["invitation.sent"] });
    expect(await invitation.locator("td").nth(1).textContent()).toBe("Petra Projectbureau");
    expect(await invitation.locator("td").nth(4).textContent()).toBe(email);
    const role = about.filter({ hasText: t.audit.actions["role.granted"] });
    expect(await role.locator("td").nth(4).textContent()).toBe(nl.people.roles.reader);
  });
});
