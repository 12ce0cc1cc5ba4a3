import type { Editor } from "@tiptap/react";
import { useMemo, useState } from "react";
import * as Y from "yjs";
import { anchorFromBase64, anchorToBase64, createAnchor, leafTestOf, passageText } from "../../../shared/agenda/anchors";
import { AGENDA_FRAGMENT } from "../../../shared/agenda/editor-schema";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { NewThreadForm, type Composer } from "./CommentsPanel";
import { selectedRange } from "./selection";

const t = nl.threads;

/**
 * Commenting on a frozen version shown read-only: the selection in the version becomes an
 * anchor in the version's Yjs state (the same document as the live text, so the comment shows
 * in the agenda wherever the passage still exists). The thread itself is read and answered in
 * the agenda editor's panel.
 */
export function VersionComments({ agendaId, versionNumber, state, editor, agendaPath }: { agendaId: string; versionNumber: number; state: string; editor: Editor | null; agendaPath: string }) {
  const [composer, setComposer] = useState<Composer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [posted, setPosted] = useState(false);
  // The version as a Y.Doc, made once: anchors are relative positions in it.
  const fragment = useMemo(() => {
    const doc = new Y.Doc();
    const bytes = anchorFromBase64(state);
    if (bytes) Y.applyUpdate(doc, bytes);
    return doc.getXmlFragment(AGENDA_FRAGMENT);
  }, [state]);

  const start = () => {
    setPosted(false);
    const range = editor ? selectedRange(editor.view) : undefined;
    const quote = editor && range && range.from < range.to ? passageText(editor.state.doc, range) : "";
    if (!editor || !range || quote === "") {
      setComposer(null);
      setError(t.selectFirst);
      return;
    }
    try {
      const anchor = createAnchor(fragment, range, leafTestOf(editor.schema));
      setComposer({ anchorStart: anchorToBase64(anchor.start), anchorEnd: anchorToBase64(anchor.end), quote, versionNumber });
      setError(null);
    } catch {
      setComposer(null);
      setError(t.anchorEmpty);
    }
  };

  return (
    <section className="rw-threads rw-version-comments" aria-labelledby="versie-reageren">
      <h4 id="versie-reageren" className="utrecht-heading-4">
        {t.versionTitle}
      </h4>
      <p id="versie-reageren-hulp" className="rw-muted rw-threads__help">
        {t.versionHelp}
      </p>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action rw-threads__new"
        aria-describedby="versie-reageren-hulp"
        onMouseDown={(event) => event.preventDefault()}
        onClick={start}
      >
        {t.newComment}
      </button>
      {error && (
        <p className="rw-field-error" role="alert">
          {error}
        </p>
      )}
      {composer && (
        <NewThreadForm
          agendaId={agendaId}
          composer={composer}
          onCancel={() => setComposer(null)}
          onPosted={async () => {
            setComposer(null);
            setPosted(true);
          }}
        />
      )}
      <div role="status">
        {posted && (
          <p className="rw-success">
            {t.versionPosted} <AppLink to={agendaPath}>{t.toAgenda}</AppLink>
          </p>
        )}
      </div>
    </section>
  );
}
