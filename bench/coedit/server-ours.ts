import type { Kysely, KyselyPlugin } from "kysely";
import * as Y from "yjs";
import type { Database } from "../../db/schema";
import { loadDocumentState } from "../../server/collab/collab.repository";
import { createInProcessFanoutHub, createPostgresFanout, type CollabFanout } from "../../server/collab/fanout";
import { groupAgendaId, signIn, startCollabTestServer } from "../../server/collab/test-harness";
import { createBenchDatabase } from "../databases";
import type { ServerConfig } from "./ipc";
import { reply, serve } from "./server-process";
import { countTyped } from "./typing-doc";

// Our sync server (server/collab) in a process of its own, for the co-editing bench. The
// clients sign in for real (a session per writer, checked by the production door), and the
// broadcast and persistence paths are the production ones. "ours" stores nothing (its writer
// hands batches to a fan-out that drops them), for a like-for-like comparison with
// Hocuspocus without an extension; "ours-persist" writes through the real fan-out.

const GROUP = "gezond-ouder-worden";
const config = JSON.parse(process.env.BENCH_SERVER ?? "{}") as ServerConfig;

async function main() {
  const database = await createBenchDatabase(config.database);
  const db = database.db;
  const writers = await createWriters(db, config.writers);
  const agendaId = await groupAgendaId(database, GROUP, writers[0]!);

  // Counts the statements the persistence path sends (round trips per batch).
  let statements = 0;
  let batches = 0;
  const counting: KyselyPlugin = {
    transformQuery: (args) => {
      statements++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const countedDb = db.withPlugin(counting);
  let fanout: CollabFanout;
  if (config.kind === "ours") fanout = discardingFanout();
  else if (database.url) fanout = await createPostgresFanout({ db: countedDb, databaseUrl: database.url });
  else fanout = createInProcessFanoutHub(countedDb).join();
  const write = fanout.writeBatch.bind(fanout);
  fanout.writeBatch = (batch) => {
    batches++;
    return write(batch);
  };

  const server = await startCollabTestServer(database, { fanout });
  const rowsNow = async () => {
    const log = await db.selectFrom("collab_update").where("agenda_id", "=", agendaId).select(db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    const snapshot = await db.selectFrom("collab_snapshot").where("agenda_id", "=", agendaId).select("merged_updates").executeTakeFirst();
    return Number(log.n) + Number(snapshot?.merged_updates ?? 0);
  };
  let rowsAtMark = await rowsNow();
  let statementsAtMark = 0;
  let batchesAtMark = 0;
  const onMark = async () => {
    await server.collab.flush();
    server.collab.takeLagSamples();
    rowsAtMark = await rowsNow();
    statementsAtMark = statements;
    batchesAtMark = batches;
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
    await database.destroy();
  };
  serve(async (request) => {
    if (request.type === "persistence") {
      await server.collab.flush();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await loadDocumentState(db, agendaId));
      return {
        type: "persistence",
        lagMs: server.collab.takeLagSamples(),
        batches: batches - batchesAtMark,
        statements: statements - statementsAtMark,
        rows: (await rowsNow()) - rowsAtMark,
        storedChars: countTyped(doc, request.tag),
      };
    }
    if (request.type === "make-docs") return { type: "docs", names: await makeDocuments(db, writers.slice(0, 2), request.count) };
    return null;
  }, stop, onMark);
  reply({ type: "ready", wsUrl: server.wsUrl, docName: agendaId, cookies: writers.map((w) => w.cookie) });
}

/** Bench writers: members of one werkgroep, each with a real session. */
async function createWriters(db: Kysely<Database>, count: number) {
  const region = await db.selectFrom("region").select("id").executeTakeFirstOrThrow();
  const group = await db.selectFrom("working_group").where("slug", "=", GROUP).select("id").executeTakeFirstOrThrow();
  const users = await db
    .insertInto("app_user")
    .values(Array.from({ length: Math.max(1, count) }, (_, i) => ({ region_id: region.id, email: `schrijver${i}@bench.invalid`, name: `Schrijver ${i}`, password_hash: null, deactivated_at: null })))
    .returning(["id", "email"])
    .execute();
  await db
    .insertInto("role_assignment")
    .values(users.map((u) => ({ user_id: u.id, region_id: region.id, role: "group_member" as const, working_group_id: group.id, foundation_id: null })))
    .execute();
  const signedIn = [];
  for (const user of users) signedIn.push(await signIn({ db, kind: "embedded", location: "bench", close: async () => {} }, user.email));
  return signedIn;
}

/** Many small werkgroepen, each with an (empty) agenda the two first writers may edit. */
async function makeDocuments(db: Kysely<Database>, writers: Array<{ identity: { id: string } }>, count: number): Promise<string[]> {
  const region = await db.selectFrom("region").select("id").executeTakeFirstOrThrow();
  const stamp = Date.now().toString(36);
  const groups = await db
    .insertInto("working_group")
    .values(Array.from({ length: count }, (_, i) => ({ region_id: region.id, slug: `bench-${stamp}-${i}`, name: `Bench ${i}`, description: "", position: 1000 + i })))
    .returning("id")
    .execute();
  await db
    .insertInto("role_assignment")
    .values(groups.flatMap((g) => writers.map((w) => ({ user_id: w.identity.id, region_id: region.id, role: "group_member" as const, working_group_id: g.id, foundation_id: null }))))
    .execute();
  const agendas = await db
    .insertInto("agenda")
    .values(groups.map((g) => ({ region_id: region.id, kind: "transformatieagenda" as const, working_group_id: g.id, foundation_id: null, created_by: null, deadline: null, adopted_version_id: null, adoption_date: null, adoption_reference: null })))
    .returning("id")
    .execute();
  return agendas.map((a) => a.id);
}

/** Persistence off: batches are accepted and dropped (the writer's own path still runs). */
function discardingFanout(): CollabFanout {
  return {
    instanceId: "bench",
    writeBatch: async () => [],
    publishAwareness() {},
    subscribe: () => () => {},
    onResync() {},
    close: async () => {},
  };
}

main().catch((error: unknown) => {
  reply({ type: "error", message: String((error as Error)?.stack ?? error) });
  process.exit(1);
});
