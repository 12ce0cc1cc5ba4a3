import type { BrowserContext, Locator, Page, WebSocketRoute } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { boardMessages } from "../shared/domain/messages";
import { nl } from "../shared/i18n/nl";
import { expectAccessible, fillLogin } from "./browser";
import { setUpBrowserSuite } from "./suite";

// Journeys in the co-edited agenda, against the real server and its collaboration socket: two
// members of a werkgroep type at once and see each other's text and caret; a meelezer sees the
// text live but cannot type; a status chip follows the board; a frozen version and the live
// text show their difference; logging out deletes the browser's offline copy. Editor and
// versions pages pass axe.

const suite = setUpBrowserSuite();

const t = nl.agenda;
const groupAgenda = "/werkgroepen/gezond-ouder-worden/agenda";
const patiently = { timeout: 15_000 };

function url(path: string) {
  return suite.server.baseUrl + path;
}

/** A person in their own browser context, signed in and on `path`. */
async function signedIn(email: string, path = groupAgenda): Promise<Page> {
  const context = await suite.newContext();
  const page = await context.newPage();
  await page.goto(url(`/login?naar=${encodeURIComponent(path)}`));
  await fillLogin(page, email, demoPassword);
  await page.waitForURL(url(path));
  return page;
}

/** The agenda's editable text, once the editor is connected and has the server's document. */
async function openEditor(page: Page, access: "write" | "read" = "write"): Promise<Locator> {
  await page.locator(`.rw-agenda[data-connection="connected"][data-access="${access}"]`).waitFor(patiently);
  const editor = page.locator("#agenda-tekst");
  await expect.poll(() => editor.textContent(), patiently).toContain("transformatieagenda");
  return editor;
}

/** Puts the cursor at the very end of the text and types a new paragraph. */
async function typeAtEnd(page: Page, editor: Locator, text: string) {
  // Click the last block, not the middle: the middle may be a commented passage, whose click
  // opens its thread instead of placing the caret.
  await editor.locator(":scope > *").last().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text, { delay: 10 });
}

/** Puts the cursor at the very start of the text and types there. */
async function typeAtStart(page: Page, editor: Locator, text: string) {
  await editor.locator(":scope > *").last().click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.type(text, { delay: 10 });
}

function statusLine(page: Page) {
  return page.locator(".rw-agenda-status__text");
}

/**
 * The context's collab sockets pass through Playwright, so a test can cut the connection
 * (as a lost network does) and restore it. Cookies go along to the real server.
 */
async function switchableSocket(context: BrowserContext) {
  let offline = false;
  let opened = 0;
  const live: WebSocketRoute[] = [];
  await context.routeWebSocket(/\/collab\//, (socket) => {
    opened++;
    if (offline) {
      void socket.close({ code: 4001, reason: "offline" });
      return;
    }
    socket.connectToServer();
    live.push(socket);
  });
  return {
    connections: () => opened,
    async goOffline() {
      offline = true;
      await Promise.all(live.splice(0).map((socket) => socket.close({ code: 4001, reason: "offline" })));
    },
    goOnline() {
      offline = false;
    },
  };
}

/** Like signedIn, with a socket the test can cut. */
async function signedInWithSwitch(email: string, path = groupAgenda, permissions: string[] = []) {
  const context = await suite.newContext();
  if (permissions.length > 0) await context.grantPermissions(permissions, { origin: suite.server.baseUrl });
  const network = await switchableSocket(context);
  const page = await context.newPage();
  await page.goto(url(`/login?naar=${encodeURIComponent(path)}`));
  await fillLogin(page, email, demoPassword);
  await page.waitForURL(url(path));
  return { page, network, context };
}

