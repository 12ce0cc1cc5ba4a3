import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { nl } from "../../../shared/i18n/nl";
import { MAX_COMMENT_LENGTH } from "../../../shared/schemas/threads";
import { formatMoment } from "../../../shared/dutch-time";
import { timeAgo } from "../board/model";
import type { ThreadRanges } from "./thread-highlights";
import { mutate, ThreadRequestError, type ThreadData, type ThreadList } from "./threads-client";

const t = nl.threads;

/** A new comment waiting for its text: the passage the person selected. */
export interface Composer {
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  /** Set when the passage was selected in a frozen version. */
  versionNumber?: number;
}

export interface CommentsPanelProps {
  agendaId: string;
  list: ThreadList | null;
  failed: boolean;
  reload: () => Promise<void>;
  /** Which threads' passages the editor finds in its text now (it knows before the server does). */
  ranges: ThreadRanges;
  composer: Composer | null;
  composeError: string | null;
  onStartComment: () => void;
  onCloseComposer: () => void;
  activeId: string | null;
  /** Shows a thread's passage in the text (selects it and scrolls to it). */
  onGoTo: (id: string) => void;
}

function errorMessage(error: unknown) {
  return error instanceof ThreadRequestError ? error.message : t.sendFailed;
}

/**
 * The side rail's comments: "Reactie plaatsen" for the selected text, the form for a new
 * thread, the open threads (oldest first) and, behind a toggle, the resolved ones. Each thread
 * shows its passage (a button that shows it in the text) or, when the passage was deleted, that
 * it is detached with the original quote; its comments; an answer form; and resolve or reopen
 * for those who may.
 */
