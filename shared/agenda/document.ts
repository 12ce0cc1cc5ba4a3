import * as Y from "yjs";
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { AGENDA_FRAGMENT, agendaSchema } from "./editor-schema";

// An agenda's text in its two forms: ProseMirror JSON (what templates build and the text
// renderer reads) and a Yjs state (what is stored and co-edited). Both conversions go through
// the shared editor schema, so what the server writes or reads is what the editor shows.

/** A node of a ProseMirror document as JSON (the subset this project writes and reads). */
export interface AgendaNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AgendaNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

/** A whole agenda document as ProseMirror JSON. */
export interface AgendaDocument extends AgendaNode {
  type: "doc";
  content: AgendaNode[];
}

/** The document as a Yjs state (one update), ready to store as a snapshot or version. */
export function documentToState(document: AgendaDocument): Uint8Array {
  const doc = prosemirrorJSONToYDoc(agendaSchema(), document, AGENDA_FRAGMENT);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The document a Yjs state holds, as the editor would show it: nodes the schema does not know
 * are left out, exactly as TipTap leaves them out.
 */
export function stateToDocument(state: Uint8Array): AgendaDocument {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(AGENDA_FRAGMENT), agendaSchema()).toJSON() as AgendaDocument;
  } finally {
    doc.destroy();
  }
}

/**
 * The Yjs update that turns the text of `state` into `document`, as small edits (what an
 * editor session would send), not as a new text: applied to any copy of the document it
 * merges with other people's edits instead of duplicating the text.
 */
export function updateToDocument(state: Uint8Array, document: AgendaDocument): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const before = Y.encodeStateVector(doc);
    updateYFragment(doc, doc.getXmlFragment(AGENDA_FRAGMENT), agendaSchema().nodeFromJSON(document), { mapping: new Map(), isOMark: new Map() });
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}
