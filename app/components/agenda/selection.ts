import type { EditorView } from "@tiptap/pm/view";

export type TextRange = { from: number; to: number };

/**
 * What is selected in the text right now, read from the browser: a fast keyboard user's
 * Shift+Home can still be on its way to the editor's state when Ctrl+K arrives, and a
 * read-only text (a frozen version) is selected with the mouse outside the editor's state.
 */
export function selectedRange(view: EditorView): TextRange | undefined {
  const selection = window.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return undefined;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return undefined;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return { from: Math.min(anchor, head), to: Math.max(anchor, head) };
  } catch {
    return undefined;
  }
}
