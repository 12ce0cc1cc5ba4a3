import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../db/seed/data/demo";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { RateLimitedError, ValidationError } from "../../shared/errors";
import { deactivatePerson } from "../people/people.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { login, logout, requestPasswordReset, resetPassword } from "./auth.service";
import { sessionPolicy, validateSessionToken } from "./session.service";

const hour = 60 * 60 * 1000;
const day = 24 * hour;

describe("sessions", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  const t0 = new Date("2026-03-02T09:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = await createTestContext(database, { now: () => t0 });
  });
  afterAll(() => database.destroy());

  const at = (ms: number) => new Date(t0.getTime() + ms);

  it("starts a session at login whose token carries the person's roles", async () => {
    const { token } = await login(ctx, { email: "expert@demo.nl", password: demoPassword });
    const session = await validateSessionToken(ctx.db, token, at(1000));
    expect(session?.user.email).toBe("expert@demo.nl");
    expect(session?.actor.grants).toEqual([{ role: "expert" }]);
    expect(session?.actor.regionId).toBe(ctx.regionId);
  });

  it("stores only a hash of the secret", async () => {
    const { token, sessionId } = await login(ctx, { email: "expert2@demo.nl", password: demoPassword });
    const row = await ctx.db.selectFrom("session").where("id", "=", sessionId).selectAll().executeTakeFirstOrThrow();
    const secret = token.split(".")[1]!;
    expect(Buffer.from(row.secret_hash).toString("utf8")).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(secret.length).toBeGreaterThanOrEqual(24); // >= 120 bits in base32
  });

  it("rejects a token with the right id and a wrong secret, and malformed tokens", async () => {
    const { token } = await login(ctx, { email: "coalitie@demo.nl", password: demoPassword });
    const [id, secret] = token.split(".") as [string, string];
    const flipped = secret.slice(0, -1) + (secret.endsWith("a") ? "b" : "a");
    expect(await validateSessionToken(ctx.db, `${id}.${flipped}`, at(1000))).toBeNull();
    expect(await validateSessionToken(ctx.db, id, at(1000))).toBeNull();
    expect(await validateSessionToken(ctx.db, `${id}.${secret}.x`, at(1000))).toBeNull();
    // The real token still works: a wrong guess did not end the session.
    expect(await validateSessionToken(ctx.db, token, at(1000))).not.toBeNull();
  });

  it("rotates at login: the session presented while logging in ends, the new one has another id", async () => {
    const first = await login(ctx, { email: "lid@demo.nl", password: demoPassword });
    const second = await login({ ...ctx, sessionId: first.sessionId }, { email: "lid@demo.nl", password: demoPassword });
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(await validateSessionToken(ctx.db, first.token, at(1000))).toBeNull();
    expect(await validateSessionToken(ctx.db, second.token, at(1000))).not.toBeNull();
  });

  it("expires after the idle time without use and deletes the row", async () => {
    const { token, sessionId } = await login(ctx, { email: "meelezer@demo.nl", password: demoPassword });
    expect(await validateSessionToken(ctx.db, token, at(sessionPolicy.idleMs + 1))).toBeNull();
    expect(await ctx.db.selectFrom("session").where("id", "=", sessionId).select("id").executeTakeFirst()).toBeUndefined();
  });

  it("slides: use pushes the expiry back (at most one write an hour), up to the absolute limit", async () => {
    const { token } = await login(ctx, { email: "begeleider@demo.nl", password: demoPassword });
    const soon = await validateSessionToken(ctx.db, token, at(10 * 60 * 1000));
    expect(soon?.renewed).toBe(false);
    const later = await validateSessionToken(ctx.db, token, at(2 * hour));
    expect(later?.renewed).toBe(true);
    expect(later!.expiresAt.getTime()).toBe(at(2 * hour + sessionPolicy.idleMs).getTime());
    // Used every 6 days it lives on past the first 7 days ...
    let now = 2 * hour;
    while (now + 6 * day < sessionPolicy.absoluteMs) {
      now += 6 * day;
      expect(await validateSessionToken(ctx.db, token, at(now)), `day ${now / day}`).not.toBeNull();
    }
    // ... but not past the absolute limit, however often it is used.
    expect(await validateSessionToken(ctx.db, token, at(sessionPolicy.absoluteMs))).toBeNull();
  });

  it("ends at logout", async () => {
    const { token, sessionId } = await login(ctx, { email: "lid2@demo.nl", password: demoPassword });
    await logout({ ...ctx, sessionId });
    expect(await validateSessionToken(ctx.db, token, at(1000))).toBeNull();
  });

  it("rejects the sessions of a person who is deactivated, at once", async () => {
    const { token } = await login(ctx, { email: "lid.wg2@demo.nl", password: demoPassword });
    const admin = await login(ctx, { email: "projectbureau@demo.nl", password: demoPassword });
    const adminSession = await validateSessionToken(ctx.db, admin.token, at(1000));
    const target = await validateSessionToken(ctx.db, token, at(1000));
    await deactivatePerson({ ...ctx, actor: adminSession!.actor, sessionId: admin.sessionId }, { userId: target!.user.id });
    expect(await validateSessionToken(ctx.db, token, at(2000))).toBeNull();
    await expect(login(ctx, { email: "lid.wg2@demo.nl", password: demoPassword })).rejects.toThrow(ValidationError);
  });

  it("ends every session when the password is reset", async () => {
    const { token } = await login(ctx, { email: "kwartiermaker@demo.nl", password: demoPassword });
    await requestPasswordReset(ctx, { email: "kwartiermaker@demo.nl" });
    const mail = await ctx.db.selectFrom("outbox_email").where("to_address", "=", "kwartiermaker@demo.nl").select("body").executeTakeFirstOrThrow();
    const resetToken = mail.body.match(/wachtwoord-herstellen\/([a-z2-7.]+)/)![1]!;
    await resetPassword(ctx, resetToken, { password: "Een lange nieuwe zin 2026" });
    expect(await validateSessionToken(ctx.db, token, at(1000))).toBeNull();
    await expect(resetPassword(ctx, resetToken, { password: "Nog een andere zin 2026" })).rejects.toThrow("Deze link werkt niet");
    expect((await login(ctx, { email: "kwartiermaker@demo.nl", password: "Een lange nieuwe zin 2026" })).token).toBeTruthy();
  });
});

