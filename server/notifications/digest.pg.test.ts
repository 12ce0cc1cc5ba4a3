import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "../../db/connect";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createMailer } from "../mail/mailer.server";
import { sendDailyDigest } from "./digest";
import { notifyPeople } from "./notify";

// The daily digest with two server instances on one PostgreSQL database: each has its own
// connection pool and both run the same day's digest at the same moment. The advisory lock
// and the claimed (region, day) make it one e-mail per person, never two.

let database: TestDatabase;
let second: AppDatabase;
let regionId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const name = (await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0]!.name;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  second = await openDatabase({ databaseUrl: url.href });
  regionId = (await database.db.selectFrom("region").where("slug", "=", "flevoland").select("id").executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await second?.close();
  await database?.destroy();
});

describe("the daily digest on two instances", () => {
  it("sends one e-mail per person when both run at once, day after day", async () => {
    const log = pino({ level: "silent" });
    const instances = [database.db, second.db].map((db) => ({ db, mailer: createMailer({ from: "test@example.org", log }), publicUrl: "http://localhost:3000" }));
    const people = await database.db
      .selectFrom("app_user")
      .where("email", "in", ["lid@demo.nl", "kwartiermaker@demo.nl", "expert@demo.nl"])
      .select(["id", "email"])
      .execute();
    expect(people).toHaveLength(3);

    for (const day of ["2030-03-01", "2030-03-02", "2030-03-03"]) {
      await notifyPeople(database.db, people.map((p) => p.id), {
        regionId,
        kind: "dependency.proposed",
        subjectId: people[0]!.id,
        data: { fromTitle: `Kaart ${day}`, toTitle: "Werkagendapunt", byName: "Bea" },
        link: "/afhankelijkheden",
      });
      const before = new Date(Date.now() - 1000);
      const results = await Promise.all(instances.map((deps) => sendDailyDigest(deps, { regionId, day })));
      expect(results.filter((r) => r.claimed)).toHaveLength(1);

      const mails = await database.db.selectFrom("outbox_email").where("created_at", ">=", before).where("body", "like", `%Kaart ${day}%`).select("to_address").execute();
      expect(mails.map((m) => m.to_address).sort()).toEqual(people.map((p) => p.email).sort());
      const runs = await database.db.selectFrom("digest_run").where("day", "=", day).selectAll().execute();
      expect(runs).toHaveLength(1);
    }
  });
});
