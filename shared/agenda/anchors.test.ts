import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  anchorFromBase64,
  anchorToBase64,
  createAnchor,
  decodeAnchor,
  decodeAnchorPosition,
  isKnownIn,
  leafTestOf,
  passageText,
  resolveAnchor,
  type PassageRange,
} from "./anchors";
import { documentToState, updateToDocument, type AgendaDocument, type AgendaNode } from "./document";
import { AGENDA_FRAGMENT, agendaSchema } from "./editor-schema";

// Anchors on real Y.Docs: made from a ProseMirror range, edited the way the editor edits (the
// y-prosemirror diff of updateToDocument) and directly through Yjs, then resolved again.

const isLeaf = leafTestOf(agendaSchema());

const text = (value: string): AgendaNode => ({ type: "text", text: value });
const paragraph = (...content: AgendaNode[]): AgendaNode => ({ type: "paragraph", content });
const heading = (value: string, level = 2): AgendaNode => ({ type: "heading", attrs: { level }, content: [text(value)] });
const chip = (label: string): AgendaNode => ({ type: "statusChip", attrs: { kind: "card", refId: "c1", label } });

const startDocument: AgendaDocument = {
  type: "doc",
  content: [
    heading("Valpreventie", 1),
    paragraph(text("Eerst de wijkteams. Daarna de huisartsen in Almere.")),
    paragraph(text("Samen met "), chip("Valpreventie thuis"), text(" en de fysiotherapeuten.")),
    { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("Een punt in een lijst"))] }] },
  ],
};

/** A live Y.Doc holding the document, as the server and each browser have one. */
function docOf(document: AgendaDocument): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, documentToState(document));
  return doc;
}

function fragmentOf(doc: Y.Doc) {
  return doc.getXmlFragment(AGENDA_FRAGMENT);
}

function pmDocOf(doc: Y.Doc) {
  return yXmlFragmentToProseMirrorRootNode(fragmentOf(doc), agendaSchema());
}

/** The range of the first occurrence of `needle` inside one text node of the document. */
function rangeOf(doc: Y.Doc, needle: string): PassageRange {
  let found: PassageRange | null = null;
  pmDocOf(doc).descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const at = node.text!.indexOf(needle);
    if (at >= 0) found = { from: pos + at, to: pos + at + needle.length };
    return false;
  });
  if (!found) throw new Error(`"${needle}" is not in the text`);
  return found;
}

/** Edits the document as the editor would: a y-prosemirror diff from the old text to the new. */
function editAsEditor(doc: Y.Doc, change: (document: AgendaDocument) => AgendaDocument) {
  const current = pmDocOf(doc).toJSON() as AgendaDocument;
  Y.applyUpdate(doc, updateToDocument(Y.encodeStateAsUpdate(doc), change(structuredClone(current))));
}

function replaceText(document: AgendaDocument, from: string, to: string): AgendaDocument {
  return JSON.parse(JSON.stringify(document).replace(from, to)) as AgendaDocument;
}

function resolvedText(doc: Y.Doc, anchor: { start: Uint8Array; end: Uint8Array }) {
  const decoded = decodeAnchor(anchor.start, anchor.end);
  expect(decoded).not.toBeNull();
  const range = resolveAnchor(fragmentOf(doc), decoded!, isLeaf);
  return range ? passageText(pmDocOf(doc), range) : null;
}

