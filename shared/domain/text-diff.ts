import { diffArrays, diffWordsWithSpace, type Change } from "diff";

// What changed between two rendered agenda texts (shared/agenda/render-text.ts): word by word
// for the inline view, line by line for the side-by-side view. Pure, so the browser could
// compute it too; the server does it once and sends the result.

export type DiffKind = "same" | "inserted" | "deleted";

export interface DiffChunk {
  kind: DiffKind;
  text: string;
}

export interface TextDiff {
  /** The text of both sides in order; deleted chunks come before the inserted text that replaces them. */
  chunks: DiffChunk[];
  insertedWords: number;
  deletedWords: number;
}

export type SideBySideKind = "same" | "changed" | "inserted" | "deleted";

/** One row of the side-by-side view: a line of the old text next to a line of the new one. */
export interface SideBySideRow {
  kind: SideBySideKind;
  /** The old line (same and deleted chunks); null when the line is new. */
  left: DiffChunk[] | null;
  /** The new line (same and inserted chunks); null when the line was removed. */
  right: DiffChunk[] | null;
}

/**
 * Beyond this many changed tokens (words, spaces, punctuation) a word diff costs too much time
 * on the server (Myers' algorithm is O(size x edits)); two texts that different are compared
 * line by line instead, which people read just as well when almost everything changed.
 */
export const MAX_WORD_EDITS = 2000;

/** A word-level diff of two texts, with the number of words inserted and deleted. */
export function diffTexts(from: string, to: string): TextDiff {
  const changes = diffWordsWithSpace(from, to, { maxEditLength: MAX_WORD_EDITS }) ?? diffByLines(from, to);
  const chunks = mergeChunks(changes.map(toChunk));
  return {
    chunks,
    insertedWords: countWords(chunks, "inserted"),
    deletedWords: countWords(chunks, "deleted"),
  };
}

/**
 * The two texts as rows side by side. Blank lines (between paragraphs) are left out; a block
 * of removed lines followed by a block of added lines is paired line by line into "changed"
 * rows, each with its own word diff, and whatever is left over is deleted or inserted.
 */
export function diffTextLines(from: string, to: string): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) rows.push(changedRow(removed[i]!, added[i]!));
    for (const line of removed.slice(paired)) rows.push({ kind: "deleted", left: [{ kind: "deleted", text: line }], right: null });
    for (const line of added.slice(paired)) rows.push({ kind: "inserted", left: null, right: [{ kind: "inserted", text: line }] });
    removed = [];
    added = [];
  };
  for (const change of diffArrays(contentLines(from), contentLines(to))) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      for (const line of change.value) rows.push({ kind: "same", left: [{ kind: "same", text: line }], right: [{ kind: "same", text: line }] });
    }
  }
  flush();
  return rows;
}

/** How many words a text has (letters and digits; "thema's" and "e-health" count once). */
export function countWordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function changedRow(before: string, after: string): SideBySideRow {
  const { chunks } = diffTexts(before, after);
  return {
    kind: "changed",
    left: mergeChunks(chunks.filter((chunk) => chunk.kind !== "inserted")),
    right: mergeChunks(chunks.filter((chunk) => chunk.kind !== "deleted")),
  };
}

function contentLines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}

/** The fallback for very different texts: whole lines, as change objects like the word diff's. */
function diffByLines(from: string, to: string): Change[] {
  const split = (text: string) => (text === "" ? [] : text.split(/(?<=\n)/));
  return diffArrays(split(from), split(to)).map((change) => ({ ...change, value: change.value.join("") }));
}

function toChunk(change: Change): DiffChunk {
  return { kind: change.added ? "inserted" : change.removed ? "deleted" : "same", text: change.value };
}

/** Neighbouring chunks of one kind become one, and empty chunks go. */
function mergeChunks(chunks: DiffChunk[]): DiffChunk[] {
  const merged: DiffChunk[] = [];
  for (const chunk of chunks) {
    if (chunk.text === "") continue;
    const last = merged.at(-1);
    if (last && last.kind === chunk.kind) last.text += chunk.text;
    else merged.push({ ...chunk });
  }
  return merged;
}

function countWords(chunks: readonly DiffChunk[], kind: DiffKind): number {
  return chunks.filter((chunk) => chunk.kind === kind).reduce((sum, chunk) => sum + countWordsIn(chunk.text), 0);
}
