import * as Y from "yjs";
import { AGENDA_FRAGMENT } from "../../shared/agenda/editor-schema";

// The shape of the benchmark's edits in the shared document: each client types into its own
// paragraph of the agenda fragment (as the editor would), and every keystroke also sets the
// client's entry in the 'stamps' map to "<seq>:<sent at>" in the SAME transaction, so a
// receiver knows when the change it just got was made.

/** Paragraphs of one round start with its prefix, so rounds in one document stay apart. */
export const paragraphPrefix = (tag: string) => `⟦bench ${tag}⟧`;
export const STAMPS = "stamps";

/** One clock on one machine for every process: ms since the epoch with sub-ms precision. */
export const clock = () => performance.timeOrigin + performance.now();

/** Creates the client's paragraph; returns its text node. */
export function addOwnParagraph(doc: Y.Doc, tag: string): Y.XmlText {
  const text = new Y.XmlText(paragraphPrefix(tag));
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [text]);
  doc.getXmlFragment(AGENDA_FRAGMENT).push([paragraph]);
  return text;
}

/** One keystroke: a character at the end of the own paragraph plus its stamp. */
export function typeCharacter(doc: Y.Doc, text: Y.XmlText, index: number, seq: number) {
  doc.transact(() => {
    text.insert(text.length, String.fromCharCode(97 + (seq % 26)));
    doc.getMap<string>(STAMPS).set(String(index), `${seq}:${clock()}`);
  });
}

/** Typed characters in the document: every bench paragraph's text after its prefix. */
export function countTyped(doc: Y.Doc, tag: string): number {
  const prefix = paragraphPrefix(tag);
  let typed = 0;
  for (const node of doc.getXmlFragment(AGENDA_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const first = node.firstChild;
    if (!(first instanceof Y.XmlText)) continue;
    const value = first.toString();
    if (value.startsWith(prefix)) typed += value.length - prefix.length;
  }
  return typed;
}

export function countBenchParagraphs(doc: Y.Doc, tag: string): number {
  const prefix = paragraphPrefix(tag);
  return doc
    .getXmlFragment(AGENDA_FRAGMENT)
    .toArray()
    .filter((n) => n instanceof Y.XmlElement && n.firstChild instanceof Y.XmlText && n.firstChild.toString().startsWith(prefix)).length;
}