describe("login rate limits", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  const t0 = new Date("2026-03-02T09:00:00Z");
  let now = t0;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = await createTestContext(database, { now: () => now });
  });
  afterAll(() => database.destroy());

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    const wrong = await login(ctx, { email: "expert@demo.nl", password: "helemaal-verkeerd" }).catch((e: Error) => e);
    const unknown = await login(ctx, { email: "niemand@demo.nl", password: "helemaal-verkeerd" }).catch((e: Error) => e);
    expect(wrong).toBeInstanceOf(ValidationError);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect((unknown as Error).message).toBe((wrong as Error).message);
  });

  it("refuses the 11th failure for one account within 15 minutes, even with the right password", async () => {
    for (let i = 0; i < 10; i++) {
      await expect(login(ctx, { email: "coalitie@demo.nl", password: `fout-${i}` })).rejects.toThrow(ValidationError);
    }
    const blocked = await login(ctx, { email: "coalitie@demo.nl", password: demoPassword }).catch((e: Error) => e);
    expect(blocked).toBeInstanceOf(RateLimitedError);
    expect((blocked as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((blocked as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // After the window the person can log in again.
    now = new Date(t0.getTime() + 16 * 60 * 1000);
    expect((await login(ctx, { email: "coalitie@demo.nl", password: demoPassword })).token).toBeTruthy();
  });

  it("counts password-reset requests apart from logins, so asking cannot lock an account", async () => {
    for (let i = 0; i < 10; i++) await requestPasswordReset(ctx, { email: "lid@demo.nl" });
    await expect(requestPasswordReset(ctx, { email: "lid@demo.nl" })).rejects.toThrow(RateLimitedError);
    expect((await login(ctx, { email: "lid@demo.nl", password: demoPassword })).token).toBeTruthy();
  });

  it("limits one IP address to 30 failures across accounts", async () => {
    const ipCtx = { ...ctx, client: { ip: "203.0.113.9", userAgent: "test" } };
    for (let i = 0; i < 30; i++) {
      await expect(login(ipCtx, { email: `onbekend${i}@demo.nl`, password: "x" })).rejects.toThrow(ValidationError);
    }
    await expect(login(ipCtx, { email: "expert2@demo.nl", password: demoPassword })).rejects.toThrow(RateLimitedError);
    expect((await login(ctx, { email: "expert2@demo.nl", password: demoPassword })).token).toBeTruthy();
  });
});
