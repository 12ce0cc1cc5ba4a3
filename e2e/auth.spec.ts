import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../db/seed/data/demo";
import { nl } from "../shared/i18n/nl";
import { expectAccessible, fillLogin, sessionCookie } from "./browser";
import { startServer } from "./server";
import { setUpBrowserSuite } from "./suite";

// Journeys around accounts: log in and come back where you were going, the same answer for
// a wrong password and an unknown address, the rate limit, logging out, the sessions page,
// and a password reset through the development outbox. Every new page passes axe.
// Each test uses its own demo account where state (sessions, counters, passwords) matters.

const suite = setUpBrowserSuite();

/** A page in a fresh context: no cookies shared with other tests or other "devices". */
async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await suite.newContext({ ...options });
  return context.newPage();
}

function url(path: string) {
  return suite.server.baseUrl + path;
}

/** A form POST as a browser without JavaScript sends it (same Origin, so the origin check passes). */
function postForm(path: string, fields: Record<string, string>, cookie?: string) {
  return fetch(url(path), {
    method: "POST",
    redirect: "manual",
    headers: {
      Origin: suite.server.baseUrl,
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields),
  });
}

/** The text of the page's error summary (role="alert"), tags removed. */
function alertText(html: string): string | undefined {
  const match = /<div[^>]*role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return match?.[1]!.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}

/** The link in the newest e-mail to an address, read from /dev/outbox (newest first). */
async function latestLink(email: string, kind: "wachtwoord-herstellen" | "uitnodiging"): Promise<string> {
  const html = await (await fetch(url("/dev/outbox"))).text();
  const article = html.split("<article").find((part) => part.includes(`<dd>${email}</dd>`));
  const href = article && new RegExp(`href="(/${kind}/[^"]+)"`).exec(article)?.[1];
  if (!href) throw new Error(`No ${kind} e-mail for ${email} in the outbox`);
  return href;
}

describe("logging in", () => {
  it("sends an anonymous visitor to /login and back to the page they wanted after logging in", async () => {
    const page = await newPage();
    await page.goto(url("/mijn-sessies"));
    expect(page.url()).toBe(url("/login?naar=%2Fmijn-sessies"));
    expect(await page.locator("h1").textContent()).toBe(nl.auth.loginTitle);
    expect(await page.locator("main").textContent()).toContain(nl.auth.signInRequired);
    expect(await page.getByLabel(nl.auth.email).getAttribute("autocomplete")).toBe("email");
    expect(await page.getByLabel(nl.auth.password, { exact: true }).getAttribute("autocomplete")).toBe("current-password");
    expect(await page.getByRole("link", { name: nl.auth.forgotLink }).getAttribute("href")).toBe("/wachtwoord-vergeten");
    await expectAccessible(page);

    await fillLogin(page, "expert@demo.nl", demoPassword);
    await page.waitForURL(url("/mijn-sessies"));
    await expect.poll(() => page.locator("h1").textContent()).toBe(nl.auth.sessionsTitle);
    const rows = page.locator("main tbody tr");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(nl.auth.thisSession);
    expect(await page.locator("header").textContent()).toContain(nl.nav.signedInAs("Eva Expert"));
    await expectAccessible(page);

    // Signed in, /login has nothing to offer: it goes home.
    await page.goto(url("/login"));
    expect(page.url()).toBe(url("/"));
  });

  it("shows the Dutch error for a wrong password and keeps the e-mail, not the password", async () => {
    const page = await newPage();
    await page.goto(url("/login"));
    await fillLogin(page, "kwartiermaker@demo.nl", "Niet-het-goede-wachtwoord");
    const summary = page.getByRole("alert");
    await expect.poll(() => summary.textContent()).toContain(nl.auth.loginFailed);
    expect(page.url()).toBe(url("/login"));
    expect(await page.getByLabel(nl.auth.email).inputValue()).toBe("kwartiermaker@demo.nl");
    expect(await page.getByLabel(nl.auth.password, { exact: true }).inputValue()).toBe("");
    expect(await sessionCookie(page)).toBeUndefined();
    await expectAccessible(page);
  });

  it("works without JavaScript, keeping ?naar= through a failed attempt", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(url("/mijn-sessies"));
    expect(page.url()).toBe(url("/login?naar=%2Fmijn-sessies"));
    await fillLogin(page, "coalitie@demo.nl", "Niet-het-goede-wachtwoord");
    await page.waitForLoadState();
    expect(await page.getByRole("alert").textContent()).toContain(nl.auth.loginFailed);
    expect(await page.getByLabel(nl.auth.email).inputValue()).toBe("coalitie@demo.nl");
    await fillLogin(page, "coalitie@demo.nl", demoPassword);
    await page.waitForURL(url("/mijn-sessies"));
    await expect.poll(() => page.locator("h1").textContent()).toBe(nl.auth.sessionsTitle);
  });

  it("gives an unknown e-mail exactly the same status and message as a wrong password", async () => {
    const wrong = await postForm("/login", { email: "begeleider@demo.nl", password: "Niet-het-goede-wachtwoord" });
    const unknown = await postForm("/login", { email: "niemand-bekend@demo.nl", password: "Niet-het-goede-wachtwoord" });
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(wrong.status);
    const wrongText = alertText(await wrong.text());
    const unknownText = alertText(await unknown.text());
    expect(wrongText).toContain(nl.auth.loginFailed);
    expect(unknownText).toBe(wrongText);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(unknown.headers.get("set-cookie")).toBeNull();
  });

  it("answers the 11th failed login for one account within the window with 429 and Retry-After", async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await postForm("/login", { email: "meelezer@demo.nl", password: `Fout-wachtwoord-${attempt}` });
      expect(response.status, `attempt ${attempt}`).toBe(400);
      await response.arrayBuffer();
    }
    const eleventh = await postForm("/login", { email: "meelezer@demo.nl", password: "Fout-wachtwoord-11" });
    expect(eleventh.status).toBe(429);
    const retryAfter = Number(eleventh.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(alertText(await eleventh.text())).toContain(nl.auth.rateLimited(15));
    // Locked means locked: even the right password waits.
    const right = await postForm("/login", { email: "meelezer@demo.nl", password: demoPassword });
    expect(right.status).toBe(429);
    expect(right.headers.get("set-cookie")).toBeNull();
  });
});

