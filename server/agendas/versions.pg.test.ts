import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "../../db/connect";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { renderAgendaText } from "../../shared/agenda/render-text";
import { stateToDocument, updateToDocument } from "../../shared/agenda/document";
import { appendUpdates, compactDocument, loadDocumentState } from "../collab/collab.repository";
import { freezeVersionInTransaction } from "./versions.service";
import * as repo from "./versions.repository";

// What only a PostgreSQL server shows: real concurrency between connections. (PGlite runs one
// statement at a time, so there these races cannot happen.)

describe("freezing versions on PostgreSQL", () => {
  let database: TestDatabase;
  let second: AppDatabase;
  let agendaId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const name = (await database.db.selectNoFrom((eb) => eb.fn<string>("current_database", []).as("name")).executeTakeFirstOrThrow()).name;
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    // A second pool, as a second server instance would have.
    second = await openDatabase({ databaseUrl: url.href });
    const row = await database.db.selectFrom("agenda as a").innerJoin("working_group as g", "g.id", "a.working_group_id").where("g.slug", "=", "sterke-wijken").select("a.id").executeTakeFirstOrThrow();
    agendaId = row.id;
  });
  afterAll(async () => {
    await second?.close();
    await database?.destroy();
  });

  async function type(text: string) {
    const state = await loadDocumentState(database.db, agendaId);
    const document = stateToDocument(state);
    document.content.push({ type: "paragraph", content: [{ type: "text", text }] });
    await appendUpdates(database.db, [{ agendaId, update: updateToDocument(state, document), authorId: null, receivedAt: Date.now() }]);
  }

  it("gives concurrent freezes from two instances consecutive numbers", async () => {
    const freeze = (db: AppDatabase["db"], i: number) =>
      db.transaction().execute((trx) => freezeVersionInTransaction(trx, { agendaId, name: `Tegelijk ${i}`, reason: "manual", authorId: null }));
    const frozen = await Promise.all(Array.from({ length: 10 }, (_, i) => freeze(i % 2 ? second.db : database.db, i)));
    const numbers = frozen.map((v) => v.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => numbers[0]! + i));
  });

  it("keeps compaction out while a version reads the document, so no logged edit is lost", async () => {
    await type("Getypt voor de compactie.");
    let compacted = false;
    const version = await database.db.transaction().execute(async (trx) => {
      await repo.lockAgenda(trx, agendaId);
      await repo.holdSnapshotAgainstCompaction(trx, agendaId);
      // Another instance compacts meanwhile: it must wait until this transaction ends.
      const compaction = compactDocument(second.db, agendaId).then((n) => {
        compacted = true;
        return n;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(compacted).toBe(false);
      const state = await loadDocumentState(trx, agendaId);
      return { text: renderAgendaText(state), compaction };
    });
    expect(version.text).toContain("Getypt voor de compactie.");
    expect(await version.compaction).toBeGreaterThan(0);
    expect(renderAgendaText(await loadDocumentState(database.db, agendaId))).toBe(version.text);
  });

  it("does not hold up the collab server's writes to the update log while freezing", async () => {
    await database.db.transaction().execute(async (trx) => {
      await repo.lockAgenda(trx, agendaId);
      // The collab server's flush on another connection inserts while the agenda row is locked.
      const write = appendUpdates(second.db, [{ agendaId, update: new Uint8Array([0, 0]), authorId: null, receivedAt: Date.now() }]).then(() => "written");
      const timeout = new Promise((resolve) => setTimeout(() => resolve("waiting"), 1000));
      expect(await Promise.race([write, timeout])).toBe("written");
    });
  });
});
