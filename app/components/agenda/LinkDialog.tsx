import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { isAllowedHref } from "../../../shared/agenda/clean-pasted-html";
import { nl } from "../../../shared/i18n/nl";

const t = nl.agenda.link;

/**
 * A small modal dialog (native <dialog>: focus stays inside, Escape closes it) for the address
 * of a link on the selected text. Only web and mail addresses; the error is next to the field
 * and announced. Closing returns the cursor to the text.
 */
export function LinkDialog({
  editor,
  open,
  range: givenRange,
  onClose,
}: {
  editor: Editor;
  open: boolean;
  /** The text the link is for; the editor's selection when not given. */
  range?: { from: number; to: number };
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [href, setHref] = useState("");
  const [error, setError] = useState<string | null>(null);
  // The text the link is for, as it was selected when the dialog opened (focus leaves the text meanwhile).
  const range = useRef<{ from: number; to: number } | null>(null);
  const existing = open ? ((editor.getAttributes("link").href as string | undefined) ?? "") : "";

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      range.current = givenRange ?? { from: editor.state.selection.from, to: editor.state.selection.to };
      setHref(existing);
      setError(null);
      element.showModal();
      input.current?.focus();
      input.current?.select();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, existing, editor, givenRange]);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const value = href.trim();
    if (!value) return setError(t.empty);
    if (!isAllowedHref(value)) return setError(t.invalid);
    const size = editor.state.doc.content.size;
    const { from, to } = range.current ?? editor.state.selection;
    const selection = { from: Math.min(from, size), to: Math.min(to, size) };
    const chain = editor.chain().focus().setTextSelection(selection).extendMarkRange("link");
    if (selection.from === selection.to && !editor.isActive("link")) {
      // Nothing selected: the address itself becomes the link text.
      chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: value } }] }).run();
    } else {
      chain.setLink({ href: value }).run();
    }
    onClose();
  };

  const remove = () => {
    const chain = editor.chain().focus();
    if (range.current) chain.setTextSelection(range.current);
    chain.extendMarkRange("link").unsetLink().run();
    onClose();
  };

  return (
    <dialog ref={dialog} className="rw-agenda-dialog" aria-labelledby="agenda-link-titel" onClose={() => open && close()}>
      <form method="dialog" onSubmit={save} noValidate>
        <h2 id="agenda-link-titel" className="utrecht-heading-3">
          {t.title}
        </h2>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="agenda-link-adres">
            {t.urlLabel}
          </label>
          <p id="agenda-link-hint" className="rw-muted">
            {t.urlHint}
          </p>
          {error && (
            <p id="agenda-link-fout" className="rw-field-error" role="alert">
              {error}
            </p>
          )}
          <input
            ref={input}
            id="agenda-link-adres"
            name="href"
            type="url"
            inputMode="url"
            autoComplete="url"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={href}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "agenda-link-fout agenda-link-hint" : "agenda-link-hint"}
            onChange={(event) => setHref(event.target.value)}
          />
        </div>
        <div className="rw-agenda-dialog__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t.save}
          </button>
          {existing && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={remove}>
              {t.remove}
            </button>
          )}
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={close}>
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