describe("logging out and sessions", () => {
  it("ends the session with the header's Uitloggen button; the old cookie no longer works", async () => {
    const page = await newPage();
    await page.goto(url("/login"));
    await fillLogin(page, "expert2@demo.nl", demoPassword);
    await page.waitForURL(url("/"));
    await expect.poll(() => page.locator("header").textContent()).toContain(nl.nav.signedInAs("Erik Expert"));
    const cookie = await sessionCookie(page);
    expect(cookie?.value).toBeTruthy();
    expect(cookie?.httpOnly).toBe(true);

    // A GET of /uitloggen changes nothing.
    await page.goto(url("/uitloggen"));
    expect(page.url()).toBe(url("/"));
    expect(await page.locator("header").textContent()).toContain(nl.nav.signedInAs("Erik Expert"));

    await page.getByRole("button", { name: nl.auth.logoutButton }).click();
    await expect.poll(() => page.locator("header").getByRole("link", { name: nl.nav.login }).count()).toBe(1);
    expect(page.url()).toBe(url("/"));
    expect(await sessionCookie(page)).toBeUndefined();

    const withOldCookie = await fetch(url("/mijn-sessies"), { redirect: "manual", headers: { Cookie: `rw_session=${cookie!.value}` } });
    expect(withOldCookie.status).toBe(302);
    expect(withOldCookie.headers.get("location")).toBe("/login?naar=%2Fmijn-sessies");
  });

  it("ends other sessions and, from its own row, this session", async () => {
    const laptop = await newPage();
    const phone = await newPage();
    for (const page of [laptop, phone]) {
      await page.goto(url("/login?naar=%2Fmijn-sessies"));
      await fillLogin(page, "lid.wg2@demo.nl", demoPassword);
      await page.waitForURL(url("/mijn-sessies"));
    }
    await laptop.reload();
    const rows = laptop.locator("main tbody tr");
    expect(await rows.count()).toBe(2);
    expect(await laptop.locator("main tbody tr", { hasText: nl.auth.thisSession }).count()).toBe(1);
    await expectAccessible(laptop);

    await laptop.getByRole("button", { name: nl.auth.endOtherSessions }).click();
    await expect.poll(() => laptop.getByRole("status").filter({ hasText: nl.auth.otherSessionsEnded(1) }).count()).toBe(1);
    // The message arrives with the action; the table follows once the loader has run again.
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(nl.auth.thisSession);

    await phone.goto(url("/mijn-sessies"));
    expect(phone.url()).toBe(url("/login?naar=%2Fmijn-sessies"));

    await rows.first().getByRole("button", { name: new RegExp(`^${nl.auth.endSession}`) }).click();
    await laptop.waitForURL(url("/login"));
    expect(await sessionCookie(laptop)).toBeUndefined();
    // The URL changes before the new page renders: wait for its heading.
    await expect.poll(() => laptop.locator("h1").textContent()).toBe(nl.auth.loginTitle);
  });
});