describe("anchors of passages", () => {
  it("resolve to exactly the range they were made from, for every range inside a text", () => {
    const doc = docOf(startDocument);
    const pm = pmDocOf(doc);
    const positions: number[] = [];
    pm.descendants((node, pos) => {
      if (node.isText) for (let i = 0; i <= node.text!.length; i++) positions.push(pos + i);
      if (node.isLeaf && !node.isText) positions.push(pos, pos + 1);
    });
    const unique = [...new Set(positions)].sort((a, b) => a - b);
    for (const from of unique) {
      for (const to of unique) {
        if (to <= from) continue;
        const anchor = createAnchor(fragmentOf(doc), { from, to }, isLeaf);
        expect(resolveAnchor(fragmentOf(doc), decodeAnchor(anchor.start, anchor.end)!, isLeaf)).toEqual({ from, to });
      }
    }
  });

  it("resolve across blocks, chips and whole paragraphs", () => {
    const doc = docOf(startDocument);
    const pm = pmDocOf(doc);
    const everything = { from: 0, to: pm.content.size };
    const anchor = createAnchor(fragmentOf(doc), everything, isLeaf);
    expect(resolveAnchor(fragmentOf(doc), decodeAnchor(anchor.start, anchor.end)!, isLeaf)).toEqual(everything);
    expect(resolvedText(doc, anchor)).toBe(
      "Valpreventie\nEerst de wijkteams. Daarna de huisartsen in Almere.\nSamen met [Valpreventie thuis] en de fysiotherapeuten.\nEen punt in een lijst",
    );
  });

  it("stay on their passage when text is typed before it", () => {
    const doc = docOf(startDocument);
    const anchor = createAnchor(fragmentOf(doc), rangeOf(doc, "de huisartsen"), isLeaf);
    editAsEditor(doc, (d) => replaceText(d, "Eerst de wijkteams.", "Eerst de wijkteams en de wijkverpleging, heel belangrijk."));
    editAsEditor(doc, (d) => ({ ...d, content: [paragraph(text("Een nieuwe inleiding.")), ...d.content] }));
    expect(resolvedText(doc, anchor)).toBe("de huisartsen");
  });

  it("keep text typed right before or after the passage outside it, and text typed inside it inside", () => {
    const doc = docOf(startDocument);
    const anchor = createAnchor(fragmentOf(doc), rangeOf(doc, "de huisartsen"), isLeaf);
    // One keystroke at a time, as people type: each is its own edit.
    editAsEditor(doc, (d) => replaceText(d, "Daarna de huisartsen in", "Daarna vooral de huisartsen in"));
    editAsEditor(doc, (d) => replaceText(d, "de huisartsen in", "de huisartsen nu in"));
    expect(pmDocOf(doc).child(1).textContent).toBe("Eerst de wijkteams. Daarna vooral de huisartsen nu in Almere.");
    expect(resolvedText(doc, anchor)).toBe("de huisartsen");
    editAsEditor(doc, (d) => replaceText(d, "de huisartsen", "de drukke huisartsen"));
    expect(resolvedText(doc, anchor)).toBe("de drukke huisartsen");
  });

  it("survive formatting of the passage and edits made directly through Yjs", () => {
    const doc = docOf(startDocument);
    const anchor = createAnchor(fragmentOf(doc), rangeOf(doc, "de wijkteams"), isLeaf);
    const xmlText = (fragmentOf(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    xmlText.format(6, 12, { bold: {} });
    xmlText.insert(0, "Allereerst: ");
    expect(resolvedText(doc, anchor)).toBe("de wijkteams");
    expect(pmDocOf(doc).child(1).textContent).toBe("Allereerst: Eerst de wijkteams. Daarna de huisartsen in Almere.");
  });

  it("shrink when part of the passage is deleted", () => {
    const doc = docOf(startDocument);
    const anchor = createAnchor(fragmentOf(doc), rangeOf(doc, "de huisartsen in Almere"), isLeaf);
    editAsEditor(doc, (d) => replaceText(d, "de huisartsen in Almere", "huisartsen in Almere"));
    expect(resolvedText(doc, anchor)).toBe("huisartsen in Almere");
    editAsEditor(doc, (d) => replaceText(d, "huisartsen in Almere", "huisartsen"));
    expect(resolvedText(doc, anchor)).toBe("huisartsen");
  });

  it("are detached when the passage is deleted", () => {
    const doc = docOf(startDocument);
    const anchor = createAnchor(fragmentOf(doc), rangeOf(doc, "de huisartsen"), isLeaf);
    editAsEditor(doc, (d) => replaceText(d, " Daarna de huisartsen in Almere.", ""));
    expect(resolvedText(doc, anchor)).toBeNull();
    // Typing at the same place later does not bring it back.
    editAsEditor(doc, (d) => replaceText(d, "Eerst de wijkteams.", "Eerst de wijkteams. Daarna de huisartsen."));
    expect(resolvedText(doc, anchor)).toBeNull();
  });

  it("are detached when their whole paragraph is deleted, also after garbage collection", () => {
    const doc = docOf(startDocument);
    const anchor = createAnchor(fragmentOf(doc), rangeOf(doc, "de fysiotherapeuten"), isLeaf);
    editAsEditor(doc, (d) => ({ ...d, content: d.content.filter((_, i) => i !== 2) }));
    expect(resolvedText(doc, anchor)).toBeNull();
    // The server loads the stored state into a fresh (garbage-collecting) Y.Doc.
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    expect(resolvedText(reloaded, anchor)).toBeNull();
  });

  it("made in a frozen copy resolve in the live text, where the passage still exists", () => {
    const live = docOf(startDocument);
    const frozen = new Y.Doc();
    Y.applyUpdate(frozen, Y.encodeStateAsUpdate(live));
    editAsEditor(live, (d) => replaceText(d, "Eerst de wijkteams.", "Eerst en vooral de wijkteams."));
    const kept = createAnchor(fragmentOf(frozen), rangeOf(frozen, "de huisartsen"), isLeaf);
    const gone = createAnchor(fragmentOf(frozen), rangeOf(frozen, "Eerst de"), isLeaf);
    editAsEditor(live, (d) => replaceText(d, "Eerst en vooral de wijkteams.", "Wijkteams."));
    expect(resolvedText(live, kept)).toBe("de huisartsen");
    expect(resolvedText(live, gone)).toBeNull();
  });

  it("point at items a copy does not have yet: unknown there, known once the edit arrives", () => {
    const server = docOf(startDocument);
    const browser = new Y.Doc();
    Y.applyUpdate(browser, Y.encodeStateAsUpdate(server));
    editAsEditor(browser, (d) => ({ ...d, content: [...d.content, paragraph(text("Net getypt."))] }));
    const anchor = createAnchor(fragmentOf(browser), rangeOf(browser, "Net getypt"), isLeaf);
    const decoded = decodeAnchor(anchor.start, anchor.end)!;
    expect(isKnownIn(server, decoded.start)).toBe(false);
    expect(resolvedText(server, anchor)).toBeNull();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(browser, Y.encodeStateVector(server)));
    expect(isKnownIn(server, decoded.start)).toBe(true);
    expect(resolvedText(server, anchor)).toBe("Net getypt");
  });

  it("refuse empty ranges and ranges outside the text", () => {
    const doc = docOf(startDocument);
    const size = pmDocOf(doc).content.size;
    expect(() => createAnchor(fragmentOf(doc), { from: 3, to: 3 }, isLeaf)).toThrow(RangeError);
    expect(() => createAnchor(fragmentOf(doc), { from: 1, to: size + 5 }, isLeaf)).toThrow(RangeError);
  });
});

describe("decoding anchors", () => {
  it("accepts what Yjs encodes and round-trips base64", () => {
    const doc = docOf(startDocument);
    const anchor = createAnchor(fragmentOf(doc), rangeOf(doc, "Almere"), isLeaf);
    const back = anchorFromBase64(anchorToBase64(anchor.start));
    expect(back).toEqual(anchor.start);
    expect(decodeAnchorPosition(back!)).not.toBeNull();
  });

  it("refuses bytes that are not one relative position", () => {
    const doc = docOf(startDocument);
    const valid = createAnchor(fragmentOf(doc), rangeOf(doc, "Almere"), isLeaf).start;
    expect(decodeAnchorPosition(new Uint8Array())).toBeNull();
    expect(decodeAnchorPosition(new Uint8Array([7, 1, 2]))).toBeNull();
    expect(decodeAnchorPosition(new Uint8Array([0]))).toBeNull();
    expect(decodeAnchorPosition(new Uint8Array([...valid, 5, 5]))).toBeNull();
    expect(decodeAnchorPosition(new Uint8Array(100).fill(1))).toBeNull();
    expect(anchorFromBase64("niet base64!")).toBeNull();
    expect(anchorFromBase64("abc")).toBeNull();
  });
});
