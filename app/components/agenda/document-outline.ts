import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/** How far the text's headings sit below the page's own (h1 werkgroep, h2 "Concept transformatieagenda"). */
export const outlineOffset = 2;

/**
 * Shows the text's headings at their place in the page's outline: the document's title
 * (level 1) is an <h3> under the page's h2, its chapters <h4>, and so on, so a screen reader's
 * list of headings reads as one outline and the page keeps a single h1. Only the editor's view
 * changes: the schema, the stored text and what is copied keep levels 1 to 3.
 */
export const DocumentOutline = Extension.create({
  name: "documentOutline",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("documentOutline"),
        props: {
          nodeViews: {
            heading: (initial) => {
              let node: ProseMirrorNode = initial;
              const level = Number(node.attrs.level) || 1;
              const dom = document.createElement(`h${Math.min(level + outlineOffset, 6)}`);
              dom.dataset.level = String(level);
              return {
                dom,
                contentDOM: dom,
                update(next) {
                  if (next.type !== node.type || next.attrs.level !== node.attrs.level) return false;
                  node = next;
                  return true;
                },
              };
            },
          },
        },
      }),
    ];
  },
});