describe("a forgotten password", () => {
  it("resets through the e-mail link in /dev/outbox; the link works once", async () => {
    const page = await newPage();
    await page.goto(url("/wachtwoord-vergeten"));
    expect(await page.locator("h1").textContent()).toBe(nl.auth.forgotTitle);
    await expectAccessible(page);
    await page.getByLabel(nl.auth.email).fill("lid2@demo.nl");
    await page.getByRole("button", { name: nl.auth.forgotButton }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: nl.auth.forgotSent }).count()).toBe(1);
    await expectAccessible(page);

    // An unknown address gets the very same answer.
    const unknown = await postForm("/wachtwoord-vergeten", { email: "onbekend-adres@demo.nl" });
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain(nl.auth.forgotSent);

    await page.goto(url("/dev/outbox"));
    expect(await page.locator("h1").textContent()).toBe(nl.auth.outboxTitle);
    await expectAccessible(page);
    const link = page.locator("article", { hasText: "lid2@demo.nl" }).first().locator('a[href^="/wachtwoord-herstellen/"]');
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/wachtwoord-herstellen\/[a-z2-7]{32}\.[a-z2-7]{32}$/);
    await link.click();
    await page.waitForURL(url(href!));
    await expect.poll(() => page.locator("h1").textContent()).toBe(nl.auth.resetTitle);
    expect(await page.locator("main").textContent()).toContain(nl.auth.passwordHint(12));
    const newPasswordField = page.getByLabel(nl.auth.newPassword);
    expect(await newPasswordField.getAttribute("autocomplete")).toBe("new-password");
    await expectAccessible(page);

    const newPassword = "Lars fietst elke ochtend naar Almere";
    await newPasswordField.fill(newPassword);
    await page.getByRole("button", { name: nl.auth.resetButton }).click();
    await page.waitForURL(url("/login?hersteld=1"));
    await expect.poll(() => page.getByRole("status").textContent()).toContain(nl.auth.resetDone);

    await fillLogin(page, "lid2@demo.nl", newPassword);
    await page.waitForURL(url("/"));
    await expect.poll(() => page.locator("header").textContent()).toContain(nl.nav.signedInAs("Lars Lid"));
    const oldPassword = await postForm("/login", { email: "lid2@demo.nl", password: demoPassword });
    expect(oldPassword.status).toBe(400);

    const again = await page.goto(url(href!));
    expect(again!.status()).toBe(410);
    expect(await page.locator("main").textContent()).toContain(nl.auth.linkInvalid);
    expect(await page.getByRole("link", { name: nl.auth.requestNewLink }).getAttribute("href")).toBe("/wachtwoord-vergeten");
    await expectAccessible(page);
  });

  it("refuses a too-short new password with the Dutch message, next to the field and in the summary", async () => {
    const request = await postForm("/wachtwoord-vergeten", { email: "lid@demo.nl" });
    expect(request.status).toBe(200);
    const href = await latestLink("lid@demo.nl", "wachtwoord-herstellen");

    const page = await newPage();
    await page.goto(url(href));
    await page.getByLabel(nl.auth.newPassword).fill("kort-1");
    await page.getByRole("button", { name: nl.auth.resetButton }).click();
    const message = nl.auth.passwordTooShort(12);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(message);
    // Next to the field too: the service's issue path must be the field's name ("password").
    expect(await page.locator("#password-error").textContent({ timeout: 2000 })).toBe(message);
    expect(await page.getByLabel(nl.auth.newPassword).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel(nl.auth.newPassword).inputValue()).toBe("");
    await expectAccessible(page);
    // The link was not used up by the refused attempt.
    const stillValid = await fetch(url(href));
    expect(stillValid.status).toBe(200);
  });

  it("shows the invalid-link page (not an error page) for made-up reset and invitation links", async () => {
    const page = await newPage();
    for (const path of ["/wachtwoord-herstellen/bestaat-niet", "/uitnodiging/bestaat-niet"]) {
      const response = await page.goto(url(path));
      expect(response!.status(), path).toBe(410);
      expect(await page.locator("main").textContent()).toContain(nl.auth.linkInvalid);
      await expectAccessible(page);
    }
  });
});

