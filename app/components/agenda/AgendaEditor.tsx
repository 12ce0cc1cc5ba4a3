import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { anchorToBase64, createAnchor, leafTestOf, passageText } from "../../../shared/agenda/anchors";
import { cleanPastedHtml } from "../../../shared/agenda/clean-pasted-html";
import { AGENDA_FRAGMENT, agendaSchemaExtensions } from "../../../shared/agenda/editor-schema";
import { closeCodes } from "../../../shared/collab/close-codes";
import type { CollabIdentity } from "../../../shared/collab/identity";
import { nl } from "../../../shared/i18n/nl";
import { openCollabSession, type CollabSession, type CollabState } from "./collab-session";
import { CommentsPanel, type Composer } from "./CommentsPanel";
import { LinkDialog } from "./LinkDialog";
import { Presence } from "./Presence";
import { DocumentOutline } from "./document-outline";
import { selectedRange, type TextRange } from "./selection";
import { LiveStatusChip } from "./StatusChipView";
import { showActiveThread, showThreadAnchors, ThreadHighlights, threadRangeOf, type ThreadRanges } from "./thread-highlights";
import { useAgendaThreads } from "./threads-client";
import { Toolbar } from "./Toolbar";

const t = nl.agenda;

export interface AgendaEditorProps {
  agendaId: string;
  me: CollabIdentity;
  initialAccess: "read" | "write";
  /** Why a reader cannot write (adopted agenda, or not in the werkgroep / team). */
  readOnlyNote: string;
  /** Where to sign in again and come back here. */
  loginPath: string;
}

/**
 * The co-edited agenda (client only): opens the Yjs session for this agenda and person, and
 * shows the editor, the connection line, who is here, and what to do when the server refuses.
 */
