import type { Node as PmNode, Schema } from "@tiptap/pm/model";
import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";

// Anchors of comment threads: a passage of the agenda text held as two Yjs relative positions
// in the document's Y.XmlFragment, so it moves with the text when people type before it or
// inside it (https://docs.yjs.dev/api/relative-positions). Pure and isomorphic: the browser
// makes anchors from the editor's selection and draws highlights from them; the server checks
// them and tells which passages still exist.
//
// Positions are ProseMirror positions (what the editor's selection uses), computed from the Y
// structure itself: an XmlText counts its characters, an XmlElement 2 plus its content (a leaf
// node such as a status chip counts 1). That is how y-prosemirror maps the two, so we need no
// editor binding, and a frozen version's Yjs state (same document, same item ids) works too.
//
// The start associates with the passage's first character, the end with its last one: text
// typed right before or right after the passage stays outside it, text typed inside it becomes
// part of it. Deleting part of the passage shrinks it. A passage is *detached* when a boundary
// no longer resolves (its paragraph was removed, or it points at text this document never had)
// or when no text of it is left.

/** A passage as ProseMirror positions: `from` < `to`. */
export interface PassageRange {
  from: number;
  to: number;
}

/** A passage's anchor: the two relative positions, as Y.encodeRelativePosition writes them. */
export interface EncodedAnchor {
  start: Uint8Array;
  end: Uint8Array;
}

/** Whether a node type of the editor schema has no content (counts as 1 position). */
export type IsLeaf = (nodeName: string) => boolean;

/** The leaf test for a ProseMirror schema (status chips, hard breaks, horizontal rules). */
export function leafTestOf(schema: Schema): IsLeaf {
  return (name) => schema.nodes[name]?.isLeaf ?? false;
}

/** The longest encoded relative position we accept (real ones are 5 to 20 bytes). */
export const MAX_ANCHOR_BYTES = 64;

type XmlChild = Y.XmlElement | Y.XmlText;
type XmlParent = Y.XmlFragment | Y.XmlElement;

/** Sizes of elements, measured once per call (the document does not change during it). */
class Measure {
  private readonly sizes = new Map<Y.XmlElement, number>();
  constructor(
    readonly fragment: Y.XmlFragment,
    private readonly isLeaf: IsLeaf,
  ) {}

  sizeOf(node: XmlChild): number {
    if (node instanceof Y.XmlText) return node.length;
    let size = this.sizes.get(node);
    if (size === undefined) {
      size = this.isLeaf(node.nodeName) ? 1 : 2 + this.contentSize(node, Infinity);
      this.sizes.set(node, size);
    }
    return size;
  }

  /** The size of the first `count` children of `parent`. */
  contentSize(parent: XmlParent, count: number): number {
    let size = 0;
    const children = parent.toArray() as XmlChild[];
    for (let i = 0; i < children.length && i < count; i++) size += this.sizeOf(children[i]!);
    return size;
  }

  /** Where the node starts, or null when it is not (or no longer) inside the fragment. */
  startOf(node: XmlChild): number | null {
    const parent = parentOf(node);
    if (!parent) return null;
    const contentStart = this.contentStartOf(parent);
    if (contentStart === null) return null;
    let offset = 0;
    for (const sibling of parent.toArray() as XmlChild[]) {
      if (sibling === node) return contentStart + offset;
      offset += this.sizeOf(sibling);
    }
    return null;
  }

  contentStartOf(node: XmlParent): number | null {
    if (node === this.fragment) return 0;
    if (!(node instanceof Y.XmlElement)) return null;
    const start = this.startOf(node);
    return start === null ? null : start + 1;
  }
}

/** The live parent of a type, or null when it (or the item holding it) was deleted. */
function parentOf(node: XmlChild | XmlParent): XmlParent | null {
  const item = node._item;
  if (!item || item.deleted) return null;
  const parent = item.parent;
  return parent instanceof Y.XmlFragment || parent instanceof Y.XmlElement ? parent : null;
}

/**
 * The Yjs (type, index) of a position. At a boundary between a text and the node after it,
 * `preferLeft` keeps the position at the end of the text (for a passage's end) instead of
 * moving it before the next node (for a passage's start).
 */
function locate(measure: Measure, parent: XmlParent, pos: number, preferLeft: boolean): { type: XmlParent | Y.XmlText; index: number } | null {
  const children = parent.toArray() as XmlChild[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child instanceof Y.XmlText) {
      const length = child.length;
      if (pos < length || (preferLeft && pos === length)) return { type: child, index: pos };
      pos -= length;
      continue;
    }
    if (pos === 0) return { type: parent, index: i };
    const size = measure.sizeOf(child);
    if (pos < size) return locate(measure, child, pos - 1, preferLeft);
    pos -= size;
  }
  return pos === 0 ? { type: parent, index: children.length } : null;
}

/**
 * The anchor of a passage of the fragment's current text. Throws a RangeError for an empty
 * range or one outside the text.
 */