describe("an invitation", () => {
  it("lets the invited person choose name, organisation and password, then signs them in; the link works once", async () => {
    const signIn = await postForm("/login", { email: "projectbureau@demo.nl", password: demoPassword });
    expect(signIn.status).toBe(302);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const invite = await fetch(url("/api/trpc/people.invite"), {
      method: "POST",
      headers: { Origin: suite.server.baseUrl, "Content-Type": "application/json", Cookie: cookie },
      body: JSON.stringify({ email: "nieuw.lid@demo.nl", name: "Nina Nieuw", roles: [{ role: "reader" }] }),
    });
    expect(invite.status).toBe(200);
    const href = await latestLink("nieuw.lid@demo.nl", "uitnodiging");

    const page = await newPage();
    await page.goto(url(href));
    expect(await page.locator("h1").textContent()).toBe(nl.auth.inviteTitle);
    expect(await page.getByLabel(nl.auth.name).inputValue()).toBe("Nina Nieuw");
    expect(await page.getByLabel(nl.auth.name).getAttribute("autocomplete")).toBe("name");
    expect(await page.getByLabel(nl.auth.organisation).getAttribute("autocomplete")).toBe("organization");
    expect(await page.getByLabel(nl.auth.password, { exact: true }).getAttribute("autocomplete")).toBe("new-password");
    await expectAccessible(page);

    // Without an organisation: the error sits next to that field, the typed name stays.
    await page.getByLabel(nl.auth.password, { exact: true }).fill("Nina werkt graag in Dronten");
    await page.getByRole("button", { name: nl.auth.inviteButton }).click();
    await expect.poll(() => page.locator("#organisation-error").count()).toBe(1);
    expect(await page.getByRole("alert").textContent()).toContain(nl.auth.organisation);
    expect(await page.getByLabel(nl.auth.name).inputValue()).toBe("Nina Nieuw");
    expect(await page.getByLabel(nl.auth.password, { exact: true }).inputValue()).toBe("");
    await expectAccessible(page);

    await page.getByLabel(nl.auth.organisation).fill("Buurtteam Dronten");
    await page.getByLabel(nl.auth.password, { exact: true }).fill("Nina werkt graag in Dronten");
    await page.getByRole("button", { name: nl.auth.inviteButton }).click();
    await page.waitForURL(url("/"));
    await expect.poll(() => page.locator("header").textContent()).toContain(nl.nav.signedInAs("Nina Nieuw"));

    const again = await page.goto(url(href));
    expect(again!.status()).toBe(410);
    expect(await page.locator("main").textContent()).toContain(nl.auth.linkInvalid);
  });
});

describe("the development outbox", () => {
  it("does not exist in production, where no demo accounts exist either", async () => {
    const production = await startServer({ NODE_ENV: "production" });
    try {
      const response = await fetch(`${production.baseUrl}/dev/outbox`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain(nl.errors.notFoundTitle);
      expect(production.output()).not.toContain("Loaded the demo data");
      const login = await fetch(`${production.baseUrl}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: production.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "projectbureau@demo.nl", password: demoPassword }),
      });
      expect(login.status).toBe(400);
      expect(login.headers.get("set-cookie")).toBeNull();
    } finally {
      await production.stop();
    }
  });
});
