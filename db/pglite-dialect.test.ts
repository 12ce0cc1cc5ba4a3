import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGliteDialect } from "./pglite-dialect";

interface Db {
  item: { id: number; label: string };
}

// The embedded driver's two promises: row counts are reported, and a transaction owns the
// single connection so nobody else's query lands inside it.
describe("PGliteDialect", () => {
  let pglite: PGlite;
  let db: Kysely<Db>;
  beforeAll(async () => {
    pglite = new PGlite();
    db = new Kysely<Db>({ dialect: new PGliteDialect(pglite) });
    await sql`create table item (id integer primary key, label text not null)`.execute(db);
  });
  afterAll(async () => {
    await db.destroy();
    await pglite.close();
  });

  it("reports how many rows an insert, update and delete touched", async () => {
    const inserted = await db
      .insertInto("item")
      .values([1, 2, 3].map((id) => ({ id, label: "a" })))
      .executeTakeFirstOrThrow();
    expect(inserted.numInsertedOrUpdatedRows).toBe(3n);
    const updated = await db.updateTable("item").set({ label: "b" }).where("id", "<=", 2).executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(2n);
    const none = await db.updateTable("item").set({ label: "c" }).where("id", "=", 99).executeTakeFirstOrThrow();
    expect(none.numUpdatedRows).toBe(0n);
    const deleted = await db.deleteFrom("item").executeTakeFirstOrThrow();
    expect(deleted.numDeletedRows).toBe(3n);
  });

  it("keeps a concurrent query out of an open transaction, so a rollback cannot take it along", async () => {
    let outside: Promise<unknown> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("item").values({ id: 10, label: "inside" }).execute();
        // Issued while the transaction is open: it must wait for the connection.
        outside = db.insertInto("item").values({ id: 11, label: "outside" }).execute();
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await outside;
    const labels = (await db.selectFrom("item").select("label").execute()).map((r) => r.label);
    expect(labels).toEqual(["outside"]);
  });

  it("serves waiting queries in order after a commit", async () => {
    await db.deleteFrom("item").execute();
    const order: string[] = [];
    const trx = db.transaction().execute(async (t) => {
      await t.insertInto("item").values({ id: 20, label: "first" }).execute();
      order.push("trx");
    });
    const after = db
      .selectFrom("item")
      .select("label")
      .execute()
      .then((rows) => order.push(`read:${rows.map((r) => r.label).join(",")}`));
    await Promise.all([trx, after]);
    expect(order).toEqual(["trx", "read:first"]);
  });

  it("rolls back to a savepoint inside a transaction", async () => {
    await db.deleteFrom("item").execute();
    const trx = await db.startTransaction().execute();
    await trx.insertInto("item").values({ id: 30, label: "kept" }).execute();
    const nested = await trx.savepoint("inner").execute();
    await nested.insertInto("item").values({ id: 31, label: "dropped" }).execute();
    await nested.rollbackToSavepoint("inner").execute();
    await trx.commit().execute();
    expect((await db.selectFrom("item").select("label").execute()).map((r) => r.label)).toEqual(["kept"]);
  });
});
