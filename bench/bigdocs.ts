import type { Kysely } from "kysely";
import * as Y from "yjs";
import type { Database } from "../db/schema";
import { appendUpdates, compactDocument, insertInitialSnapshot, readStoredDocument } from "../server/collab/collab.repository";
import { SharedDocument } from "../server/collab/document";
import { AGENDA_FRAGMENT } from "../shared/agenda/editor-schema";
import { benchDatabaseKinds, createBenchDatabase, skippedNoDatabaseUrl } from "./databases";
import { editingHistoryFixture } from "./fixtures";
import { failedScenario, fmt, info, judged, skipped, type Line } from "./report";
import { percentile, round } from "./stats";

// Big documents: the server time of a cold load (the document is not in memory: read the
// snapshot and log in one statement, open it as the collab server does, encode the first sync
// for a new client), of building its text in memory (which the server does right after that
// first answer), and of compacting a full log (the 1000 updates past which the server
// compacts) into the snapshot.

const SECTION = "big documents";
const LOG_UPDATES = 1000;

export async function benchBigDocuments(options: { sizes: number[]; runs: number }, raw: Record<string, unknown>): Promise<Line[]> {
  const lines: Line[] = [];
  const fixtures = [];
  for (const operations of options.sizes) {
    const fixture = await editingHistoryFixture(operations);
    fixtures.push({ operations, ...fixture });
    lines.push(info(SECTION, `fixture: ${operations.toLocaleString("en")} operations`, `${fixture.characters.toLocaleString("en")} characters, ${round(fixture.state.length / 1024, 0)} KB state${fixture.builtMs === null ? " (cached)" : `, built in ${fmt.ms(fixture.builtMs)}`}`));
  }
  for (const kind of benchDatabaseKinds()) {
    let database;
    try {
      database = await createBenchDatabase(kind);
      for (const fixture of fixtures) {
        const agendaId = await createEmptyAgenda(database.db, `big-${fixture.operations}`);
        await insertInitialSnapshot(database.db, agendaId, fixture.state);
        const small = fixture === fixtures[0];
        // The large document takes seconds per load: fewer runs keep the bench within budget.
        // Timed by hand: the first sync and the build that follows it are reported apart.
        const cold: number[] = [];
        const builds: number[] = [];
        const runs = small ? options.runs : Math.min(2, options.runs);
        for (let run = -1; run < runs; run++) {
          const start = performance.now();
          const shared = new SharedDocument(agendaId, await readStoredDocument(database.db, agendaId), noHooks);
          shared.encodeSyncStep2(Y.encodeStateVector(new Y.Doc()));
          const answered = performance.now();
          shared.build();
          // The first run warms up.
          if (run >= 0) {
            cold.push(answered - start);
            builds.push(performance.now() - answered);
          }
          shared.destroy();
        }
        cold.sort((a, b) => a - b);
        builds.sort((a, b) => a - b);
        const text = `p50 ${fmt.ms(percentile(cold, 50))} max ${fmt.ms(percentile(cold, 100))} (${cold.length} runs)`;
        const scenario = `cold load, ${fixture.characters.toLocaleString("en")} characters (${kind})`;
        lines.push(small ? judged(SECTION, scenario, text, "< 100 ms", percentile(cold, 50) < 100, cold) : info(SECTION, scenario, text, cold));
        lines.push(info(SECTION, `building the text in memory after the first sync, ${fixture.characters.toLocaleString("en")} characters (${kind})`, `p50 ${fmt.ms(percentile(builds, 50))}`, builds));

        await appendTyping(database.db, agendaId, fixture.state, LOG_UPDATES);
        const start = performance.now();
        const merged = await compactDocument(database.db, agendaId);
        const compactMs = performance.now() - start;
        lines.push(info(SECTION, `compaction of ${merged} logged updates into the snapshot, ${fixture.characters.toLocaleString("en")} characters (${kind})`, fmt.ms(compactMs)));
        raw[`bigdoc-${kind}-${fixture.operations}`] = { cold, compactMs, merged };
      }
    } catch (error) {
      lines.push(failedScenario(SECTION, `big documents (${kind})`, error));
    } finally {
      await database?.destroy();
    }
  }
  if (!process.env.DATABASE_URL) lines.push(skipped(SECTION, "cold load and compaction (postgres)", skippedNoDatabaseUrl));
  return lines;
}

const noHooks = { onClientUpdate() {}, onLocalAwareness() {} };

/** A werkgroep of its own with an empty agenda. */
export async function createEmptyAgenda(db: Kysely<Database>, slug: string): Promise<string> {
  const region = await db.selectFrom("region").select("id").executeTakeFirstOrThrow();
  const group = await db.insertInto("working_group").values({ region_id: region.id, slug, name: slug, description: "", position: 900 }).returning("id").executeTakeFirstOrThrow();
  const agenda = await db
    .insertInto("agenda")
    .values({ region_id: region.id, kind: "transformatieagenda", working_group_id: group.id, foundation_id: null, created_by: null, deadline: null, adopted_version_id: null, adoption_date: null, adoption_reference: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return agenda.id;
}

/** Logs `count` one-keystroke updates on top of the state, as the writer stores them. */
async function appendTyping(db: Kysely<Database>, agendaId: string, state: Uint8Array, count: number) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const paragraph = doc.getXmlFragment(AGENDA_FRAGMENT).get(0) as Y.XmlElement;
  const text = paragraph.firstChild as Y.XmlText;
  for (let i = 0; i < count; i++) doc.transact(() => text.insert(text.length, "x"));
  doc.destroy();
  for (let i = 0; i < updates.length; i += 200) {
    await appendUpdates(db, updates.slice(i, i + 200).map((update) => ({ agendaId, update, authorId: null, receivedAt: Date.now() })));
  }
}
