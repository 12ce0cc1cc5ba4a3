import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { anchorFromBase64, decodeAnchor, leafTestOf, passageText, resolveAnchors, type Anchor, type PassageRange } from "../../../shared/agenda/anchors";

// Highlights the passages comment threads are anchored to, in the live editor. The anchors are
// Yjs relative positions (shared/agenda/anchors.ts); they are resolved against the Y fragment
// again whenever the document changes, so a highlight follows its words when people type
// before or inside them, and disappears when the words are deleted (the panel then shows the
// thread as detached).
//
// Order of events: a local edit changes the ProseMirror doc first and Yjs right after (the
// y-sync plugin's view update), so for that transaction the highlights are mapped through it
// and recomputed from Yjs a moment later (fragment observer, microtask). A remote edit changes
// Yjs first and then replaces the whole ProseMirror doc (mapping would collapse every
// highlight), so that transaction recomputes at once.

export interface ThreadAnchorInput {
  id: string;
  anchorStart: string | null;
  anchorEnd: string | null;
}

/** Where each thread's passage is now; null when it is detached. */
export type ThreadRanges = ReadonlyMap<string, PassageRange | null>;

interface HighlightState {
  anchors: ReadonlyArray<{ id: string; anchor: Anchor | null }>;
  active: string | null;
  ranges: ThreadRanges;
  decorations: DecorationSet;
}

type HighlightMeta = { anchors: ThreadAnchorInput[] } | { active: string | null } | { recompute: true };

export const threadHighlightsKey = new PluginKey<HighlightState>("threadHighlights");

export interface ThreadHighlightsOptions {
  /** The document's Y.XmlFragment (the one the Collaboration extension edits). */
  fragment: Y.XmlFragment | null;
  /** Called when a thread's passage disappears or comes back (read positions with threadRangeOf). */
  onRanges: (ranges: ThreadRanges) => void;
  /** Called when someone clicks a highlighted passage. */
  onSelectThread: (id: string) => void;
}

/**
 * Lets the editor read a selection the browser has changed but not yet reported (selectionchange
 * comes a moment after a key such as Ctrl+End). Redrawing highlights puts the editor's selection
 * back into the page, which would otherwise undo that key. Uses ProseMirror's DOM observer,
 * which its own key handling flushes the same way.
 */
function readPendingSelection(view: EditorView) {
  const observer = (view as unknown as { domObserver?: { forceFlush?: () => void; flush?: () => void } }).domObserver;
  observer?.forceFlush?.();
  observer?.flush?.();
}

function dispatchMeta(view: EditorView, meta: HighlightMeta) {
  if (view.isDestroyed) return;
  readPendingSelection(view);
  view.dispatch(view.state.tr.setMeta(threadHighlightsKey, meta));
}

/** Sets the threads to highlight (after every reload of the list). */
export function showThreadAnchors(view: EditorView, anchors: ThreadAnchorInput[]) {
  dispatchMeta(view, { anchors });
}

/** Where a thread's passage is in the editor now, or null when it is detached or unknown. */
export function threadRangeOf(state: EditorState, id: string): PassageRange | null {
  return threadHighlightsKey.getState(state)?.ranges.get(id) ?? null;
}

/** Marks one thread's passage as the one the panel is showing. */
export function showActiveThread(view: EditorView, active: string | null) {
  dispatchMeta(view, { active });
}

/** Whether the same threads are attached (positions move with every keystroke; the panel needs only this). */
function sameAttachment(a: ThreadRanges, b: ThreadRanges) {
  if (a.size !== b.size) return false;
  for (const [id, range] of a) {
    const other = b.get(id);
    if (other === undefined || (range === null) !== (other === null)) return false;
  }
  return true;
}

