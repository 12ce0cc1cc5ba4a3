import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { nl } from "../shared/i18n/nl";
import { expectAccessible, fillLogin } from "./browser";
import { setUpBrowserSuite } from "./suite";

// Comments on passages of the co-edited agenda, in the browser against the real server: a
// member selects words and comments; an expert (who reads the text) sees the thread live and
// answers; text typed before the passage leaves the highlight on the same words; deleting the
// words shows the thread as detached with its quote; a meelezer comments on a selection of the
// read-only text; threads are resolved and reopened. The editor with the panel passes axe.

const suite = setUpBrowserSuite();

const t = nl.threads;
const groupAgenda = "/werkgroepen/gezond-ouder-worden/agenda";
const patiently = { timeout: 15_000 };

async function signedIn(email: string, path = groupAgenda): Promise<Page> {
  const context = await suite.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.server.baseUrl}/login?naar=${encodeURIComponent(path)}`);
  await fillLogin(page, email, demoPassword);
  await page.waitForURL(suite.server.baseUrl + path);
  return page;
}

async function openEditor(page: Page, access: "write" | "read" = "write"): Promise<Locator> {
  await page.locator(`.rw-agenda[data-connection="connected"][data-access="${access}"]`).waitFor(patiently);
  const editor = page.locator("#agenda-tekst");
  await expect.poll(() => editor.textContent(), patiently).toContain("transformatieagenda");
  return editor;
}

function panel(page: Page) {
  return page.getByRole("region", { name: t.title });
}

/** The words highlighted for one thread in the text (the demo agenda has threads of its own). */
async function highlightOf(page: Page, thread: Locator) {
  const id = await thread.getAttribute("data-thread-id");
  return (await page.locator(`#agenda-tekst .rw-thread-anchor[data-thread-id="${id}"]`).allTextContents()).join("");
}