export function CommentsPanel(props: CommentsPanelProps) {
  const { list, failed, ranges, composer, composeError, activeId } = props;
  const [showResolved, setShowResolved] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [focusId, setFocusId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const threads = list?.threads ?? [];
  const open = threads.filter((thread) => !thread.resolvedAt);
  const resolved = threads.filter((thread) => thread.resolvedAt);

  // After posting, the new thread gets the focus once the reloaded list shows it.
  useEffect(() => {
    if (!focusId) return;
    const element = document.getElementById(`reactie-${focusId}`);
    if (element) {
      element.focus();
      setFocusId(null);
    }
  }, [focusId, list]);

  const announce = (message: string) => {
    setAnnouncement("");
    // A new text in the live region, also when the same message comes twice.
    requestAnimationFrame(() => setAnnouncement(message));
  };

  const attached = (thread: ThreadData) => {
    const range = ranges.get(thread.id);
    return range === undefined ? thread.attached : range !== null;
  };

  return (
    <section className="rw-threads" aria-labelledby="reacties-titel">
      <h2 id="reacties-titel" className="utrecht-heading-3" tabIndex={-1} ref={heading}>
        {t.title}
      </h2>
      <p id="reacties-hulp" className="rw-muted rw-threads__help">
        {t.help}
      </p>
      {list?.canComment !== false && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action rw-threads__new"
          aria-keyshortcuts="Control+Alt+M"
          aria-describedby="reacties-hulp"
          // Keep the text selection (and the editor's focus) while clicking.
          onMouseDown={(event) => event.preventDefault()}
          onClick={props.onStartComment}
          data-testid="reactie-plaatsen"
        >
          {t.newComment}
        </button>
      )}
      {composeError && (
        <p className="rw-field-error" role="alert">
          {composeError}
        </p>
      )}
      {composer && (
        <NewThreadForm
          agendaId={props.agendaId}
          composer={composer}
          onCancel={props.onCloseComposer}
          onPosted={async (id) => {
            props.onCloseComposer();
            announce(t.posted);
            await props.reload();
            setFocusId(id);
          }}
        />
      )}
      <p className="rw-visually-hidden" role="status">
        {announcement}
      </p>
      {!list && !failed && <p className="rw-muted">{t.loading}</p>}
      {failed && (
        <p className="rw-field-error" role="alert">
          {t.loadFailed}
        </p>
      )}
      {list && (
        <>
          <p className="rw-threads__count">{threads.length === 0 ? t.empty : t.openCount(open.length)}</p>
          {open.length > 0 && (
            <ol className="rw-threads__list" aria-labelledby="reacties-titel">
              {open.map((thread) => (
                <ThreadItem
                  key={thread.id}
                  thread={thread}
                  attached={attached(thread)}
                  active={thread.id === activeId}
                  onGoTo={props.onGoTo}
                  reload={props.reload}
                  announce={announce}
                  afterResolve={() => heading.current?.focus()}
                />
              ))}
            </ol>
          )}
          {resolved.length > 0 && (
            <>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle rw-threads__toggle"
                aria-expanded={showResolved}
                aria-controls="reacties-afgehandeld"
                onClick={() => setShowResolved((shown) => !shown)}
              >
                {showResolved ? t.hideResolved : t.showResolved(resolved.length)}
              </button>
              <ol id="reacties-afgehandeld" className="rw-threads__list rw-threads__list--resolved" aria-label={t.resolvedTitle} hidden={!showResolved}>
                {resolved.map((thread) => (
                  <ThreadItem
                    key={thread.id}
                    thread={thread}
                    attached={attached(thread)}
                    active={thread.id === activeId}
                    onGoTo={props.onGoTo}
                    reload={props.reload}
                    announce={announce}
                    afterResolve={() => heading.current?.focus()}
                  />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The form for a new thread on the selected passage (also used for a frozen version). */
export function NewThreadForm({ agendaId, composer, onCancel, onPosted }: { agendaId: string; composer: Composer; onCancel: () => void; onPosted: (id: string) => Promise<void> }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), [composer]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (body.trim() === "") {
      setError(nl.validation.required);
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await mutate<{ id: string }>("threads.create", { agendaId, ...composer, body });
      setBody("");
      setError(null);
      await onPosted(created.id);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="rw-threads__form" aria-labelledby="reactie-nieuw-titel" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="reactie-nieuw-titel" className="utrecht-heading-4">
        {t.formTitle}
      </h3>
      <p className="rw-threads__about">{t.about}:</p>
      <blockquote className="rw-threads__quote">{composer.quote}</blockquote>
      {composer.versionNumber && <p className="rw-muted">{t.onVersion(composer.versionNumber)}</p>}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="reactie-nieuw-tekst">
          {t.bodyLabel}
        </label>
        {error && (
          <p id="reactie-nieuw-fout" className="rw-field-error" role="alert">
            {error}
          </p>
        )}
        <textarea
          ref={field}
          id="reactie-nieuw-tekst"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={4}
          maxLength={MAX_COMMENT_LENGTH}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reactie-nieuw-fout" : undefined}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") onCancel();
          }}
        />
      </div>
      <div className="rw-threads__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined}>
          {t.post}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

interface ThreadItemProps {
  thread: ThreadData;
  attached: boolean;
  active: boolean;
  onGoTo: (id: string) => void;
  reload: () => Promise<void>;
  announce: (message: string) => void;
  afterResolve: () => void;
}

function ThreadItem({ thread, attached, active, onGoTo, reload, announce, afterResolve }: ThreadItemProps) {
  const id = useId();
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const now = Date.now();
  const author = thread.authorName ?? t.unknownPerson;
  const answerId = `${id}-antwoord`;
  const errorId = `${id}-fout`;

  const run = async (work: () => Promise<unknown>, done: string, after?: () => void) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      setError(null);
      announce(done);
      await reload();
      after?.();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const reply = (event: FormEvent) => {
    event.preventDefault();
    if (answer.trim() === "") {
      setError(nl.validation.required);
      return;
    }
    void run(() => mutate("threads.reply", { threadId: thread.id, body: answer }), t.replied, () => setAnswer(""));
  };

  const toggleResolved = () =>
    void run(() => mutate(thread.resolvedAt ? "threads.reopen" : "threads.resolve", { threadId: thread.id }), thread.resolvedAt ? t.reopened : t.resolved, afterResolve);

  return (
    <li>
      <article
        id={`reactie-${thread.id}`}
        className={["rw-thread", active ? "rw-thread--active" : "", attached ? "" : "rw-thread--detached"].filter(Boolean).join(" ")}
        aria-labelledby={`${id}-titel`}
        tabIndex={-1}
        data-thread-id={thread.id}
        data-attached={attached}
      >
        <h3 id={`${id}-titel`} className="utrecht-heading-4 rw-thread__title">
          {t.threadLabel(author)}
        </h3>
        {thread.versionNumber !== null && <p className="rw-muted rw-thread__meta">{t.onVersion(thread.versionNumber)}</p>}
        {attached ? (
          <button type="button" className="rw-thread__passage" onClick={() => onGoTo(thread.id)}>
            <span className="rw-thread__goto">{t.goToPassage}: </span>
            <q>{thread.currentText ?? thread.quote}</q>
          </button>
        ) : (
          <div className="rw-thread__detached">
            <p className="rw-thread__detached-note">{t.detached}</p>
            <p>
              {t.originalQuote} <q>{thread.quote}</q>
            </p>
          </div>
        )}
        <ol className="rw-thread__comments">
          {thread.comments.map((comment) => (
            <li key={comment.id} className="rw-thread__comment">
              <p className="rw-thread__byline">
                <strong>{comment.authorName ?? t.unknownPerson}</strong>{" "}
                <time dateTime={comment.createdAt} title={formatMoment(comment.createdAt)} className="rw-muted">
                  {timeAgo(comment.createdAt, now)}
                </time>
              </p>
              <p className="rw-thread__body">{comment.body}</p>
            </li>
          ))}
        </ol>
        {thread.resolvedAt && <p className="rw-muted rw-thread__meta">{t.resolvedBy(thread.resolvedByName ?? t.unknownPerson)}</p>}
        {error && (
          <p id={errorId} className="rw-field-error" role="alert">
            {error}
          </p>
        )}
        <form className="rw-thread__reply" onSubmit={reply} noValidate>
          <label className="utrecht-form-label" htmlFor={answerId}>
            {t.replyLabel}
          </label>
          <textarea
            id={answerId}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            maxLength={MAX_COMMENT_LENGTH}
            value={answer}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setAnswer(event.target.value)}
          />
          <div className="rw-threads__actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={busy || undefined}>
              {t.reply}
            </button>
            {thread.canResolve && (
              <button type="button" className="utrecht-button utrecht-button--subtle" aria-disabled={busy || undefined} onClick={toggleResolved}>
                {thread.resolvedAt ? t.reopen : t.resolve}
              </button>
            )}
          </div>
        </form>
      </article>
    </li>
  );
}
