import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { documentToState, stateToDocument, updateToDocument, type AgendaDocument, type AgendaNode } from "./document";
import { AGENDA_FRAGMENT } from "./editor-schema";
import { renderAgendaText, renderDocumentText } from "./render-text";

const text = (value: string, marks?: AgendaNode["marks"]): AgendaNode => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const p = (...content: AgendaNode[]): AgendaNode => ({ type: "paragraph", ...(content.length ? { content } : {}) });
const h = (level: number, ...content: AgendaNode[]): AgendaNode => ({ type: "heading", attrs: { level }, content });
const li = (...content: AgendaNode[]): AgendaNode => ({ type: "listItem", content });
const cell = (type: "tableCell" | "tableHeader", ...content: AgendaNode[]): AgendaNode => ({ type, content });
const doc = (...content: AgendaNode[]): AgendaDocument => ({ type: "doc", content });

describe("renderDocumentText", () => {
  it("prefixes headings with their level and separates blocks by one blank line", () => {
    expect(renderDocumentText(doc(h(1, text("Agenda")), p(text("Eerste alinea.")), h(2, text("Doel")), p(text("Tweede alinea."))))).toBe(
      "# Agenda\n\nEerste alinea.\n\n## Doel\n\nTweede alinea.",
    );
  });

  it("leaves out empty paragraphs and headings, so empty template sections add no noise", () => {
    expect(renderDocumentText(doc(h(3, text("Aanpak")), p(), p(text("Tekst")), { type: "heading", attrs: { level: 2 } }))).toBe("### Aanpak\n\nTekst");
  });

  it("renders status chips as their label in brackets, and drops formatting", () => {
    const chip: AgendaNode = { type: "statusChip", attrs: { kind: "card", refId: "c1", label: "Reablement" } };
    const bold = text("vet", [{ type: "bold" }]);
    const link = text("de site", [{ type: "link", attrs: { href: "https://example.org" } }]);
    expect(renderDocumentText(doc(h(2, text("Reablement "), chip), p(text("Een "), bold, text(" woord en "), link, text("."))))).toBe(
      "## Reablement [Reablement]\n\nEen vet woord en de site.",
    );
  });

  it("renders bullet and numbered lists one item per line, nested lists indented", () => {
    const nested: AgendaNode = { type: "bulletList", content: [li(p(text("binnen")))] };
    const bullets: AgendaNode = { type: "bulletList", content: [li(p(text("SPUK IZA"))), li(p(text("SPUK GALA")), nested)] };
    const numbers: AgendaNode = { type: "orderedList", attrs: { start: 3 }, content: [li(p(text("drie"))), li(p(text("vier")), p(text("vervolg")))] };
    expect(renderDocumentText(doc(bullets, numbers))).toBe("- SPUK IZA\n- SPUK GALA\n  - binnen\n\n3. drie\n4. vier\n   vervolg");
  });

  it("renders table rows with cells separated by ' | '", () => {
    const table: AgendaNode = {
      type: "table",
      content: [
        { type: "tableRow", content: [cell("tableHeader", p(text("Wie"))), cell("tableHeader", p(text("Wat")))] },
        { type: "tableRow", content: [cell("tableCell", p(text("GGD"))), cell("tableCell", p(text("Meten")), p(text("en weten")))] },
        { type: "tableRow", content: [cell("tableCell", p()), cell("tableCell", p(text("Leeg links")))] },
      ],
    };
    expect(renderDocumentText(doc(table))).toBe("Wie | Wat\nGGD | Meten en weten\n | Leeg links");
  });

  it("renders hard breaks, quotes and rules", () => {
    const quote: AgendaNode = { type: "blockquote", content: [p(text("Zelf als het kan"))] };
    expect(renderDocumentText(doc(p(text("regel 1"), { type: "hardBreak" }, text("regel 2")), quote, { type: "horizontalRule" }))).toBe(
      "regel 1\nregel 2\n\n> Zelf als het kan\n\n---",
    );
  });
});

describe("renderAgendaText (from a Yjs state)", () => {
  it("reads the document the editor would show", () => {
    const document = doc(h(1, text("Werkagenda")), p(text("Inleiding")), { type: "bulletList", content: [li(p(text("punt")))] });
    const state = documentToState(document);
    expect(stateToDocument(state)).toEqual(document);
    expect(renderAgendaText(state)).toBe("# Werkagenda\n\nInleiding\n\n- punt");
  });

  it("follows edits made in Yjs after the first state", () => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, documentToState(doc(h(1, text("Agenda")), p(text("oud")))));
    const paragraph = ydoc.getXmlFragment(AGENDA_FRAGMENT).get(1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(3, " en nieuw");
    expect(renderAgendaText(Y.encodeStateAsUpdate(ydoc))).toBe("# Agenda\n\noud en nieuw");
  });

  it("gives an empty text for an empty document", () => {
    expect(renderAgendaText(Y.encodeStateAsUpdate(new Y.Doc()))).toBe("");
  });
});

describe("updateToDocument", () => {
  it("is a small edit of the stored document that merges with a concurrent edit", () => {
    const before = doc(h(1, text("Agenda")), p(text("Eerste alinea.")), p());
    const state = documentToState(before);
    const update = updateToDocument(state, doc(h(1, text("Agenda")), p(text("Eerste alinea.")), p(text("Nieuwe tekst."))));
    expect(update.length).toBeLessThan(state.length);

    // Someone else edits the first paragraph meanwhile; both edits survive the merge.
    const other = new Y.Doc();
    Y.applyUpdate(other, state);
    ((other.getXmlFragment(AGENDA_FRAGMENT).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "Echt: ");
    Y.applyUpdate(other, update);
    expect(renderAgendaText(Y.encodeStateAsUpdate(other))).toBe("# Agenda\n\nEcht: Eerste alinea.\n\nNieuwe tekst.");
  });
});