describe("the co-edited agenda", () => {
  it("two members type at once and each sees the other's text, caret and name", async () => {
    const [lotte, lars] = await Promise.all([signedIn("lid@demo.nl"), signedIn("lid2@demo.nl")]);
    const [lotteText, larsText] = await Promise.all([openEditor(lotte), openEditor(lars)]);
    expect(await statusLine(lotte).textContent()).toBe(t.status.connected);
    expect(await lotte.getByRole("link", { name: t.tab, exact: true }).getAttribute("aria-current")).toBe("page");
    expect(await lotte.locator("h1").count()).toBe(1);
    expect(await lotteText.getAttribute("contenteditable")).toBe("true");

    // At the same moment, in two places: two carets at one spot may rightly interleave their
    // letters (Yjs orders concurrent inserts by client), so one spot would make this test a coin toss.
    await Promise.all([typeAtEnd(lotte, lotteText, "Lotte schrijft over valpreventie."), typeAtStart(lars, larsText, "Lars schrijft over de wijkteams.")]);
    for (const page of [lotte, lars]) {
      const text = page.locator("#agenda-tekst");
      await expect.poll(() => text.textContent(), patiently).toContain("Lotte schrijft over valpreventie.");
      await expect.poll(() => text.textContent(), patiently).toContain("Lars schrijft over de wijkteams.");
    }

    // Each sees the other's caret with their name, and both in "Nu in dit document".
    await expect.poll(() => lotte.locator(".collaboration-carets__label").allTextContents(), patiently).toContain("Lars Lid");
    await expect.poll(() => lars.locator(".collaboration-carets__label").allTextContents(), patiently).toContain("Lotte Lid");
    const presence = lotte.getByRole("region", { name: t.presence.title });
    await expect.poll(() => presence.getByRole("listitem").allTextContents(), patiently).toEqual([
      expect.stringContaining(`Lotte Lid ${t.presence.you}`),
      expect.stringContaining("Lars Lid"),
    ]);

    await expectAccessible(lotte);
  });

  it("formats with the keyboard alone: the toolbar is one tab stop with arrow keys, and shortcuts work", async () => {
    const lotte = await signedIn("lid@demo.nl");
    const text = await openEditor(lotte);
    await typeAtEnd(lotte, text, "Betrokken organisaties");
    // Escape leads from the text to the toolbar; the arrow keys walk it.
    await lotte.keyboard.press("Escape");
    const toolbar = lotte.getByRole("toolbar", { name: t.toolbar.label });
    expect(await lotte.evaluate(() => document.activeElement?.getAttribute("data-toolbar-item"))).toBe("paragraph");
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    await lotte.keyboard.press("ArrowRight");
    expect(await lotte.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(t.toolbar.heading2Label);
    await lotte.keyboard.press("Enter");
    // A level 2 heading of the text sits under the page's own headings in the outline (h4).
    await expect.poll(() => text.locator('h4[data-level="2"]', { hasText: "Betrokken organisaties" }).count(), patiently).toBe(1);
    expect(await toolbar.getByRole("button", { name: t.toolbar.heading2Label }).getAttribute("aria-pressed")).toBe("true");

    // A bold word with Ctrl+B, typed in a new paragraph.
    await text.click();
    await lotte.keyboard.press("Control+End");
    await lotte.keyboard.press("Enter");
    await lotte.keyboard.press("Control+Alt+0");
    await lotte.keyboard.press("Control+b");
    await lotte.keyboard.type("GGD Flevoland");
    await expect.poll(() => text.locator("strong", { hasText: "GGD Flevoland" }).count(), patiently).toBe(1);

    // A link through the dialog: a javascript: address is refused with a message by the field.
    await lotte.keyboard.press("Shift+Home");
    await lotte.keyboard.press("Control+k");
    const dialog = lotte.getByRole("dialog", { name: t.link.title });
    await dialog.waitFor();
    await dialog.getByLabel(t.link.urlLabel).fill("javascript:alert(1)");
    await dialog.getByRole("button", { name: t.link.save }).click();
    await expect.poll(() => dialog.getByRole("alert").textContent(), patiently).toBe(t.link.invalid);
    await expectAccessible(lotte);
    await dialog.getByLabel(t.link.urlLabel).fill("https://www.ggdflevoland.nl");
    await dialog.getByRole("button", { name: t.link.save }).click();
    await expect.poll(() => text.locator('a[href="https://www.ggdflevoland.nl"]').textContent(), patiently).toBe("GGD Flevoland");

    // A table from the toolbar, then a row more.
    await text.click();
    await lotte.keyboard.press("Control+End");
    await toolbar.getByRole("button", { name: t.toolbar.insertTableLabel }).click();
    await expect.poll(() => text.locator("table tr").count(), patiently).toBe(3);
    await toolbar.getByRole("button", { name: t.toolbar.addRowLabel }).click();
    await expect.poll(() => text.locator("table tr").count(), patiently).toBe(4);
  });

  it("pastes from Word: list paragraphs become a list, bold stays, Office markup goes", async () => {
    const lotte = await signedIn("lid@demo.nl");
    const text = await openEditor(lotte);
    await typeAtEnd(lotte, text, "Geplakt uit Word:");
    await lotte.keyboard.press("Enter");
    const listItem = (marker: string, body: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>${body}<o:p></o:p></p>`;
    const word =
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{margin:0cm}</style></head><body><!--StartFragment-->` +
      `<p class=MsoNormal><b>Partners</b> in de wijk<o:p></o:p></p>` +
      listItem("·", "Huisartsen uit Word") +
      listItem("·", "Wijkteams uit Word") +
      `<!--EndFragment--></body></html>`;
    await text.evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "Partners in de wijk\nHuisartsen uit Word\nWijkteams uit Word");
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, word);
    await expect.poll(() => text.locator("ul li", { hasText: "Huisartsen uit Word" }).count(), patiently).toBe(1);
    expect(await text.locator("ul li", { hasText: "Wijkteams uit Word" }).count()).toBe(1);
    expect(await text.locator("strong", { hasText: "Partners" }).count()).toBe(1);
    const html = await text.innerHTML();
    expect(html).not.toMatch(/Mso|mso-|o:p|Symbol/);
    // The bullet character Word writes as text is not in the list item.
    expect(await text.locator("ul li", { hasText: "Huisartsen uit Word" }).textContent()).toBe("Huisartsen uit Word");
  });

  it("a meelezer sees the text change live but cannot type, and is told why", async () => {
    const [mila, lotte] = await Promise.all([signedIn("meelezer@demo.nl"), signedIn("lid@demo.nl")]);
    const [milaText, lotteText] = await Promise.all([openEditor(mila, "read"), openEditor(lotte)]);
    expect(await statusLine(mila).textContent()).toBe(t.status.readOnly);
    expect(await mila.getByText(t.readOnly.group(nl.people.readingAs.reader)).count()).toBe(1);
    expect(await milaText.getAttribute("contenteditable")).toBe("false");
    expect(await milaText.getAttribute("aria-readonly")).toBe("true");
    expect(await mila.getByRole("toolbar").count()).toBe(0);

    await typeAtEnd(lotte, lotteText, "Nieuw voor de meelezer.");
    await expect.poll(() => milaText.textContent(), patiently).toContain("Nieuw voor de meelezer.");

    await milaText.click();
    await mila.keyboard.press("Control+End");
    await mila.keyboard.type("Mila typt dit", { delay: 10 });
    await mila.waitForTimeout(500);
    expect(await milaText.textContent()).not.toContain("Mila typt dit");
    expect(await lotteText.textContent()).not.toContain("Mila typt dit");
    // The meelezer is in the presence list of the writer.
    await expect.poll(() => lotte.getByRole("region", { name: t.presence.title }).textContent(), patiently).toContain("Mila Meelezer");
    await expectAccessible(mila);
  });

  it("a status chip shows the linked card's current status and follows the board live", async () => {
    const bram = await signedIn("begeleider@demo.nl");
    const text = await openEditor(bram);
    const chip = text.locator('[data-status-chip="card"]').first();
    await chip.waitFor(patiently);
    const cardId = await chip.getAttribute("data-ref-id");
    const before = await chip.getAttribute("data-status");
    expect(cardId).toBeTruthy();
    expect(await chip.locator(".rw-status-chip__status").textContent()).toBe(boardMessages.statusLabel[before as keyof typeof boardMessages.statusLabel]);

    // Someone moves the card on the board (here through the API the board uses).
    const target = before === "gepauzeerd" ? "uitwerken" : "gepauzeerd";
    const moved = await bram.evaluate(
      async ({ cardId, target }) => {
        const response = await fetch("/api/trpc/boards.moveCard", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ cardId, status: target, afterCardId: null }),
        });
        return response.status;
      },
      { cardId, target },
    );
    expect(moved).toBe(200);
    await expect.poll(() => chip.getAttribute("data-status"), patiently).toBe(target);
    expect(await chip.locator(".rw-status-chip__status").textContent()).toBe(boardMessages.statusLabel[target]);
  });

  it("a fundament's werkagenda text opens for its kwartiermaker, with chips of its items", async () => {
    const karim = await signedIn("kwartiermaker@demo.nl", "/fundamenten/arbeidsmarkt/agenda");
    await karim.locator('.rw-agenda[data-connection="connected"][data-access="write"]').waitFor(patiently);
    const text = karim.locator("#agenda-tekst");
    await expect.poll(() => text.textContent(), patiently).toContain("Werkagenda");
    expect(await karim.getByRole("link", { name: t.tab, exact: true }).getAttribute("aria-current")).toBe("page");
    // Each werkagenda item has a section whose heading carries the item's current status.
    const chip = text.locator('[data-status-chip="workplanItem"]').first();
    await chip.waitFor(patiently);
    const status = (await chip.getAttribute("data-status")) as keyof typeof boardMessages.workplanStatusLabel;
    expect(await chip.locator(".rw-status-chip__status").textContent()).toBe(boardMessages.workplanStatusLabel[status]);
    await expectAccessible(karim);
  });

  it("freezes a version, and the diff with the live text shows what was added and removed", async () => {
    const v = nl.versions;
    const versionsPath = `${groupAgenda}/versies`;
    const lotte = await signedIn("lid@demo.nl", versionsPath);
    await expectAccessible(lotte);
    await lotte.getByLabel(v.nameLabel).fill("Voor werksessie 2");
    await lotte.getByRole("button", { name: v.freezeButton }).click();
    await lotte.waitForURL(/vastgelegd=/);
    await expect.poll(() => lotte.getByRole("status").first().textContent(), patiently).toContain("Voor werksessie 2");
    const label = (await lotte.locator(".rw-versions-list li a").first().textContent()) ?? "";
    expect(label).toMatch(/^Versie \d+: Voor werksessie 2$/);

    // Change the live text: a sentence more at the end, and the title's first word gone.
    await lotte.getByRole("link", { name: t.versionsPage.backToAgenda }).click();
    await lotte.waitForURL(url(groupAgenda));
    const text = await openEditor(lotte);
    const title = text.locator('[data-level="1"]').first();
    const [firstWord, ...rest] = ((await title.textContent()) ?? "").trim().split(" ");
    await typeAtEnd(lotte, text, "Een zin van na de versie.");
    await lotte.keyboard.press("Control+Home");
    await lotte.keyboard.press("Control+Shift+ArrowRight");
    // The browser reports a moved selection a moment later; people never press the next key that fast.
    await lotte.waitForTimeout(150);
    await lotte.keyboard.press("Delete");
    await expect.poll(async () => (await title.textContent())?.trim(), patiently).toBe(rest.join(" "));

    // Compare the version with the live text (the form's defaults); the server has the edits within 100 ms.
    await lotte.goto(url(versionsPath));
    const diff = lotte.getByTestId("diff");
    await expect
      .poll(async () => {
        await lotte.getByRole("button", { name: v.compareButton }).click();
        await lotte.waitForURL(/van=\d+&tot=live/);
        return diff.locator("ins").allTextContents();
      }, patiently)
      .toContainEqual(expect.stringContaining("Een zin van na de versie."));
    const inserted = (await diff.locator("ins").allTextContents()).join("");
    const deleted = (await diff.locator("del").allTextContents()).join("");
    expect(inserted).toContain(t.versionsPage.diffInsertedStart);
    expect(deleted).toContain(firstWord);
    expect(deleted).toContain(t.versionsPage.diffDeletedStart);
    // Not by colour alone: underlined and struck through.
    expect(await diff.locator("ins").first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("underline");
    expect(await diff.locator("del").first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("line-through");
    // The counts come from the diff service; one word went, a sentence came.
    expect(await lotte.locator(".rw-diff-summary").textContent()).toMatch(/^\d+ woorden toegevoegd, 1 woord weggehaald\.$/);
    await expectAccessible(lotte);

    // The version itself opens read-only, without the later sentence.
    await lotte.getByRole("link", { name: t.versionsPage.open(label) }).click();
    await lotte.waitForURL(/versie=\d+/);
    const frozen = lotte.locator('[data-frozen="true"]');
    await frozen.waitFor(patiently);
    expect(await frozen.getAttribute("contenteditable")).toBe("false");
    expect(await frozen.textContent()).toContain(`${firstWord} ${rest.join(" ")}`);
    expect(await frozen.textContent()).not.toContain("Een zin van na de versie.");
    await expectAccessible(lotte);
  });

  it("freezes a version without JavaScript; a meelezer sees the versions but cannot freeze", async () => {
    const v = nl.versions;
    const versionsPath = "/fundamenten/arbeidsmarkt/agenda/versies";
    const context = await suite.newContext({ javaScriptEnabled: false });
    const karim = await context.newPage();
    await karim.goto(url(`/login?naar=${encodeURIComponent(versionsPath)}`));
    await fillLogin(karim, "kwartiermaker@demo.nl", demoPassword);
    await karim.waitForURL(url(versionsPath));
    await karim.getByRole("button", { name: v.freezeButton }).click();
    // An empty name is refused next to the field.
    expect(await karim.locator("#versie-naam-error").textContent()).toBeTruthy();
    await karim.getByLabel(v.nameLabel).fill("Eerste opzet");
    await karim.getByRole("button", { name: v.freezeButton }).click();
    await karim.waitForURL(/vastgelegd=/);
    expect(await karim.locator(".rw-versions-list").textContent()).toContain("Eerste opzet");

    const mila = await signedIn("meelezer@demo.nl", versionsPath);
    // Wait for the page itself (the sign-in lands a moment before it is drawn), then check.
    await mila.getByText(t.versionsPage.freezeOnlyMembers).waitFor(patiently);
    expect(await mila.getByText(t.versionsPage.freezeOnlyMembers).count()).toBe(1);
    expect(await mila.getByRole("button", { name: v.freezeButton }).count()).toBe(0);
    expect(await mila.locator(".rw-versions-list").textContent()).toContain("Eerste opzet");
    await expectAccessible(mila);
  });

  it("keeps typing offline: the edits stay in the browser and arrive when the connection is back", async () => {
    const [{ page: lars, network }, lotte] = await Promise.all([signedInWithSwitch("lid2@demo.nl"), signedIn("lid@demo.nl")]);
    const [larsText, lotteText] = await Promise.all([openEditor(lars), openEditor(lotte)]);
    await network.goOffline();
    await expect.poll(() => statusLine(lars).textContent(), patiently).toBe(t.status.offline);
    expect(await larsText.getAttribute("contenteditable")).toBe("true");
    await typeAtEnd(lars, larsText, "Offline geschreven door Lars.");
    await lotte.waitForTimeout(500);
    expect(await lotteText.textContent()).not.toContain("Offline geschreven door Lars.");
    await expectAccessible(lars);

    // A reload while offline keeps the edit (the browser's offline copy).
    await lars.reload();
    await expect.poll(() => lars.locator("#agenda-tekst").textContent(), patiently).toContain("Offline geschreven door Lars.");

    network.goOnline();
    await expect.poll(() => statusLine(lars).textContent(), patiently).toBe(t.status.connected);
    await expect.poll(() => lotteText.textContent(), patiently).toContain("Offline geschreven door Lars.");
  });

  it("says so, and stops reconnecting, when the person is no longer signed in", async () => {
    const { page, network, context } = await signedInWithSwitch("lid@demo.nl");
    const text = await openEditor(page);
    await network.goOffline();
    await context.clearCookies();
    network.goOnline();
    const banner = page.getByRole("alert").filter({ hasText: t.closed.notSignedIn });
    await banner.waitFor(patiently);
    expect(await statusLine(page).textContent()).toBe(t.status.closed);
    expect(await text.getAttribute("contenteditable")).toBe("false");
    expect(await banner.getByRole("link", { name: t.closed.login }).getAttribute("href")).toBe(`/login?naar=${encodeURIComponent(groupAgenda)}`);
    // A final refusal: no new attempts.
    const attempts = network.connections();
    await page.waitForTimeout(3_000);
    expect(network.connections()).toBe(attempts);
    await expectAccessible(page);
  });

  it("keeps offline edits the server refused (write access lost meanwhile) in the browser and explains why", async () => {
    const members = "/werkgroepen/gezond-ouder-worden/leden";
    const s = nl.structure.members;
    // The lead adds Mira (of another werkgroep) to Gezond ouder worden.
    const bram = await signedIn("begeleider@demo.nl", members);
    const candidate = bram.getByLabel(s.candidate, { exact: true });
    await candidate.waitFor();
    if ((await candidate.locator("option", { hasText: "Mira Mentaal" }).count()) > 0) {
      await candidate.selectOption({ label: "Mira Mentaal (GGz Centraal)" });
      await bram.getByRole("button", { name: s.addButton }).click();
      await expect.poll(() => bram.getByRole("status").first().textContent(), patiently).toContain(s.added("Mira Mentaal"));
      // Her row is there once the add is done (and the page reloaded its data).
      await expect.poll(() => bram.locator("tr", { hasText: "Mira Mentaal" }).count(), patiently).toBe(1);
    }

    const { page: mira, network } = await signedInWithSwitch("lid.wg2@demo.nl", groupAgenda, ["clipboard-read", "clipboard-write"]);
    const text = await openEditor(mira);
    await network.goOffline();
    await expect.poll(() => statusLine(mira).textContent(), patiently).toBe(t.status.offline);
    await typeAtEnd(mira, text, "Mira schreef dit offline.");

    // Meanwhile the lead takes Mira out of the werkgroep.
    const row = bram.getByRole("table", { name: s.caption("Gezond ouder worden") }).locator("tr", { hasText: "Mira Mentaal" });
    await row.getByRole("button", { name: `${s.remove}${s.removeWho("Mira Mentaal")}` }).click();
    await expect.poll(() => row.count(), patiently).toBe(0);

    network.goOnline();
    const banner = mira.getByRole("alert").filter({ hasText: t.refused.title });
    await banner.waitFor(patiently);
    expect(await mira.locator(".rw-agenda").getAttribute("data-access")).toBe("read");
    expect(await text.getAttribute("contenteditable")).toBe("false");
    expect(await mira.getByRole("toolbar").count()).toBe(0);
    // The edit is still on Mira's screen (and in her browser), not in the werkgroep's text.
    expect(await text.textContent()).toContain("Mira schreef dit offline.");
    const lotte = await signedIn("lid@demo.nl");
    const lotteText = await openEditor(lotte);
    await lotte.waitForTimeout(500);
    expect(await lotteText.textContent()).not.toContain("Mira schreef dit offline.");

    await banner.getByRole("button", { name: t.refused.copy }).click();
    await expect.poll(() => banner.getByRole("status").textContent(), patiently).toBe(t.refused.copied);
    expect(await mira.evaluate(() => navigator.clipboard.readText())).toContain("Mira schreef dit offline.");
    await expectAccessible(mira);
  });

  it("logging out deletes the offline copy of the agenda in this browser", async () => {
    const lotte = await signedIn("lid@demo.nl");
    await openEditor(lotte);
    const offlineStores = () =>
      lotte.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? "").filter((name) => name.startsWith("rw-agenda:")));
    await expect.poll(offlineStores, patiently).toHaveLength(1);
    await lotte.getByRole("button", { name: nl.auth.logoutButton }).click();
    await lotte.waitForURL(url("/"));
    await expect.poll(offlineStores, patiently).toEqual([]);
  });

  it("shows a loading line before the editor runs, and sends visitors to the login page", async () => {
    const context = await suite.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(groupAgenda));
    expect(page.url()).toBe(url(`/login?naar=${encodeURIComponent(groupAgenda)}`));
    await fillLogin(page, "lid@demo.nl", demoPassword);
    await page.waitForURL(url(groupAgenda));
    expect(await page.getByText(t.loading).count()).toBe(1);
    expect(await page.locator("progress").count()).toBe(1);
  });
});

