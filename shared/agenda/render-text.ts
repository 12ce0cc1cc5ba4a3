import { stateToDocument, type AgendaDocument, type AgendaNode } from "./document";

// An agenda as readable plain text, for frozen versions and for diffs between them. Markdown-
// like on purpose: headings keep their level ("## "), list items their bullet or number, so a
// diff of two versions shows a moved or renamed section as such. Marks (bold, links) are left
// out: a diff of formatting would drown the changes in wording that reviewers look for.

/** The text of an agenda stored as a Yjs state. */
export function renderAgendaText(state: Uint8Array): string {
  return renderDocumentText(stateToDocument(state));
}

/** The text of an agenda document (ProseMirror JSON). Blocks are separated by one blank line. */
export function renderDocumentText(document: AgendaDocument): string {
  // Trailing spaces are invisible and would only show up as noise in a diff.
  return renderBlocks(document.content, "\n\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

function renderBlocks(nodes: readonly AgendaNode[] | undefined, separator: string): string {
  return (nodes ?? [])
    .map(renderBlock)
    .filter((text) => text.trim() !== "")
    .join(separator);
}

function renderBlock(node: AgendaNode): string {
  switch (node.type) {
    case "heading": {
      const text = renderInline(node.content);
      return text.trim() === "" ? "" : `${"#".repeat(Number(node.attrs?.level ?? 1))} ${text}`;
    }
    case "paragraph":
      return renderInline(node.content);
    case "bulletList":
      return renderList(node, () => "- ");
    case "orderedList": {
      const start = Number(node.attrs?.start ?? 1);
      return renderList(node, (index) => `${start + index}. `);
    }
    case "blockquote":
      return prefixLines(renderBlocks(node.content, "\n\n"), "> ", "> ");
    case "codeBlock":
      return renderInline(node.content);
    case "horizontalRule":
      return "---";
    case "table":
      return (node.content ?? []).map(renderTableRow).join("\n");
    default:
      // A block this renderer does not know: its text still counts.
      return node.content ? renderBlocks(node.content, "\n\n") : renderInline([node]);
  }
}

/** One line per item; an item's further paragraphs and nested lists are indented under it. */
function renderList(list: AgendaNode, marker: (index: number) => string): string {
  return (list.content ?? [])
    .map((item, index) => {
      const bullet = marker(index);
      const body = renderBlocks(item.content, "\n");
      return prefixLines(body, bullet, " ".repeat(bullet.length)).trimEnd();
    })
    .join("\n");
}

/** A table row as its cells separated by " | "; a cell's paragraphs run on with a space. */
function renderTableRow(row: AgendaNode): string {
  return (row.content ?? []).map((cell) => renderBlocks(cell.content, " ").replace(/\s*\n\s*/g, " ")).join(" | ");
}

function renderInline(nodes: readonly AgendaNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === "text") return node.text ?? "";
      if (node.type === "hardBreak") return "\n";
      if (node.type === "statusChip") return `[${String(node.attrs?.label ?? "")}]`;
      return renderInline(node.content);
    })
    .join("");
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join("\n");
}
