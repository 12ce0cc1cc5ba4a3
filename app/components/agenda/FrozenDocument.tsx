import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect } from "react";
import { agendaSchemaExtensions } from "../../../shared/agenda/editor-schema";
import { DocumentOutline } from "./document-outline";
import { LiveStatusChip } from "./StatusChipView";

/**
 * A frozen version, formatted as in the editor but read-only (no socket, no Yjs: the server
 * sends the document as the editor's JSON). Until the browser has drawn it, `fallback` (the
 * version's plain text, rendered on the server) shows.
 */
export function FrozenDocument({
  document,
  label,
  fallback,
  onEditor,
}: {
  document: unknown;
  label: string;
  fallback: React.ReactNode;
  /** Receives the read-only editor once it is drawn (to comment on a selection of it). */
  onEditor?: (editor: Editor | null) => void;
}) {
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: false,
      extensions: [...agendaSchemaExtensions().map((extension) => (extension.name === "statusChip" ? LiveStatusChip : extension)), DocumentOutline],
      content: document as Record<string, unknown>,
      editorProps: {
        attributes: {
          class: "rw-agenda-document",
          role: "document",
          "aria-label": label,
          "data-frozen": "true",
        },
      },
    },
    [document],
  );
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);
  if (!editor) return <>{fallback}</>;
  return <EditorContent editor={editor} className="rw-agenda-page" />;
}
