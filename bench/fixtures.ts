import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import * as Y from "yjs";
import { AGENDA_FRAGMENT } from "../shared/agenda/editor-schema";
import { seededRandom } from "../shared/seeded-random";
import { cacheDir } from "./databases";

// Fixtures that take long to build, built once and cached under bench/.cache/ (git ignores it).

const FIXTURE_VERSION = "2";
/** Histories longer than this are built as independent parts that merge (see below). */
const PART_OPERATIONS = 250_000;

const words = "de het een werkgroep regio zorg gezondheid inwoners samen plan agenda afspraak uitvoering wijk preventie mantelzorg huisarts gemeente".split(" ");

/**
 * An agenda's state after a realistic editing history: `operations` keystrokes, each its own
 * transaction (as the editor sends them), by a new author (client id) every few thousand:
 * typing words, backspacing (about a quarter), new paragraphs, jumping to another place.
 */
export function buildEditingHistory(operations: number, seed = 1): { state: Uint8Array; characters: number } {
  const random = seededRandom(seed);
  const doc = new Y.Doc({ gc: true });
  const fragment = doc.getXmlFragment(AGENDA_FRAGMENT);
  const paragraphs: Y.XmlText[] = [];
  const newParagraph = (at: number) => {
    const text = new Y.XmlText();
    const element = new Y.XmlElement("paragraph");
    element.insert(0, [text]);
    fragment.insert(at, [element]);
    paragraphs.splice(at, 0, text);
    return text;
  };
  doc.transact(() => newParagraph(0));
  let current = 0;
  let cursor = 0;
  let pending = "";
  for (let op = 0; op < operations; op++) {
    if (op % 5000 === 0) doc.clientID = 1 + Math.floor(random() * 2 ** 30);
    const text = paragraphs[current]!;
    const roll = random();
    if (roll < 0.002) {
      current = Math.floor(random() * paragraphs.length);
      cursor = Math.floor(random() * (paragraphs[current]!.length + 1));
    } else if (roll < 0.006) {
      doc.transact(() => newParagraph(current + 1));
      current += 1;
      cursor = 0;
    } else if (roll < 0.28 && cursor > 0) {
      doc.transact(() => text.delete(cursor - 1, 1));
      cursor -= 1;
    } else {
      if (pending.length === 0) pending = `${words[Math.floor(random() * words.length)]} `;
      const char = pending[0]!;
      pending = pending.slice(1);
      doc.transact(() => text.insert(cursor, char));
      cursor += 1;
    }
  }
  const characters = paragraphs.reduce((n, p) => n + p.length, 0);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { state, characters };
}

/** The cached fixture, building it on first use. */
export async function editingHistoryFixture(operations: number): Promise<{ state: Uint8Array; characters: number; builtMs: number | null }> {
  const key = createHash("sha1").update(`${FIXTURE_VERSION}:${operations}`).digest("hex").slice(0, 10);
  const file = path.join(cacheDir, `agenda-${operations}-${key}.bin`);
  try {
    const bytes = await readFile(file);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
    const characters = countCharacters(doc);
    doc.destroy();
    return { state: new Uint8Array(bytes), characters, builtMs: null };
  } catch {
    const start = performance.now();
    const built = buildLongHistory(operations);
    const builtMs = performance.now() - start;
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, built.state);
    return { ...built, builtMs };
  }
}

/**
 * One history of many parts, as if sections had been written separately and then come
 * together: each part is its own history (other authors), and all of them merge into one
 * document (Yjs orders the concurrent sections; each keeps its own order). Building one
 * 2.5M-operation history in a single document takes minutes; this takes seconds per part.
 */
function buildLongHistory(operations: number): { state: Uint8Array; characters: number } {
  if (operations <= PART_OPERATIONS) return buildEditingHistory(operations);
  const doc = new Y.Doc({ gc: true });
  for (let part = 0; part * PART_OPERATIONS < operations; part++) {
    Y.applyUpdate(doc, buildEditingHistory(Math.min(PART_OPERATIONS, operations - part * PART_OPERATIONS), part + 1).state);
  }
  const result = { state: Y.encodeStateAsUpdate(doc), characters: countCharacters(doc) };
  doc.destroy();
  return result;
}

export function countCharacters(doc: Y.Doc): number {
  let n = 0;
  for (const node of doc.getXmlFragment(AGENDA_FRAGMENT).toArray()) {
    if (node instanceof Y.XmlElement && node.firstChild instanceof Y.XmlText) n += node.firstChild.length;
  }
  return n;
}