export function AgendaEditor(props: AgendaEditorProps) {
  const { agendaId, me, initialAccess } = props;
  const [session, setSession] = useState<CollabSession | null>(null);
  // One session per agenda and person; identity objects from reloaded page data do not restart it.
  const meRef = useRef(me);
  meRef.current = me;
  useEffect(() => {
    const opened = openCollabSession({ agendaId, me: meRef.current, access: initialAccess });
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
    // initialAccess only seeds the state; the server's message 100 decides after that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agendaId, me.id]);
  if (!session) return <AgendaLoading />;
  return <OpenAgenda key={session.doc.guid} session={session} {...props} me={meRef.current} />;
}

/** What the server-rendered page and the first moments in the browser show. */
export function AgendaLoading() {
  return (
    <div className="rw-agenda-loading" role="status">
      <p>{t.loading}</p>
      <progress aria-label={t.loadingLabel} />
    </div>
  );
}

function useCollabState(session: CollabSession): CollabState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

/** The id the highlight of a comment being written uses (not a thread yet). */
const composingId = "nieuw";

function OpenAgenda({ session, me, readOnlyNote, loginPath, agendaId }: AgendaEditorProps & { session: CollabSession }) {
  const state = useCollabState(session);
  const [link, setLink] = useState<{ open: boolean; range?: TextRange }>({ open: false });
  const writable = state.access === "write" && state.connection !== "closed";
  const openLink = useCallback((range?: TextRange) => setLink({ open: true, range }), []);
  const openLinkRef = useRef(openLink);
  openLinkRef.current = openLink;
  const container = useRef<HTMLDivElement>(null);
  const threads = useAgendaThreads(agendaId);
  const [ranges, setRanges] = useState<ThreadRanges>(() => new Map());
  const [activeThread, setActive] = useState<string | null>(null);
  const [composer, setComposer] = useState<Composer | null>(null);
  const [composeError, setComposeError] = useState<string | null>(null);
  // The editor's plugins call these; the refs keep them current without a new editor.
  const startCommentRef = useRef<() => void>(() => undefined);
  const selectThreadRef = useRef<(id: string) => void>(() => undefined);

  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: writable,
      extensions: [
        ...agendaSchemaExtensions().map((extension) => (extension.name === "statusChip" ? LiveStatusChip : extension)),
        DocumentOutline,
        Collaboration.configure({ document: session.doc, field: AGENDA_FRAGMENT }),
        CollaborationCaret.configure({ provider: session.provider, user: me, render: renderCaret }),
        ThreadHighlights.configure({
          fragment: session.doc.getXmlFragment(AGENDA_FRAGMENT),
          onRanges: setRanges,
          onSelectThread: (id) => selectThreadRef.current(id),
        }),
      ],
      editorProps: {
        attributes: {
          id: "agenda-tekst",
          class: "rw-agenda-document",
          "aria-label": t.editorLabel,
          "aria-multiline": "true",
          role: "textbox",
        },
        transformPastedHTML: cleanPastedHtml,
        handleKeyDown(view, event) {
          // Ctrl+Alt+M: comment on the selected text (also in a read-only text).
          if ((event.ctrlKey || event.metaKey) && event.altKey && (event.code === "KeyM" || event.key.toLowerCase() === "m")) {
            event.preventDefault();
            startCommentRef.current();
            return true;
          }
          if (!view.editable) return false;
          if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
            event.preventDefault();
            openLinkRef.current(selectedRange(view));
            return true;
          }
          if (event.key === "Escape") {
            const button = container.current?.querySelector<HTMLButtonElement>('[role="toolbar"] button[tabindex="0"]');
            if (button) {
              button.focus();
              return true;
            }
          }
          return false;
        },
      },
    },
    [session],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== writable) editor.setEditable(writable);
  }, [editor, writable]);

  // A link to "#reactie-<id>" (the Overzicht's "Naar de reactie") opens that thread once the
  // list, which loads after the page, has it: active, in view and focused.
  const linkedThread = useRef(typeof window === "undefined" ? null : (/^#reactie-([0-9a-f-]{36})$/i.exec(window.location.hash)?.[1] ?? null));
  useEffect(() => {
    const id = linkedThread.current;
    if (!id || !threads.list?.threads.some((thread) => thread.id === id)) return;
    linkedThread.current = null;
    setActive(id);
    const element = document.getElementById(`reactie-${id}`);
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
  }, [threads.list]);

  // The passages of the threads (and of the comment being written) are highlighted in the text.
  // Only when they change: each redraw of the text also writes the selection back into the page.
  const list = threads.list;
  const shownAnchors = useRef("");
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const anchors = (list?.threads ?? []).map(({ id, anchorStart, anchorEnd }) => ({ id, anchorStart, anchorEnd }));
    if (composer) anchors.push({ id: composingId, anchorStart: composer.anchorStart, anchorEnd: composer.anchorEnd });
    const key = JSON.stringify(anchors);
    if (key === shownAnchors.current) return;
    shownAnchors.current = key;
    showThreadAnchors(editor.view, anchors);
  }, [editor, list, composer]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) showActiveThread(editor.view, composer ? composingId : activeThread);
  }, [editor, activeThread, composer]);

  /** Opens the form for a new comment on the selected text, or says to select some first. */
  startCommentRef.current = () => {
    if (!editor) return;
    // What the browser has selected first: the last Shift+Arrow may not be in the editor's state yet.
    const inBrowser = selectedRange(editor.view);
    const { from, to } = inBrowser && inBrowser.from < inBrowser.to ? inBrowser : editor.state.selection;
    const quote = from < to ? passageText(editor.state.doc, { from, to }) : "";
    if (quote === "") {
      setComposer(null);
      setComposeError(nl.threads.selectFirst);
      return;
    }
    try {
      const anchor = createAnchor(session.doc.getXmlFragment(AGENDA_FRAGMENT), { from, to }, leafTestOf(editor.schema));
      setComposer({ anchorStart: anchorToBase64(anchor.start), anchorEnd: anchorToBase64(anchor.end), quote });
      setComposeError(null);
    } catch {
      setComposer(null);
      setComposeError(nl.threads.anchorEmpty);
    }
  };
  selectThreadRef.current = (id) => {
    setActive(id);
    document.getElementById(`reactie-${id}`)?.scrollIntoView({ block: "nearest" });
  };
  /** Selects a thread's passage in the text and scrolls to it. */
  const goToPassage = useCallback(
    (id: string) => {
      setActive(id);
      if (!editor) return;
      const range = threadRangeOf(editor.state, id);
      if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
    },
    [editor],
  );
  // The text says whether it is read-only, and why, in a way assistive technology hears.
  const describedBy = state.closeCode !== null ? "agenda-gesloten" : writable ? "agenda-hulp" : "agenda-alleen-lezen";
  useEffect(() => {
    editor?.view.dom.setAttribute("aria-readonly", String(!writable));
    editor?.view.dom.setAttribute("aria-describedby", describedBy);
  }, [editor, writable, describedBy]);

  return (
    <div className="rw-agenda" ref={container} data-connection={state.connection} data-access={state.access}>
      <ConnectionLine state={state} />
      {state.closeCode !== null && <ClosedBanner code={state.closeCode} loginPath={loginPath} />}
      {state.editsRefused && editor && <RefusedBanner editor={editor} />}
      {state.access === "read" && state.closeCode === null && (
        <p id="agenda-alleen-lezen" className="rw-agenda-readonly">
          {readOnlyNote}
        </p>
      )}
      <div className="rw-agenda-layout">
        <div className="rw-agenda-layout__document">
          {writable && editor && <Toolbar editor={editor} onLink={() => openLink()} />}
          {writable && (
            <p id="agenda-hulp" className="rw-muted rw-agenda-help">
              {t.editorHelp}
            </p>
          )}
          {editor ? <EditorContent editor={editor} className="rw-agenda-page" /> : <AgendaLoading />}
        </div>
        <div className="rw-agenda-layout__rail">
          <Presence awareness={session.provider.awareness} me={me} />
          <CommentsPanel
            agendaId={agendaId}
            list={threads.list}
            failed={threads.failed}
            reload={threads.reload}
            ranges={ranges}
            composer={composer}
            composeError={composeError}
            onStartComment={() => startCommentRef.current()}
            onCloseComposer={() => setComposer(null)}
            activeId={activeThread}
            onGoTo={goToPassage}
          />
        </div>
      </div>
      {editor && <LinkDialog editor={editor} open={link.open} range={link.range} onClose={() => setLink({ open: false })} />}
    </div>
  );
}