describe("printing an agenda", () => {
  it("prints the text of now from the agenda page, without the site around it on paper", async () => {
    const page = await signedIn("meelezer@demo.nl");
    await page.getByRole("link", { name: t.print.link }).click();
    await page.waitForURL(url(`${groupAgenda}/afdrukken`));
    // The address changes before the print page replaces the agenda page's heading.
    await expect.poll(() => page.locator("h1").textContent(), patiently).toBe(t.title.transformatieagenda);
    expect(await page.locator(".rw-print-header").textContent()).toContain(t.print.owner.werkgroep("Gezond ouder worden"));
    expect(await page.locator(".rw-print-header").textContent()).toMatch(/Stand: Concept\. Tekst van \d+ \w+\.? \d{4}, \d{2}:\d{2}\./);
    const frozen = page.locator('[data-frozen="true"]');
    await frozen.waitFor(patiently);
    expect(await frozen.locator('[data-level="1"]').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // The button opens the browser's print dialog (replaced here, so the test can see it was asked for).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole("button", { name: t.print.button }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".rw-header").isVisible()).toBe(false);
    expect(await page.locator(".rw-footer").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: t.print.button }).isVisible()).toBe(false);
    expect(await frozen.isVisible()).toBe(true);
    expect(await page.locator("h1").isVisible()).toBe(true);
  });

  it("prints a frozen version, and says so when that version does not exist", async () => {
    const path = "/werkgroepen/gezondheidsvaardigheden/agenda/afdrukken";
    const page = await signedIn("coalitie@demo.nl", `${path}?versie=1`);
    expect(await page.locator(".rw-print-header").textContent()).toMatch(/Stand: Vastgesteld\. Versie 1 ".+", vastgelegd op \d+ \w+ \d{4}\./);
    await page.locator('[data-frozen="true"]').waitFor(patiently);
    await expectAccessible(page);
    expect(await page.getByRole("link", { name: t.print.backToVersions }).getAttribute("href")).toBe("/werkgroepen/gezondheidsvaardigheden/agenda/versies?versie=1");

    const missing = await page.goto(url(`${path}?versie=999`));
    expect(missing?.status()).toBe(404);
    expect(await page.locator("main").textContent()).toContain(nl.versions.versionNotFound(999));
  });
});
