import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword, demoWorkingGroups } from "../db/seed/data/demo";
import { nl } from "../shared/i18n/nl";
import { expectAccessible, fillLogin } from "./browser";
import { setUpBrowserSuite } from "./suite";

// The whole review cycle in the browser on the demo data: the werkgroepbegeleider submits the
// concept transformatieagenda; the projectbureau assigns two experts; both review, one asks
// for changes; the werkgroep edits and resubmits (straight back to In review, both owe a new
// review); the experts see what changed and advise positively; the coalition adopts; the
// live text is read-only and the adopted version opens. Every new page passes axe.

const suite = setUpBrowserSuite();

const t = nl.reviewUi;
const states = nl.review.states;
const agendaPath = "/werkgroepen/gezond-ouder-worden/agenda";
const reviewPath = `${agendaPath}/review`;
const patiently = { timeout: 15_000 };

function url(path: string) {
  return suite.server.baseUrl + path;
}

/** A person in their own browser context, signed in and on `path`. */
async function signedIn(email: string, path = reviewPath, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await suite.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  // A step that does not come fails with its own message instead of the test's timeout.
  page.setDefaultTimeout(15_000);
  await page.goto(url(`/login?naar=${encodeURIComponent(path)}`));
  await fillLogin(page, email, demoPassword);
  await page.waitForURL(url(path));
  // The URL changes before the page is drawn (client-side navigation): wait for the login form to go.
  await page.getByLabel(nl.auth.password, { exact: true }).waitFor({ state: "detached", ...patiently });
  return page;
}

/** The state chip in the review page's "Stand van zaken". */
function stateChip(page: Page): Locator {
  return page.locator(".rw-review-facts .rw-review-chip");
}

async function expectState(page: Page, state: keyof typeof states) {
  expect((await stateChip(page).textContent())?.trim()).toBe(states[state]);
}

/** Clicks a step's button and waits for the page to confirm it (?gedaan=...). */
async function doStep(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForURL(new RegExp(`gedaan=${done}`));
  await page.getByRole("status").getByText(t.done[done]!).waitFor(patiently);
}

/** Scores every criterion (score(i) for the i-th), writes a motivation, gives the advice and submits. */
async function writeReview(page: Page, score: (index: number) => number, advice: keyof typeof nl.review.advices) {
  const criteria = page.locator(".rw-review-criterion");
  await criteria.first().waitFor(patiently);
  const count = await criteria.count();
  for (let index = 0; index < count; index++) {
    const criterion = criteria.nth(index);
    await criterion.getByLabel(t.scores[score(index)]!, { exact: true }).check();
    await criterion.getByLabel(t.motivation).fill(`Toelichting ${index + 1} bij score ${score(index)}.`);
  }
  await page.getByLabel(t.summary).fill(advice === "aanpassen" ? "Maak de financiering concreter." : "Goed plan.");
  await page.getByLabel(nl.review.advices[advice], { exact: true }).check();
  await doStep(page, t.submitReview, "review");
}

/** The agenda's editable text, once the editor is connected. */
async function openEditor(page: Page, access: "write" | "read"): Promise<Locator> {
  await page.locator(`.rw-agenda[data-connection="connected"][data-access="${access}"]`).waitFor(patiently);
  const editor = page.locator("#agenda-tekst");
  await expect.poll(() => editor.textContent(), patiently).toContain("transformatieagenda");
  return editor;
}

const th = nl.threads;

