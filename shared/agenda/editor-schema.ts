import { getSchema, Node, mergeAttributes, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";

/**
 * The agenda's document model, shared by the browser editor, the server's templates and the
 * server's text rendering (versions, diffs). One list, so a document the server writes is a
 * document the editor can open, and the other way round.
 */

/** Where TipTap's Collaboration extension keeps the document inside the Y.Doc. */
export const AGENDA_FRAGMENT = "default";

/**
 * A live status chip for a board card or werkagenda item. The text stores only the reference;
 * the browser shows the current status next to it (the title is kept as a fallback label).
 */
export const StatusChip = Node.create({
  name: "statusChip",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      kind: { default: "card" },
      refId: { default: null },
      label: { default: "" },
    };
  },
  parseHTML() {
    return [{ tag: "span[data-status-chip]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      "span",
      mergeAttributes(HTMLAttributes, {
        "data-status-chip": node.attrs.kind,
        "data-ref-id": node.attrs.refId,
        class: "rw-status-chip",
      }),
      String(node.attrs.label ?? ""),
    ];
  },
  renderText({ node }) {
    return `[${String(node.attrs.label ?? "")}]`;
  },
});

/** The extensions that define the schema (the browser adds collaboration and carets on top). */
export function agendaSchemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs keeps the history; TipTap's own would fight it.
      undoRedo: false,
      link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"] },
      heading: { levels: [1, 2, 3] },
    }),
    TableKit.configure({ table: { resizable: false } }),
    StatusChip,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | undefined;

/** The ProseMirror schema of an agenda (built once per process). */
export function agendaSchema() {
  cachedSchema ??= getSchema(agendaSchemaExtensions());
  return cachedSchema;
}
