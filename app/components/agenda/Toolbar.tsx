import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, useState, type KeyboardEvent } from "react";
import { nl } from "../../../shared/i18n/nl";

const t = nl.agenda.toolbar;

interface ToolbarItem {
  id: string;
  label: string;
  ariaLabel: string;
  /** For toggles: whether it is on where the cursor is. */
  pressed?: boolean;
  /** Not possible here (kept focusable, as the toolbar pattern advises, and explained). */
  disabled?: boolean;
  shortcut?: string;
  run: () => void;
  /** Starts a new group (a visual separator before it). */
  group?: boolean;
}

/**
 * The formatting toolbar: one tab stop; the arrow keys (and Home/End) move between the buttons,
 * as in the WAI-ARIA toolbar pattern. Toggles say whether they are on (aria-pressed); the table
 * buttons that need a table say so when the cursor is not in one.
 */
export function Toolbar({ editor, onLink }: { editor: Editor; onLink: () => void }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      inTable: e.isActive("table"),
    }),
  });
  const chain = () => editor.chain().focus();
  const items: ToolbarItem[] = [
    { id: "paragraph", label: t.paragraph, ariaLabel: t.paragraphLabel, pressed: active.paragraph, shortcut: "Control+Alt+0", run: () => chain().setParagraph().run() },
    { id: "h2", label: t.heading2, ariaLabel: t.heading2Label, pressed: active.h2, shortcut: "Control+Alt+2", run: () => chain().toggleHeading({ level: 2 }).run() },
    { id: "h3", label: t.heading3, ariaLabel: t.heading3Label, pressed: active.h3, shortcut: "Control+Alt+3", run: () => chain().toggleHeading({ level: 3 }).run() },
    { id: "bulletList", label: t.bulletList, ariaLabel: t.bulletListLabel, pressed: active.bulletList, shortcut: "Control+Shift+8", run: () => chain().toggleBulletList().run(), group: true },
    { id: "orderedList", label: t.orderedList, ariaLabel: t.orderedListLabel, pressed: active.orderedList, shortcut: "Control+Shift+7", run: () => chain().toggleOrderedList().run() },
    { id: "bold", label: t.bold, ariaLabel: t.bold, pressed: active.bold, shortcut: "Control+B", run: () => chain().toggleBold().run(), group: true },
    { id: "italic", label: t.italic, ariaLabel: t.italic, pressed: active.italic, shortcut: "Control+I", run: () => chain().toggleItalic().run() },
    { id: "link", label: t.link, ariaLabel: t.linkLabel, pressed: active.link, shortcut: "Control+K", run: onLink },
    { id: "table", label: t.insertTable, ariaLabel: t.insertTableLabel, disabled: active.inTable, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), group: true },
    { id: "addRow", label: t.addRow, ariaLabel: t.addRowLabel, disabled: !active.inTable, run: () => chain().addRowAfter().run() },
    { id: "addColumn", label: t.addColumn, ariaLabel: t.addColumnLabel, disabled: !active.inTable, run: () => chain().addColumnAfter().run() },
    { id: "deleteTable", label: t.deleteTable, ariaLabel: t.deleteTableLabel, disabled: !active.inTable, run: () => chain().deleteTable().run() },
  ];

  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const moveTo = (index: number) => {
    const next = (index + items.length) % items.length;
    setCurrent(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveTo(current + 1),
      ArrowLeft: () => moveTo(current - 1),
      Home: () => moveTo(0),
      End: () => moveTo(items.length - 1),
      Escape: () => editor.commands.focus(),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div role="toolbar" aria-label={t.label} aria-controls="agenda-tekst" className="rw-agenda-toolbar" onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <button
          key={item.id}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          className={["rw-agenda-toolbar__button", item.group ? "rw-agenda-toolbar__button--group" : ""].filter(Boolean).join(" ")}
          tabIndex={index === current ? 0 : -1}
          aria-label={item.ariaLabel}
          aria-pressed={item.pressed === undefined ? undefined : item.pressed}
          aria-disabled={item.disabled ? true : undefined}
          aria-describedby={item.disabled && item.id !== "table" ? "agenda-alleen-in-tabel" : undefined}
          aria-keyshortcuts={item.shortcut}
          data-toolbar-item={item.id}
          onFocus={() => setCurrent(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!item.disabled) item.run();
          }}
        >
          {item.label}
        </button>
      ))}
      <span id="agenda-alleen-in-tabel" hidden>
        {t.onlyInTable}
      </span>
    </div>
  );
}
