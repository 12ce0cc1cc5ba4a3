import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { createSession, validateSessionToken } from "../auth/session.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { amsterdamDayAndHour, sendDailyDigest, startDigestScheduler } from "./digest";
import { notifyPeople } from "./notify";
import { countMyUnread, describeNotification, listMyNotifications, markAllRead, markRead } from "./notifications.service";

// The person's own notifications and the daily digest on a real database with the demo people.

let database: TestDatabase;
let anonymous: ServiceContext;
const contexts = new Map<string, ServiceContext>();

async function userId(email: string) {
  return (await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow()).id;
}

async function as(email: string): Promise<ServiceContext> {
  const cached = contexts.get(email);
  if (cached) return cached;
  const { token } = await createSession(database.db, await userId(email), { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const ctx = { ...anonymous, actor: (await validateSessionToken(database.db, token, new Date()))!.actor };
  contexts.set(email, ctx);
  return ctx;
}

const data = { fromTitle: "Wijkteams versterken", fromOwner: "Sterke wijken", toTitle: "Gegevens delen", toOwner: "Digitale gegevensuitwisseling", byName: "Bea Begeleider" };

/** A fresh person's inbox: two notifications, the second one newer. */
async function giveNotifications(email: string) {
  const id = await userId(email);
  await database.db.deleteFrom("notification").where("user_id", "=", id).execute();
  const base = { region_id: anonymous.regionId, user_id: id, subject_id: null, link: "/afhankelijkheden" };
  return database.db
    .insertInto("notification")
    .values([
      { ...base, kind: "dependency.proposed", data, created_at: new Date("2026-01-05T09:00:00Z") },
      { ...base, kind: "dependency.declined", data: { ...data, reason: "Te vroeg" }, created_at: new Date("2026-01-06T09:00:00Z") },
    ])
    .returning(["id", "kind"])
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  anonymous = await createTestContext(database);
});
afterAll(() => database.destroy());

describe("Dutch text per kind", () => {
  it("words every kind and tolerates missing facts", () => {
    expect(describeNotification("dependency.proposed", data)).toBe(
      'Bea Begeleider stelt een afhankelijkheid voor: "Wijkteams versterken" (Sterke wijken) heeft "Gegevens delen" (Digitale gegevensuitwisseling) nodig. Wilt u die bevestigen of afwijzen?',
    );
    expect(describeNotification("dependency.confirmed", data)).toContain("Bea Begeleider heeft de afhankelijkheid bevestigd");
    expect(describeNotification("dependency.declined", { ...data, reason: "Te vroeg" })).toContain("afgewezen");
    expect(describeNotification("dependency.declined", { ...data, reason: "Te vroeg" })).toContain("Reden: Te vroeg");
    expect(describeNotification("dependency.lapsed", data)).toContain("is vervallen");
    expect(describeNotification("dependency.at_risk", { itemTitle: "Wijkteams", riskText: "Loopt risico: X is vertraagd." })).toBe(
      '"Wijkteams": Loopt risico: X is vertraagd.',
    );
    expect(describeNotification("dependency.at_risk", {})).toBe('"een onderdeel" loopt risico.');
    expect(describeNotification("dependency.confirmed", {})).toBe('Iemand heeft de afhankelijkheid bevestigd: "een onderdeel" heeft "een onderdeel" nodig.');
    expect(describeNotification("iets.anders", null)).toBe("Er is iets veranderd.");
  });
});

describe("the person's own notifications", () => {
  it("lists newest first with Dutch text, counts unread, marks read", async () => {
    const rows = await giveNotifications("lid@demo.nl");
    const ctx = await as("lid@demo.nl");
    const list = await listMyNotifications(ctx, {});
    expect(list.unread).toBe(2);
    expect(list.notifications.map((n) => n.kind)).toEqual(["dependency.declined", "dependency.proposed"]);
    expect(list.notifications[0]).toMatchObject({ read: false, link: "/afhankelijkheden", text: expect.stringContaining("Reden: Te vroeg") });
    expect(await countMyUnread(ctx)).toEqual({ unread: 2 });

    const proposed = rows.find((r) => r.kind === "dependency.proposed")!;
    expect(await markRead(ctx, { ids: [proposed.id] })).toEqual({ marked: 1 });
    expect(await countMyUnread(ctx)).toEqual({ unread: 1 });
    // Marking it again changes nothing but is no error: it is still the person's own.
    expect(await markRead(ctx, { ids: [proposed.id] })).toEqual({ marked: 0 });
    expect((await listMyNotifications(ctx)).notifications.find((n) => n.id === proposed.id)!.read).toBe(true);

    expect(await markAllRead(ctx)).toEqual({ marked: 1 });
    expect(await countMyUnread(ctx)).toEqual({ unread: 0 });
  });

  it("keeps two people apart: nobody sees or marks another's notifications", async () => {
    const mine = await giveNotifications("begeleider@demo.nl");
    const theirs = await giveNotifications("kwartiermaker@demo.nl");
    const me = await as("begeleider@demo.nl");
    const them = await as("kwartiermaker@demo.nl");
    const myIds = new Set((await listMyNotifications(me)).notifications.map((n) => n.id));
    for (const row of theirs) expect(myIds.has(row.id)).toBe(false);

    await expect(markRead(me, { ids: theirs.map((r) => r.id) })).rejects.toBeInstanceOf(NotFoundError);
    // One id of someone else among the own ones: a 404, and nothing changes on either side.
    await expect(markRead(me, { ids: [mine[0]!.id, theirs[0]!.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markRead(me, { ids: ["00000000-0000-4000-8000-000000000000"] })).rejects.toBeInstanceOf(NotFoundError);
    expect(await countMyUnread(me)).toEqual({ unread: 2 });
    expect(await countMyUnread(them)).toEqual({ unread: 2 });
    expect(await markRead(me, { ids: [mine[0]!.id] })).toEqual({ marked: 1 });
    await markAllRead(me);
    expect(await countMyUnread(them)).toEqual({ unread: 2 });
  });

  it("refuses bad input in Dutch and anonymous visitors", async () => {
    const ctx = await as("lid@demo.nl");
    const error = await markRead(ctx, { ids: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/[Kk]ies minstens één melding|melding/);
    await expect(markRead(ctx, { ids: ["geen-id"] })).rejects.toBeInstanceOf(ValidationError);
    await expect(listMyNotifications(anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(countMyUnread(anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(markRead(anonymous, { ids: ["00000000-0000-4000-8000-000000000000"] })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(markAllRead(anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("the daily digest", () => {
  it("sends one e-mail per person with the texts, once per day", async () => {
    const people = ["team1.arbeidsmarkt@demo.nl", "expert@demo.nl"];
    const ids = await Promise.all(people.map(userId));
    await database.db.deleteFrom("notification").where("user_id", "in", ids).execute();
    await notifyPeople(database.db, ids, { regionId: anonymous.regionId, kind: "dependency.confirmed", subjectId: ids[0]!, data, link: "/afhankelijkheden" });
    await notifyPeople(database.db, [ids[0]!], { regionId: anonymous.regionId, kind: "dependency.at_risk", subjectId: ids[0]!, data: { itemTitle: "Scholing", riskText: "Loopt risico: het fundament is vertraagd." }, link: "/" });
    const outboxBefore = await database.db.selectFrom("outbox_email").select("id").execute();

    const deps = { db: database.db, mailer: anonymous.mailer, publicUrl: "http://localhost:3000" };
    const first = await sendDailyDigest(deps, { regionId: anonymous.regionId, day: "2030-01-07" });
    expect(first.claimed).toBe(true);
    const mails = await database.db.selectFrom("outbox_email").where("id", "not in", outboxBefore.length ? outboxBefore.map((r) => r.id) : ["00000000-0000-4000-8000-000000000000"]).selectAll().execute();
    for (const email of people) {
      const own = mails.filter((mail) => mail.to_address === email);
      expect(own, email).toHaveLength(1);
      expect(own[0]!.body).toContain("heeft de afhankelijkheid bevestigd");
      expect(own[0]!.body).toContain("http://localhost:3000/meldingen");
    }
    expect(mails.find((mail) => mail.to_address === people[0])!.body).toContain('"Scholing": Loopt risico: het fundament is vertraagd.');
    expect(mails.find((mail) => mail.to_address === people[0])!.subject).toContain("2 nieuwe meldingen");
    expect(new Set(mails.map((mail) => mail.to_address)).size).toBe(mails.length);
    expect(first.sent).toBe(mails.length);
    const emailed = await database.db.selectFrom("notification").where("user_id", "in", ids).select("emailed_at").execute();
    expect(emailed.every((row) => row.emailed_at !== null)).toBe(true);

    // A new notification later that day waits for tomorrow: the day is claimed.
    await notifyPeople(database.db, [ids[1]!], { regionId: anonymous.regionId, kind: "dependency.lapsed", subjectId: ids[1]!, data, link: "/" });
    const count = async () => (await database.db.selectFrom("outbox_email").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n;
    const before = await count();
    expect(await sendDailyDigest(deps, { regionId: anonymous.regionId, day: "2030-01-07" })).toEqual({ claimed: false, sent: 0 });
    expect(await count()).toBe(before);
    // The next day it goes out, and only that one.
    expect(await sendDailyDigest(deps, { regionId: anonymous.regionId, day: "2030-01-08" })).toEqual({ claimed: true, sent: 1 });
  });

  it("leaves out read notifications and deactivated people", async () => {
    const [reader, gone] = await Promise.all(["meelezer@demo.nl", "team2.arbeidsmarkt@demo.nl"].map(userId));
    await database.db.deleteFrom("notification").where("user_id", "in", [reader!, gone!]).execute();
    await notifyPeople(database.db, [reader!, gone!], { regionId: anonymous.regionId, kind: "dependency.lapsed", subjectId: reader!, data, link: "/" });
    await database.db.updateTable("notification").set({ read_at: new Date() }).where("user_id", "=", reader!).execute();
    await database.db.updateTable("app_user").set({ active: false, deactivated_at: new Date() }).where("id", "=", gone!).execute();
    try {
      const deps = { db: database.db, mailer: anonymous.mailer, publicUrl: "http://localhost:3000" };
      expect(await sendDailyDigest(deps, { regionId: anonymous.regionId, day: "2030-01-20" })).toEqual({ claimed: true, sent: 0 });
      const left = await database.db.selectFrom("notification").where("user_id", "in", [reader!, gone!]).select("emailed_at").execute();
      expect(left.every((row) => row.emailed_at === null)).toBe(true);
    } finally {
      await database.db.updateTable("app_user").set({ active: true, deactivated_at: null }).where("id", "=", gone!).execute();
    }
  });

  it("runs from the scheduler once it is past 07:00 in Amsterdam, and stops", async () => {
    const base = { db: database.db, mailer: anonymous.mailer, publicUrl: "http://localhost:3000", regionId: anonymous.regionId, log: anonymous.log, intervalMs: 20, firstCheckMs: 0 };
    const claimed = async (day: string) => (await database.db.selectFrom("digest_run").where("day", "=", day).select("sent").execute()).length;

    const early = startDigestScheduler({ ...base, now: () => new Date("2030-02-01T05:30:00Z") }); // 06:30 in Amsterdam
    await new Promise((resolve) => setTimeout(resolve, 150));
    await early.stop();
    expect(await claimed("2030-02-01")).toBe(0);

    const late = startDigestScheduler({ ...base, now: () => new Date("2030-02-01T06:30:00Z") }); // 07:30 in Amsterdam
    for (let i = 0; i < 100 && (await claimed("2030-02-01")) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await late.stop();
    expect(await claimed("2030-02-01")).toBe(1);
  });

  it("knows the local day and hour in Amsterdam", () => {
    expect(amsterdamDayAndHour(new Date("2026-01-05T05:59:00Z"))).toEqual({ day: "2026-01-05", hour: 6 });
    expect(amsterdamDayAndHour(new Date("2026-07-05T05:00:00Z"))).toEqual({ day: "2026-07-05", hour: 7 });
    expect(amsterdamDayAndHour(new Date("2026-01-05T23:30:00Z"))).toEqual({ day: "2026-01-06", hour: 0 });
  });
});
