import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../server/auth/session.service";
import type { ServiceContext } from "../../server/request-context";
import { createTestContext } from "../../server/test-context";
import { listThreads } from "../../server/threads/threads.service";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { demoThreads } from "./data/demo-threads";
import { seedDemoThreads } from "./demo-threads";

// The demo's comments on passages (db/seed/data/demo-threads.ts) as a newcomer sees them after npm start.

let database: TestDatabase;
let reader: ServiceContext;

beforeAll(async () => {
  database = await createTestDatabase();
  const anonymous = await createTestContext(database);
  const user = await database.db.selectFrom("app_user").where("email", "=", "meelezer@demo.nl").select("id").executeTakeFirstOrThrow();
  const { token } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  reader = { ...anonymous, actor: (await validateSessionToken(database.db, token, new Date()))!.actor };
});
afterAll(() => database.destroy());

async function threadsOf(slug: string) {
  const agenda = await database.db
    .selectFrom("agenda as a")
    .innerJoin("working_group as g", "g.id", "a.working_group_id")
    .where("g.slug", "=", slug)
    .select("a.id")
    .executeTakeFirstOrThrow();
  return (await listThreads(reader, { agendaId: agenda.id })).threads;
}

describe("demo comments on agenda passages", () => {
  it("show open and resolved threads with answers, anchored on their words", async () => {
    const threads = await threadsOf("gezond-ouder-worden");
    expect(threads.map((t) => ({ quote: t.quote, attached: t.attached, text: t.currentText, resolved: t.resolvedAt !== null, by: t.comments.map((c) => c.authorName) }))).toEqual([
      { quote: "de helft van de thuiswonende 75-plussers", attached: true, text: "de helft van de thuiswonende 75-plussers", resolved: true, by: ["Mila Meelezer", "Lotte Lid"] },
      { quote: "vier huisartsenpraktijken", attached: true, text: "vier huisartsenpraktijken", resolved: false, by: ["Eva Expert", "Bram Begeleider"] },
      { quote: "één gesprekskaart in gewone taal", attached: true, text: "één gesprekskaart in gewone taal", resolved: false, by: ["Erik Expert"] },
    ]);
    expect(threads[0]!.resolvedByName).toBe("Lotte Lid");
    expect(threads[1]!.createdAt.getTime()).toBeLessThan(Date.now() - 5 * 86_400_000);
  });

  it("show a comment made on the version under review, and one whose passage was taken out (detached)", async () => {
    const [onVersion] = await threadsOf("gezond-opgroeien");
    expect(onVersion).toMatchObject({ versionNumber: expect.any(Number), attached: true, currentText: "kiest één thema per jaar" });
    const [rewritten] = await threadsOf("mentaal-gezond");
    expect(rewritten).toMatchObject({ attached: false, currentText: null, quote: "al in 2025 in alle vijf gemeenten" });
  });

  it("are in the audit log with who and when, and seeding again adds nothing", async () => {
    const events = await database.db.selectFrom("audit_event").where("subject_type", "=", "agenda_thread").select(["action"]).execute();
    const comments = demoThreads.reduce((n, t) => n + t.comments.length, 0);
    expect(events.filter((e) => e.action === "thread.created")).toHaveLength(demoThreads.length);
    expect(events.filter((e) => e.action === "thread.replied")).toHaveLength(comments - demoThreads.length);
    expect(events.filter((e) => e.action === "thread.resolved")).toHaveLength(demoThreads.filter((t) => t.resolved).length);

    const region = await database.db.selectFrom("region").where("slug", "=", "flevoland").select("id").executeTakeFirstOrThrow();
    const count = async () => (await database.db.selectFrom("agenda_thread").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
    const before = Number(await count());
    await seedDemoThreads(database.db, region.id);
    expect(Number(await count())).toBe(before);
  });
});