function decorate(doc: PmNode, ranges: ThreadRanges, active: string | null) {
  const decorations: Decoration[] = [];
  for (const [id, range] of ranges) {
    if (!range) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, { class: id === active ? "rw-thread-anchor rw-thread-anchor--active" : "rw-thread-anchor", "data-thread-id": id }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

export const ThreadHighlights = Extension.create<ThreadHighlightsOptions>({
  name: "threadHighlights",

  addOptions() {
    return { fragment: null, onRanges: () => undefined, onSelectThread: () => undefined };
  },

  addProseMirrorPlugins() {
    const { fragment } = this.options;
    const options = this.options;
    if (!fragment) return [];
    const isLeaf = leafTestOf(this.editor.schema);

    const resolve = (doc: PmNode, anchors: HighlightState["anchors"]): ThreadRanges => {
      // Before the text has arrived (first load) nothing resolves; the panel then keeps the server's word.
      if (fragment.length === 0) return new Map();
      const resolved = resolveAnchors(
        fragment,
        anchors.map((a) => a.anchor),
        isLeaf,
      );
      return new Map(
        anchors.map(({ id }, i) => {
          const range = resolved[i] ?? null;
          const usable = range && range.to <= doc.content.size && passageText(doc, range, 10) !== "";
          return [id, usable ? range : null];
        }),
      );
    };

    return [
      new Plugin<HighlightState>({
        key: threadHighlightsKey,
        state: {
          init: (_, state) => ({ anchors: [], active: null, ranges: new Map(), decorations: DecorationSet.create(state.doc, []) }),
          apply(tr, value, _oldState, newState) {
            const meta = tr.getMeta(threadHighlightsKey) as HighlightMeta | undefined;
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
            let { anchors, active } = value;
            if (meta && "anchors" in meta) {
              anchors = meta.anchors.map((a) => ({
                id: a.id,
                anchor: a.anchorStart && a.anchorEnd ? decodeAnchor(anchorFromBase64(a.anchorStart), anchorFromBase64(a.anchorEnd)) : null,
              }));
            }
            if (meta && "active" in meta) active = meta.active;
            if (meta && "active" in meta && !tr.docChanged) return { ...value, active, decorations: decorate(newState.doc, value.ranges, active) };
            if (meta || fromYjs) {
              const ranges = resolve(newState.doc, anchors);
              return { anchors, active, ranges, decorations: decorate(newState.doc, ranges, active) };
            }
            if (!tr.docChanged) return value;
            // A local edit: Yjs has not seen it yet. Follow it for now; the observer recomputes.
            const ranges = new Map<string, PassageRange | null>();
            for (const [id, range] of value.ranges) {
              if (!range) {
                ranges.set(id, null);
                continue;
              }
              const from = tr.mapping.map(range.from, 1);
              const to = tr.mapping.map(range.to, -1);
              ranges.set(id, from < to ? { from, to } : null);
            }
            return { anchors, active, ranges, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => threadHighlightsKey.getState(state)?.decorations,
          handleClick(view, pos) {
            const state = threadHighlightsKey.getState(view.state);
            if (!state) return false;
            for (const [id, range] of state.ranges) {
              if (range && range.from <= pos && pos <= range.to) {
                options.onSelectThread(id);
                break;
              }
            }
            // The click still places the cursor as usual.
            return false;
          },
        },
        view(view) {
          let scheduled = false;
          let destroyed = false;
          const recompute = () => {
            if (scheduled) return;
            scheduled = true;
            queueMicrotask(() => {
              scheduled = false;
              if (destroyed) return;
              dispatchMeta(view, { recompute: true });
            });
          };
          fragment.observeDeep(recompute);
          let reported: ThreadRanges | null = null;
          return {
            update(updated) {
              const ranges = threadHighlightsKey.getState(updated.state)?.ranges ?? null;
              if (!ranges || ranges === reported) return;
              const changed = !reported || !sameAttachment(reported, ranges);
              reported = ranges;
              if (changed) options.onRanges(ranges);
            },
            destroy() {
              destroyed = true;
              fragment.unobserveDeep(recompute);
            },
          };
        },
      }),
    ];
  },
});