/** A collaborator's caret with their name: white text on their colour (all caret colours pass 4.5:1). */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.style.borderColor = String(user.color ?? "#000");
  // The list "Nu in dit document" tells screen readers who is here; names inside the text would be noise.
  caret.setAttribute("aria-hidden", "true");
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = String(user.color ?? "#000");
  label.textContent = String(user.name ?? "");
  caret.append(label);
  return caret;
}

function ConnectionLine({ state }: { state: CollabState }) {
  const text =
    state.connection === "closed"
      ? t.status.closed
      : state.connection === "offline"
        ? state.access === "read"
          ? t.status.offlineReadOnly
          : t.status.offline
        : state.connection === "connecting"
          ? t.status.connecting
          : state.access === "read"
            ? t.status.readOnly
            : t.status.connected;
  return (
    <p className="rw-agenda-status" data-state={state.connection}>
      <span className="rw-agenda-status__label">{t.status.label}: </span>
      <span role="status" className="rw-agenda-status__text">
        <span className="rw-agenda-status__dot" aria-hidden="true" />
        {text}
      </span>
    </p>
  );
}

function ClosedBanner({ code, loginPath }: { code: number; loginPath: string }) {
  const messages: Record<number, string> = {
    [closeCodes.notSignedIn]: t.closed.notSignedIn,
    [closeCodes.forbidden]: t.closed.forbidden,
    [closeCodes.notFound]: t.closed.notFound,
    [closeCodes.messageTooLarge]: t.closed.tooLarge,
    [closeCodes.tooManyMessages]: t.closed.tooMany,
    [closeCodes.protocolViolation]: t.closed.protocol,
  };
  const canReload = code === closeCodes.messageTooLarge || code === closeCodes.tooManyMessages || code === closeCodes.protocolViolation;
  return (
    <div id="agenda-gesloten" className="rw-error-summary rw-agenda-banner" role="alert" data-close-code={code}>
      <p>{messages[code] ?? t.closed.protocol}</p>
      {code === closeCodes.notSignedIn && (
        <p>
          <a className="utrecht-link utrecht-link--html-a" href={loginPath}>
            {t.closed.login}
          </a>
        </p>
      )}
      {canReload && (
        <p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.location.reload()}>
            {t.closed.reload}
          </button>
        </p>
      )}
    </div>
  );
}

/** The server dropped edits made offline: they stay in this browser; offer the text to keep. */
function RefusedBanner({ editor }: { editor: Editor }) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(editor.getText({ blockSeparator: "\n\n" }));
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  };
  return (
    <div className="rw-agenda-banner rw-agenda-banner--warning" role="alert" aria-labelledby="agenda-geweigerd">
      <h2 id="agenda-geweigerd" className="utrecht-heading-3">
        {t.refused.title}
      </h2>
      <p>{t.refused.body}</p>
      <p>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void copy()}>
          {t.refused.copy}
        </button>
      </p>
      <p role="status">{outcome === "copied" ? t.refused.copied : outcome === "failed" ? t.refused.copyFailed : ""}</p>
    </div>
  );
}