export function createAnchor(fragment: Y.XmlFragment, range: PassageRange, isLeaf: IsLeaf): EncodedAnchor {
  if (!(range.from < range.to) || range.from < 0) throw new RangeError("A passage needs from < to");
  const measure = new Measure(fragment, isLeaf);
  const start = locate(measure, fragment, range.from, false);
  const end = locate(measure, fragment, range.to, true);
  if (!start || !end) throw new RangeError("The passage lies outside the text");
  return {
    start: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(start.type, start.index, 0)),
    end: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(end.type, end.index, -1)),
  };
}

/**
 * A relative position from its encoded bytes, or null when the bytes are not exactly one
 * well-formed relative position (anything else a client might send).
 */
export function decodeAnchorPosition(bytes: Uint8Array): Y.RelativePosition | null {
  if (bytes.length === 0 || bytes.length > MAX_ANCHOR_BYTES) return null;
  try {
    const position = Y.decodeRelativePosition(bytes);
    const reencoded = Y.encodeRelativePosition(position);
    if (reencoded.length !== bytes.length || reencoded.some((byte, i) => byte !== bytes[i])) return null;
    if (position.item === null && position.type === null && position.tname === null) return null;
    return position;
  } catch {
    return null;
  }
}

/** Whether a relative position belongs to the fragment's root name (when it names one at all). */
export function namesOtherRoot(position: Y.RelativePosition, fragmentName: string): boolean {
  return position.tname !== null && position.tname !== fragmentName;
}

/**
 * Whether the document has every item the position points at. Positions made in a browser
 * whose edits have not reached this copy yet point at items it does not know (yet).
 */
export function isKnownIn(doc: Y.Doc, position: Y.RelativePosition): boolean {
  const id = position.item ?? position.type;
  if (!id) return true;
  return Y.getState(doc.store, id.client) > id.clock;
}

/** Resolves one position to a ProseMirror position inside the fragment, or null. */
function resolvePosition(measure: Measure, position: Y.RelativePosition): number | null {
  const doc = measure.fragment.doc;
  if (!doc) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute) return null;
  const type = absolute.type;
  if (type instanceof Y.XmlText) {
    const start = measure.startOf(type);
    return start === null ? null : start + Math.min(absolute.index, type.length);
  }
  if (type !== measure.fragment && !(type instanceof Y.XmlElement)) return null;
  const contentStart = measure.contentStartOf(type as XmlParent);
  return contentStart === null ? null : contentStart + measure.contentSize(type as XmlParent, absolute.index);
}

/** A decoded anchor: both positions, or null for a thread made without one. */
export interface Anchor {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/**
 * Where each anchored passage is in the fragment's current text, or null when it is detached
 * (a boundary does not resolve, or nothing of the passage is left).
 */
export function resolveAnchors(fragment: Y.XmlFragment, anchors: ReadonlyArray<Anchor | null>, isLeaf: IsLeaf): Array<PassageRange | null> {
  const measure = new Measure(fragment, isLeaf);
  return anchors.map((anchor) => {
    if (!anchor) return null;
    const from = resolvePosition(measure, anchor.start);
    const to = resolvePosition(measure, anchor.end);
    return from !== null && to !== null && from < to ? { from, to } : null;
  });
}

/** One anchor's passage, or null when it is detached. */
export function resolveAnchor(fragment: Y.XmlFragment, anchor: Anchor, isLeaf: IsLeaf): PassageRange | null {
  return resolveAnchors(fragment, [anchor], isLeaf)[0]!;
}

/** Decodes a stored anchor (bytes from the database or base64 from the API); null when malformed. */
export function decodeAnchor(start: Uint8Array | null, end: Uint8Array | null): Anchor | null {
  if (!start || !end) return null;
  const a = decodeAnchorPosition(start);
  const b = decodeAnchorPosition(end);
  return a && b ? { start: a, end: b } : null;
}

/** The longest quote a thread keeps (the database allows 2000 characters). */
export const MAX_QUOTE_LENGTH = 2000;

/**
 * The text of a passage as people read it: blocks on their own line, a status chip as its
 * label, spaces collapsed; cut off with "…" past `max` characters.
 */
export function passageText(doc: PmNode, range: PassageRange, max = MAX_QUOTE_LENGTH): string {
  const from = Math.max(0, Math.min(range.from, doc.content.size));
  const to = Math.max(from, Math.min(range.to, doc.content.size));
  const text = doc
    .textBetween(from, to, "\n", (node) => (node.type.name === "hardBreak" ? "\n" : node.attrs.label ? `[${String(node.attrs.label)}]` : ""))
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Bytes as base64 (how anchors travel in JSON). */
export function anchorToBase64(bytes: Uint8Array): string {
  return toBase64(bytes);
}

/** Base64 to bytes, or null when the text is not base64. */
export function anchorFromBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    return fromBase64(text);
  } catch {
    return null;
  }
}