function commentsPanel(page: Page) {
  return page.getByRole("region", { name: th.title });
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

describe("the review of an agenda", () => {
  it("goes from submission through two reviews, changes and resubmission to adoption", async () => {
    // The lead sees the state in the werkgroep header and submits after the checks.
    const bram = await signedIn("begeleider@demo.nl", agendaPath);
    const headerStatus = bram.locator(".rw-review-status").first();
    expect(await headerStatus.locator(".rw-review-chip").textContent()).toContain(states.concept);
    expect(await headerStatus.locator(".rw-review-deadline time").count()).toBeGreaterThan(0);
    await bram.getByRole("link", { name: t.submitLink }).first().click();
    await bram.waitForURL(url(reviewPath));
    await expectState(bram, "concept");
    expect(await bram.getByText(t.checksTitle).count()).toBe(1);
    await expectAccessible(bram);
    await doStep(bram, t.submitButton, "indienen");
    await expectState(bram, "ingediend");
    expect(await bram.getByRole("button", { name: t.submitButton }).count()).toBe(0);
    // The lead's Overzicht shows the agenda's state; Review is not in the lead's navigation.
    await bram.goto(url("/"));
    const ownGroup = bram.locator("section", { has: bram.getByRole("heading", { name: /Gezond ouder worden/ }) });
    expect(await ownGroup.locator(".rw-review-chip").textContent()).toBe(states.ingediend);
    expect(await bram.getByRole("navigation", { name: nl.app.mainNavigation }).getByRole("link", { name: t.nav, exact: true }).count()).toBe(0);
    await expectAccessible(bram);

    // The projectbureau assigns both demo experts and sets a deadline.
    const petra = await signedIn("projectbureau@demo.nl", "/");
    const waiting = petra.locator("section", { has: petra.getByRole("heading", { name: t.waitingForAssignTitle }) });
    expect(await waiting.getByRole("link", { name: t.openReview("Gezond ouder worden") }).count()).toBe(1);
    await petra.getByRole("navigation", { name: nl.app.mainNavigation }).getByRole("link", { name: t.nav, exact: true }).click();
    await petra.waitForURL(url("/review"));
    // Client-side navigation: the URL changes a moment before the page is drawn.
    await expect.poll(() => petra.getByRole("link", { name: t.nav, exact: true }).getAttribute("aria-current"), patiently).toBe("page");
    await petra.getByRole("heading", { name: t.queueHeading }).waitFor(patiently);
    await expectAccessible(petra);
    await petra
      .getByRole("link", { name: t.openReview("Gezond ouder worden") })
      .first()
      .click();
    await petra.waitForURL(url(reviewPath));
    await petra.getByLabel("Eva Expert").check();
    await petra.getByLabel("Erik Expert").check();
    await doStep(petra, t.assignButton, "reviewers_toewijzen");
    await expectState(petra, "in_review");
    expect(await petra.locator(".rw-review-facts").textContent()).toContain(nl.review.progress(0, 2));
    await petra.getByLabel(t.deadlineLabel).fill("2030-06-15");
    await doStep(petra, t.deadlineButton, "deadline");
    expect(await petra.locator(".rw-review-facts time[datetime='2030-06-15']").count()).toBe(1);
    await expectAccessible(petra);

    // Both experts review: Eva asks for changes, Erik is positive; on the first criterion they are 3 apart.
    const eva = await signedIn("expert@demo.nl", "/review");
    await eva.goto(url("/"));
    const myReviews = eva.locator("section", { has: eva.getByRole("heading", { name: t.overviewMyReviews }) });
    expect(await myReviews.getByRole("link", { name: t.openReview("Gezond ouder worden") }).count()).toBe(1);
    await expectAccessible(eva);
    await eva.goto(url(reviewPath));
    await eva.locator('[data-frozen="true"]').waitFor(patiently);
    await expectAccessible(eva);
    await writeReview(eva, (index) => (index === 0 ? 1 : 2), "aanpassen");
    await expectState(eva, "in_review");
    expect(await eva.locator(".rw-review-facts").textContent()).toContain(nl.review.progress(1, 2));
    // The projectbureau's review page, still open, follows without a reload.
    await expect.poll(() => petra.locator(".rw-review-facts").textContent(), patiently).toContain(nl.review.progress(1, 2));

    // Eva also comments on a passage of the live text.
    await eva.goto(url(agendaPath));
    await openEditor(eva, "read");
    await selectInText(eva, "vier huisartsenpraktijken");
    await commentsPanel(eva).getByRole("button", { name: th.newComment }).click();
    const commentForm = commentsPanel(eva).getByRole("form", { name: th.formTitle });
    await commentForm.getByLabel(th.bodyLabel).fill("Wie betaalt de tijd van de praktijkondersteuners?");
    await commentForm.getByRole("button", { name: th.post }).click();
    await expect.poll(() => eva.evaluate(() => document.activeElement?.getAttribute("data-thread-id") ?? null), patiently).not.toBeNull();
    const threadId = (await eva.evaluate(() => document.activeElement!.getAttribute("data-thread-id")))!;

    const erik = await signedIn("expert2@demo.nl");
    await writeReview(erik, () => 4, "positief");
    await expectState(erik, "aanpassen_gevraagd");
    const differing = erik.locator('.rw-review-table tr[data-differs="true"]');
    expect(await differing.count()).toBeGreaterThan(0);
    expect(await differing.first().textContent()).toContain(t.differs);
    expect(await erik.locator(".rw-review-progress-line").textContent()).toBe(nl.review.progress(2, 2));
    await expectAccessible(erik);

    // The werkgroep edits the live text and resubmits: straight back to In review.
    await bram.goto(url(agendaPath));
    const text = await openEditor(bram, "write");
    // The lead answers the comment by changing the text and resolves it.
    const evasThread = commentsPanel(bram).locator(`article[data-thread-id="${threadId}"]`);
    await evasThread.waitFor(patiently);
    await evasThread.getByRole("button", { name: th.resolve }).click();
    await expect.poll(() => evasThread.isVisible(), patiently).toBe(false);
    await text.click();
    await bram.keyboard.press("Control+End");
    await bram.keyboard.press("Enter");
    await bram.keyboard.type("De financiering komt uit SPUK IZA en de transformatiemiddelen.", { delay: 5 });
    // The server writes edits within ~100 ms; the submission freezes what it has.
    await bram.waitForTimeout(600);
    await bram.goto(url(reviewPath));
    await expectState(bram, "aanpassen_gevraagd");
    await doStep(bram, t.resubmitButton, "opnieuw_indienen");
    await expectState(bram, "in_review");
    expect(await bram.locator(".rw-review-facts").textContent()).toContain(nl.review.progress(0, 2));

    // Each expert sees what changed and advises positively.
    for (const expert of [eva, erik]) {
      await expert.goto(url(reviewPath));
      const toggle = expert.locator(".rw-review-changes");
      await toggle.locator("summary", { hasText: t.changesToggle }).click();
      expect(await toggle.getByTestId("diff").locator("ins").allTextContents()).toContainEqual(expect.stringContaining("SPUK IZA en de transformatiemiddelen"));
      // And which comments were resolved since the review.
      expect(await toggle.locator(".rw-review-resolved").textContent()).toContain("vier huisartsenpraktijken");
      await expectAccessible(expert);
      await writeReview(expert, () => 3, expert === eva ? "positief_met_aanpassingen" : "positief");
    }
    await expectState(erik, "positief_advies");
    // The earlier reviews stay as history.
    expect(await erik.getByRole("heading", { name: t.historyReviewsTitle }).count()).toBe(1);

    // The coalition adopts straight from /review; the review page confirms.
    const cor = await signedIn("coalitie@demo.nl", "/review");
    const ready = cor.locator("section", { has: cor.getByRole("heading", { name: t.readyToAdoptTitle }) });
    const item = ready.getByRole("listitem").filter({ has: cor.getByRole("heading", { name: "Gezond ouder worden" }) });
    await expectAccessible(cor);
    await item.locator("summary").click();
    await item.getByLabel(t.reference).fill("VC-2026-014");
    await item.getByRole("button", { name: t.adoptButton }).click();
    await cor.waitForURL(url(`${reviewPath}?gedaan=vaststellen`));
    await cor.getByRole("status").getByText(t.done.vaststellen!).waitFor(patiently);
    await expectAccessible(cor);
    await expectState(cor, "vastgesteld");
    expect(await cor.locator(".rw-review-facts").textContent()).toContain("VC-2026-014");
    expect(await cor.getByRole("button", { name: t.sendBackButton }).count()).toBe(0);

    // The live text is read-only, with the reason; the adopted version opens read-only.
    await bram.goto(url(agendaPath));
    const readOnly = await openEditor(bram, "read");
    expect(await readOnly.getAttribute("contenteditable")).toBe("false");
    expect(await bram.getByText(nl.agenda.readOnly.adopted).count()).toBeGreaterThan(0);
    await bram.goto(url(reviewPath));
    await bram.getByRole("link", { name: /^Vastgestelde versie \d+ openen$/ }).click();
    await bram.waitForURL(/versie=\d+/);
    const frozen = bram.locator('[data-frozen="true"]');
    await frozen.waitFor(patiently);
    expect(await frozen.getAttribute("contenteditable")).toBe("false");
    expect(await frozen.textContent()).toContain("SPUK IZA en de transformatiemiddelen");
  }, 240_000); // One journey through five people and a dozen pages: minutes on a loaded 2-core machine.

  it("works without JavaScript: self-assigning, a draft with a problem, sending back with a reason, taking off a reviewer, withdrawing and reopening", async () => {
    const noScript = { javaScript: false };
    const foundationReview = "/fundamenten/domeinoverstijgend-samenwerken/agenda/review";

    // An expert takes an agenda from the queue (Ingediend) and starts a draft.
    const erik = await signedIn("expert2@demo.nl", foundationReview, noScript);
    await expectState(erik, "ingediend");
    await doStep(erik, t.selfAssignButton, "reviewers_toewijzen");
    await expectState(erik, "in_review");
    const first = erik.locator(".rw-review-criterion").first();
    await first.getByLabel(t.motivation).fill("Nog zonder score.");
    await erik.getByRole("button", { name: t.saveDraft }).click();
    const alert = erik.getByRole("alert");
    await alert.waitFor(patiently);
    expect(await alert.textContent()).toContain("Geef een score bij");
    expect(await first.locator(".rw-field-error").count()).toBe(1);
    // What was typed comes back, also without JavaScript.
    expect(await first.getByLabel(t.motivation).inputValue()).toBe("Nog zonder score.");
    await first.getByLabel(t.scores[3]!, { exact: true }).check();
    await first.getByLabel(t.motivation).fill("Goed onderbouwd.");
    await doStep(erik, t.saveDraft, "concept");
    expect(await erik.locator(".rw-review-criterion").first().getByLabel(t.scores[3]!, { exact: true }).isChecked()).toBe(true);
    expect(await erik.locator(".rw-review-criterion").first().getByLabel(t.motivation).inputValue()).toBe("Goed onderbouwd.");

    // The coalition sends a positive advice back: a reason is required, and shows in the history.
    const positive = "/fundamenten/datagedreven-werken/agenda/review";
    const cor = await signedIn("coalitie@demo.nl", positive, noScript);
    await expectState(cor, "positief_advies");
    await cor.getByRole("button", { name: t.sendBackButton, exact: true }).click();
    await cor.getByRole("alert").waitFor(patiently);
    expect(await cor.getByRole("alert").textContent()).toContain(nl.review.reasonRequired);
    await cor.getByLabel(t.sendBackReason).fill("Eerst de privacyafspraken met de gemeenten uitwerken.");
    await doStep(cor, t.sendBackButton, "terugsturen");
    await expectState(cor, "aanpassen_gevraagd");
    expect(await cor.locator(".rw-review-facts").textContent()).toContain("Eerst de privacyafspraken met de gemeenten uitwerken.");
    expect(await cor.locator(".rw-review-history").textContent()).toContain("Eerst de privacyafspraken");

    // The projectbureau takes off the reviewer who still owes a review: the review is then complete.
    const inReview = "/werkgroepen/gezond-opgroeien/agenda/review";
    const petra = await signedIn("projectbureau@demo.nl", inReview, noScript);
    await expectState(petra, "in_review");
    await doStep(petra, t.unassignLabel("Erik Expert"), "unassign");
    await expectState(petra, "positief_advies");
    expect(await petra.locator(".rw-review-reviewers").textContent()).not.toContain("Erik Expert");

    // The projectbureau withdraws the arbeidsmarkt werkagenda; its kwartiermaker reopens it.
    const werkagenda = "/fundamenten/arbeidsmarkt/agenda/review";
    await petra.goto(url(werkagenda));
    await petra.locator("summary", { hasText: t.withdrawTitle }).click();
    await petra.getByLabel(t.withdrawReason).fill("Wordt samengevoegd met een ander fundament.");
    await doStep(petra, t.withdrawButton, "terugtrekken");
    await expectState(petra, "teruggetrokken");
    expect(await petra.getByRole("button", { name: t.reopenButton }).count()).toBe(0);
    const karim = await signedIn("kwartiermaker@demo.nl", werkagenda, noScript);
    await expectState(karim, "teruggetrokken");
    await doStep(karim, t.reopenButton, "heropenen");
    await expectState(karim, "concept");
    // The history keeps both steps with who took them and why, not only the last one.
    const history = await karim.locator(".rw-review-history").textContent();
    expect(history).toContain("Wordt samengevoegd met een ander fundament.");
    expect(history).toContain("Petra Projectbureau");
    expect(history).toContain("Karim");
    // As a concept it can be submitted again, after the checks.
    expect(await karim.getByText(t.checksTitle).count()).toBe(1);
    expect(await karim.getByRole("button", { name: t.submitButton }).count()).toBe(1);
    expect(await karim.locator(".rw-review-status .rw-review-chip").first().textContent()).toContain(states.concept);

    // Axe needs JavaScript: the fundament's pages checked in a normal browser.
    const erikWithScript = await signedIn("expert2@demo.nl", foundationReview);
    await erikWithScript.locator('[data-frozen="true"]').waitFor(patiently);
    await expectAccessible(erikWithScript);
    await erikWithScript.goto(url(positive));
    await expectAccessible(erikWithScript);
  }, 180_000);

  it("starts the review again with the reviewers from before, after a withdrawal, a reopening and a new submission", async () => {
    const werkagenda = "/fundamenten/arbeidsmarkt/agenda/review";
    const karim = await signedIn("kwartiermaker@demo.nl", werkagenda);
    if ((await stateChip(karim).textContent())?.trim() !== states.concept) {
      // The test without JavaScript may have left it withdrawn or in review: back to Concept first.
      if ((await stateChip(karim).textContent())?.trim() !== states.teruggetrokken) {
        await karim.locator("summary", { hasText: t.withdrawTitle }).click();
        await doStep(karim, t.withdrawButton, "terugtrekken");
      }
      await doStep(karim, t.reopenButton, "heropenen");
    }
    await doStep(karim, t.submitButton, "indienen");
    const erik = await signedIn("expert2@demo.nl", werkagenda);
    await doStep(erik, t.selfAssignButton, "reviewers_toewijzen");
    await expectState(erik, "in_review");

    await karim.reload();
    await karim.locator("summary", { hasText: t.withdrawTitle }).click();
    await karim.getByLabel(t.withdrawReason).fill("De cijfers van het UWV komen later.");
    await doStep(karim, t.withdrawButton, "terugtrekken");
    await doStep(karim, t.reopenButton, "heropenen");
    await doStep(karim, t.submitButton, "indienen");

    // Erik is still a reviewer: he cannot pick himself again, but he can start the review.
    await erik.reload();
    await expectState(erik, "ingediend");
    expect(await erik.getByRole("button", { name: t.selfAssignButton, exact: true }).count()).toBe(0);
    expect(await erik.getByRole("heading", { name: t.selfRestartTitle }).count()).toBe(1);
    // The projectbureau starts it with him, without choosing anyone new.
    const petra = await signedIn("projectbureau@demo.nl", werkagenda);
    await expectState(petra, "ingediend");
    expect(await petra.getByText(t.restartIntro("Erik Expert", 1)).count()).toBe(1);
    expect(await petra.getByRole("checkbox", { name: /Erik Expert/ }).isDisabled()).toBe(true);
    await expectAccessible(petra);
    await doStep(petra, t.restartButton, "reviewers_toewijzen");
    await expectState(petra, "in_review");
    expect(await petra.locator(".rw-review-reviewers").textContent()).toContain(`Erik Expert: ${t.reviewerOwes}`);
    await erik.reload();
    await expectState(erik, "in_review");
    expect(await erik.locator(".rw-review-criterion").count()).toBeGreaterThan(0);

    // Erik's account is switched off: the projectbureau is told every agenda that still waits
    // for his review. Besides this one, that depends on what the other tests here did first:
    // the demo's Gezond opgroeien waits for him until the test without JavaScript takes him
    // off, which also gives him Domeinoverstijgend samenwerken. Read it from their pages.
    const owed = ["Toekomstbestendige arbeidsmarkt Zorg & Welzijn"];
    const elsewhere = [
      { path: "/werkgroepen/gezond-opgroeien/agenda/review", name: demoWorkingGroups.find((g) => g.slug === "gezond-opgroeien")!.name },
      { path: "/fundamenten/domeinoverstijgend-samenwerken/agenda/review", name: "Domeinoverstijgend samenwerken" },
    ];
    for (const agenda of elsewhere) {
      await petra.goto(url(agenda.path));
      // Only an agenda in review lists its reviewers (the page is rendered on the server).
      const reviewers = petra.locator(".rw-review-reviewers");
      if ((await reviewers.count()) > 0 && (await reviewers.textContent())?.includes(`Erik Expert: ${t.reviewerOwes}`)) owed.push(agenda.name);
    }
    await petra.goto(url("/beheer/mensen?zoek=expert2"));
    await petra.getByRole("button", { name: `${nl.admin.people.deactivate}${nl.admin.people.ofPerson("Erik Expert")}` }).click();
    await petra.getByRole("status").getByText(nl.admin.people.deactivated("Erik Expert")).waitFor(patiently);
    expect(await petra.getByRole("status").filter({ hasText: nl.admin.people.deactivated("Erik Expert") }).textContent()).toContain(
      nl.admin.people.deactivatedReviewer("Erik Expert", owed.sort((a, b) => a.localeCompare(b, "nl"))),
    );
    await petra.goto(url(werkagenda));
    const reviewers = await petra.locator(".rw-review-reviewers").textContent();
    expect(reviewers).toContain(t.reviewerGone);
    expect(reviewers).toContain(t.reviewerGoneOffice(true));
    await expectAccessible(petra);
    await petra.goto(url("/beheer/mensen?zoek=expert2"));
    await petra.getByRole("button", { name: `${nl.admin.people.reactivate}${nl.admin.people.ofPerson("Erik Expert")}` }).click();
    await petra.getByRole("status").getByText(nl.admin.people.reactivated("Erik Expert")).waitFor(patiently);
  }, 180_000);
});