/** Selects `needle` (inside one text node of the agenda) as a person does with the mouse. */
async function selectInText(page: Page, needle: string) {
  await page.locator("#agenda-tekst").evaluate((root, words) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in the text`);
  }, needle);
}

/** One thread in the panel, by id. */
function thread(page: Page, id: string) {
  return panel(page).locator(`article[data-thread-id="${id}"]`);
}

/** The id of the thread just posted: the panel moves the focus to it. */
async function postedThreadId(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-thread-id") ?? null), patiently).not.toBeNull();
  return (await page.evaluate(() => document.activeElement!.getAttribute("data-thread-id")))!;
}

/** The agenda's text without the other people's carets (their names sit inside the text). */
function plainText(page: Page) {
  return page.locator("#agenda-tekst").evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.textContent ?? "";
  });
}

describe("comments on passages of the agenda", () => {
  it("a member comments on selected words, an expert answers live, the highlight follows the words, and deleting them detaches the thread", async () => {
    const [lotte, eva] = await Promise.all([signedIn("lid@demo.nl"), signedIn("expert@demo.nl")]);
    const lotteText = await openEditor(lotte);
    await openEditor(eva, "read");

    // Lotte writes a sentence and selects "de huisartsen" with the keyboard alone.
    await lotteText.click();
    await lotte.keyboard.press("Control+End");
    // The browser reports a moved selection a moment later; people never press the next key that fast.
    await lotte.waitForTimeout(150);
    await lotte.keyboard.press("Enter");
    await lotte.keyboard.type("Valpreventie vraagt samenwerking met de huisartsen in Almere.", { delay: 5 });
    for (let i = 0; i < " in Almere.".length; i++) await lotte.keyboard.press("ArrowLeft");
    for (let i = 0; i < "de huisartsen".length; i++) await lotte.keyboard.press("Shift+ArrowLeft");
    await lotte.keyboard.press("Control+Alt+M");

    const form = panel(lotte).getByRole("form", { name: t.formTitle });
    await form.waitFor(patiently);
    expect(await form.locator("blockquote").textContent()).toBe("de huisartsen");
    // The focus went to the comment field.
    expect(await lotte.evaluate(() => document.activeElement?.id)).toBe("reactie-nieuw-tekst");
    await lotte.keyboard.type("Welke huisartsen doen al mee?");
    await form.getByRole("button", { name: t.post }).click();

    const id = await postedThreadId(lotte);
    const lottesThread = thread(lotte, id);
    expect(await lottesThread.getAttribute("aria-labelledby")).toBeTruthy();
    expect(await lotte.getByRole("article", { name: t.threadLabel("Lotte Lid") }).count()).toBeGreaterThan(0);
    expect(await lottesThread.textContent()).toContain("Welke huisartsen doen al mee?");
    await expect.poll(() => highlightOf(lotte, lottesThread), patiently).toBe("de huisartsen");
    expect(await panel(lotte).getByRole("status").textContent()).toBe(t.posted);

    // Eva, an expert who reads the text, sees the thread and its highlight without reloading, and answers.
    const evasView = thread(eva, id);
    await evasView.waitFor(patiently);
    await expect.poll(() => highlightOf(eva, evasView), patiently).toBe("de huisartsen");
    await evasView.getByLabel(t.replyLabel).fill("Noem ook de apotheken.");
    await evasView.getByRole("button", { name: t.reply }).click();
    await expect.poll(() => lottesThread.textContent(), patiently).toContain("Noem ook de apotheken.");
    // Eva did not start this thread, so she cannot resolve it; Lotte (of the werkgroep) can.
    expect(await evasView.getByRole("button", { name: t.resolve }).count()).toBe(0);
    expect(await lottesThread.getByRole("button", { name: t.resolve }).count()).toBe(1);

    // Lotte types before the passage: the highlight stays on the same words, for both.
    await lotteText.click();
    await lotte.keyboard.press("Control+End");
    await lotte.waitForTimeout(150);
    await lotte.keyboard.press("Home");
    await lotte.waitForTimeout(150);
    await lotte.keyboard.type("Belangrijk: ", { delay: 5 });
    await expect.poll(() => plainText(lotte), patiently).toContain("Belangrijk: Valpreventie vraagt samenwerking met de huisartsen in Almere.");
    await expect.poll(() => highlightOf(lotte, lottesThread), patiently).toBe("de huisartsen");
    await expect.poll(() => plainText(eva), patiently).toContain("Belangrijk: Valpreventie");
    await expect.poll(() => highlightOf(eva, evasView), patiently).toBe("de huisartsen");

    await expectAccessible(lotte);

    // "Toon in de tekst" selects the passage; Lotte deletes it. The thread stays, detached, with its quote.
    await lottesThread.getByRole("button", { name: new RegExp(t.goToPassage) }).click();
    expect(await lotte.evaluate(() => window.getSelection()?.toString())).toBe("de huisartsen");
    await lotte.keyboard.press("Backspace");
    await expect.poll(() => plainText(lotte), patiently).toContain("samenwerking met  in Almere.");
    for (const view of [lottesThread, evasView]) {
      await expect.poll(() => view.textContent(), patiently).toContain(t.detached);
      expect(await view.textContent()).toContain(`${t.originalQuote} de huisartsen`);
      expect(await view.getAttribute("data-attached")).toBe("false");
    }
    expect(await highlightOf(lotte, lottesThread)).toBe("");
    await expectAccessible(eva);
  });

  it("a meelezer comments on words selected in the read-only text; the starter and the werkgroep resolve, and it can be opened again", async () => {
    const [mila, bram] = await Promise.all([signedIn("meelezer@demo.nl"), signedIn("begeleider@demo.nl")]);
    const milaText = await openEditor(mila, "read");
    await openEditor(bram);
    const words = (await milaText.locator("h3, p").first().textContent())!.trim().split(/\s+/).slice(0, 2).join(" ");

    // Nothing selected: the panel says what to do.
    await panel(mila).getByRole("button", { name: t.newComment }).click();
    expect(await panel(mila).getByRole("alert").textContent()).toBe(t.selectFirst);

    await selectInText(mila, words);
    await panel(mila).getByRole("button", { name: t.newComment }).click();
    const form = panel(mila).getByRole("form", { name: t.formTitle });
    expect(await form.locator("blockquote").textContent()).toBe(words);
    await form.getByLabel(t.bodyLabel).fill("Kunt u dit uitleggen in gewone woorden?");
    await form.getByRole("button", { name: t.post }).click();
    const id = await postedThreadId(mila);
    const milasThread = thread(mila, id);
    await expect.poll(() => highlightOf(mila, milasThread), patiently).toBe(words);

    // Bram, the werkgroep's lead, resolves it; it moves behind the toggle for both.
    const bramsView = thread(bram, id);
    await bramsView.waitFor(patiently);
    await bramsView.getByRole("button", { name: t.resolve }).click();
    await expect.poll(() => milasThread.isVisible(), patiently).toBe(false);
    const showResolved = panel(mila).getByRole("button", { name: /^Afgehandelde reacties tonen/ });
    expect(await showResolved.getAttribute("aria-expanded")).toBe("false");
    await showResolved.click();
    expect(await milasThread.textContent()).toContain(t.resolvedBy("Bram Begeleider"));
    // Mila started it, so she may open it again.
    await milasThread.getByRole("button", { name: t.reopen }).click();
    await expect.poll(() => bramsView.isVisible(), patiently).toBe(true);
    await expectAccessible(mila);
  });

  it("an expert comments on a frozen version; the comment shows in the live text on the same words", async () => {
    const v = nl.versions;
    const lars = await signedIn("lid2@demo.nl", `${groupAgenda}/versies`);
    await lars.getByLabel(v.nameLabel).fill("Voor de reacties");
    await lars.getByRole("button", { name: v.freezeButton }).click();
    await lars.waitForURL(/vastgelegd=/);
    const versionLabel = (await lars.locator(".rw-versions-list li a").first().textContent())!;
    const number = Number(/^Versie (\d+):/.exec(versionLabel)![1]);

    const eva = await signedIn("expert@demo.nl", `${groupAgenda}/versies?versie=${number}`);
    const frozen = eva.locator('[data-frozen="true"]');
    await frozen.waitFor(patiently);
    const words = (await frozen.locator("p").first().textContent())!.trim().split(/\s+/).slice(1, 4).join(" ");
    await frozen.evaluate((root, needle) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${needle}" is not in the version`);
    }, words);
    const box = eva.getByRole("region", { name: t.versionTitle });
    await box.getByRole("button", { name: t.newComment }).click();
    const form = box.getByRole("form", { name: t.formTitle });
    expect(await form.locator("blockquote").textContent()).toBe(words);
    expect(await form.textContent()).toContain(t.onVersion(number));
    await form.getByLabel(t.bodyLabel).fill("Dit punt uit de versie verdient uitleg.");
    await form.getByRole("button", { name: t.post }).click();
    await expect.poll(() => box.getByRole("status").textContent(), patiently).toContain(t.versionPosted);
    await expectAccessible(eva);

    // In the agenda the thread says which version it was made on, and highlights the same words in the live text.
    await box.getByRole("link", { name: t.toAgenda }).click();
    await eva.waitForURL(suite.server.baseUrl + groupAgenda);
    await openEditor(eva, "read");
    const made = panel(eva).locator("article", { hasText: "Dit punt uit de versie verdient uitleg." });
    await made.waitFor(patiently);
    expect(await made.textContent()).toContain(t.onVersion(number));
    await expect.poll(() => highlightOf(eva, made), patiently).toBe(words);
  });
});
