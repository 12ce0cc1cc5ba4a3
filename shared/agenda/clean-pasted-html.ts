/**
 * Cleans HTML pasted from Word (or another word processor) before the editor parses it: keeps
 * the structure the agenda's schema knows (headings, paragraphs, lists, bold, italic,
 * underline, links, tables, line breaks) and drops the rest (Office XML such as <o:p>, <style>,
 * <meta>, comments, conditional comments, classes, inline styles, empty spans, images).
 * Word's list paragraphs (`<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">` with
 * the bullet or number as text) become real <ul>/<ol> lists, nested by their level.
 *
 * Pure string work with a small tokenizer, so it runs the same in Node (tests) and in the browser.
 */
export function cleanPastedHtml(html: string): string {
  const tree = buildTree(tokenize(html));
  return serialize(cleanChildren(tree));
}

/** Only web and mail links: no javascript:, data:, file: or relative links from another document. */
export function isAllowedHref(href: string): boolean {
  const value = decodeEntities(href)
    // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
    .split("")
    .filter((char) => char.charCodeAt(0) > 0x20 && char.charCodeAt(0) !== 0x7f)
    .join("");
  return /^(https?:\/\/[^/]|mailto:[^@\s]+@)/i.test(value);
}

// ---------------------------------------------------------------------------------------------
// Tokens and a forgiving tree

type Token =
  | { kind: "text"; text: string }
  | { kind: "open"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "close"; name: string }
  /** Word's "downlevel-revealed" conditional `<![if !supportLists]>`: its content is a list marker. */
  | { kind: "condOpen"; condition: string }
  | { kind: "condClose" };

interface ElementNode {
  type: "element";
  name: string;
  attrs: Record<string, string>;
  children: TreeNode[];
}
interface TextNode {
  type: "text";
  text: string;
}
type TreeNode = ElementNode | TextNode;

const voidElements = new Set(["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param", "embed"]);
/** Elements whose content is never text for the document. */
const rawContentElements = new Set(["style", "script", "title", "xml", "template", "noscript", "textarea"]);

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const pushText = (text: string) => {
    if (text) tokens.push({ kind: "text", text });
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      pushText(html.slice(i));
      break;
    }
    pushText(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      // Comments, including Word's conditional comments <!--[if gte mso 9]>...<![endif]-->.
      const conditional = /^<!--\[if[^\]]*\]>/i.exec(html.slice(lt, lt + 200));
      if (conditional) {
        const end = html.indexOf("<![endif]-->", lt);
        i = end === -1 ? html.length : end + "<![endif]-->".length;
      } else {
        const end = html.indexOf("-->", lt + 4);
        i = end === -1 ? html.length : end + 3;
      }
      continue;
    }
    if (html.startsWith("<![", lt)) {
      const end = html.indexOf("]>", lt);
      const inner = html.slice(lt + 3, end === -1 ? html.length : end).trim();
      if (/^if\b/i.test(inner)) tokens.push({ kind: "condOpen", condition: inner.slice(2).trim() });
      else if (/^endif$/i.test(inner)) tokens.push({ kind: "condClose" });
      // <![CDATA[ ... ]]> and anything else: dropped.
      i = end === -1 ? html.length : end + 2;
      continue;
    }
    if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
      // <!DOCTYPE ...>, <?xml ...?>
      const end = html.indexOf(">", lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const close = /^<\/([a-zA-Z][\w:.-]*)\s*>/.exec(html.slice(lt, lt + 200));
    if (close) {
      tokens.push({ kind: "close", name: close[1]!.toLowerCase() });
      i = lt + close[0].length;
      continue;
    }
    const open = /^<([a-zA-Z][\w:.-]*)/.exec(html.slice(lt, lt + 200));
    if (!open) {
      // A lone "<" in text ("a < b").
      pushText("&lt;");
      i = lt + 1;
      continue;
    }
    const name = open[1]!.toLowerCase();
    const { attrs, end, selfClosing } = readAttributes(html, lt + open[0].length);
    i = end;
    if (rawContentElements.has(name) && !selfClosing) {
      const closing = html.toLowerCase().indexOf(`</${name}`, i);
      const after = closing === -1 ? -1 : html.indexOf(">", closing);
      i = after === -1 ? html.length : after + 1;
      continue;
    }
    tokens.push({ kind: "open", name, attrs, selfClosing });
  }
  return tokens;
}

/** Reads attributes from `start` up to the tag's closing ">" (quotes may contain ">"). */
function readAttributes(html: string, start: number) {
  const attrs: Record<string, string> = {};
  let i = start;
  let selfClosing = false;
  while (i < html.length) {
    while (i < html.length && /\s/.test(html[i]!)) i++;
    const c = html[i];
    if (c === undefined) break;
    if (c === ">") {
      i++;
      return { attrs, end: i, selfClosing };
    }
    if (c === "/") {
      selfClosing = true;
      i++;
      continue;
    }
    const nameMatch = /^[^\s=>/]+/.exec(html.slice(i, i + 200));
    if (!nameMatch) {
      i++;
      continue;
    }
    const attrName = nameMatch[0].toLowerCase();
    i += nameMatch[0].length;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (i < html.length && /\s/.test(html[i]!)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const endQuote = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, endQuote === -1 ? html.length : endQuote);
        i = endQuote === -1 ? html.length : endQuote + 1;
      } else {
        const unquoted = /^[^\s>]*/.exec(html.slice(i))![0];
        value = unquoted;
        i += unquoted.length;
      }
    }
    attrs[attrName] = value;
    selfClosing = false;
  }
  return { attrs, end: html.length, selfClosing };
}

/** Blocks that end an open paragraph when they start (as the HTML parser does). */
const closesParagraph = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "div", "blockquote", "pre", "hr"]);

function buildTree(tokens: Token[]): ElementNode {
  const root: ElementNode = { type: "element", name: "#root", attrs: {}, children: [] };
  const stack: ElementNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const closeUpTo = (name: string, stopAt: readonly string[] = []) => {
    for (let k = stack.length - 1; k > 0; k--) {
      const el = stack[k]!;
      if (stopAt.includes(el.name)) return;
      if (el.name === name) {
        stack.length = k;
        return;
      }
    }
  };
  for (const token of tokens) {
    switch (token.kind) {
      case "text":
        top().children.push({ type: "text", text: token.text });
        break;
      case "condOpen": {
        const el: ElementNode = { type: "element", name: "#cond", attrs: { condition: token.condition }, children: [] };
        top().children.push(el);
        stack.push(el);
        break;
      }
      case "condClose":
        closeUpTo("#cond");
        break;
      case "open": {
        if (closesParagraph.has(token.name) && stack.some((el) => el.name === "p")) closeUpTo("p", ["td", "th", "li"]);
        if (token.name === "li") closeUpTo("li", ["ul", "ol"]);
        if (token.name === "td" || token.name === "th") {
          closeUpTo("td", ["tr", "table"]);
          closeUpTo("th", ["tr", "table"]);
        }
        if (token.name === "tr") closeUpTo("tr", ["table"]);
        const el: ElementNode = { type: "element", name: token.name, attrs: token.attrs, children: [] };
        top().children.push(el);
        if (!token.selfClosing && !voidElements.has(token.name)) stack.push(el);
        break;
      }
      case "close":
        if (token.name === "p" && !stack.some((el) => el.name === "p")) break;
        closeUpTo(token.name);
        break;
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Cleaning

/** Dropped with everything inside them. */
const dropWithContent = new Set(["head", "img", "svg", "object", "iframe", "embed", "video", "audio", "canvas", "button", "select", "input", "map", "hr"]);
const blockNames = new Set(["p", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "th", "thead", "tbody"]);
const headingLevel: Record<string, string> = { h1: "h1", h2: "h2", h3: "h3", h4: "h3", h5: "h3", h6: "h3" };

interface ListParagraph {
  level: number;
  listId: string;
  ordered: boolean;
}

function styleOf(el: ElementNode): string {
  return (el.attrs.style ?? "").toLowerCase();
}

/** Word's list paragraph: a paragraph with `mso-list: l0 level1 lfo1` (and a marker span inside). */
function wordListParagraph(el: ElementNode): ListParagraph | null {
  // Numbered headings ("1. Inleiding") stay headings; their number is dropped with the marker.
  if (el.name !== "p") return null;
  const style = styleOf(el).replace(/\s+/g, " ");
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/.exec(style);
  if (!match) return null;
  const marker = decodeEntities(markerText(el)).replace(/\s+/g, "");
  return { listId: match[1]!, level: Number(match[2]), ordered: /^\(?[0-9a-z]{1,4}([.][0-9a-z]{1,4})*[.)]/i.test(marker) };
}

function isMarker(node: TreeNode): boolean {
  if (node.type !== "element") return false;
  if (node.name === "#cond") return /supportLists/i.test(node.attrs.condition ?? "");
  return node.name === "span" && /mso-list:\s*ignore/.test(styleOf(node));
}

/** The bullet or number Word writes in front of a list paragraph ("·", "o", "1.", "a)"). */
function markerText(el: ElementNode): string {
  for (const child of el.children) {
    if (isMarker(child)) return textOf(child);
    if (child.type === "element") {
      const inner = markerText(child);
      if (inner) return inner;
    }
  }
  return "";
}

function textOf(node: TreeNode): string {
  return node.type === "text" ? node.text : node.children.map(textOf).join("");
}

function element(name: string, children: TreeNode[], attrs: Record<string, string> = {}): ElementNode {
  return { type: "element", name, attrs, children };
}

/** Cleans one node into zero or more nodes of the allowed set. */
function cleanNode(node: TreeNode): TreeNode[] {
  if (node.type === "text") {
    const text = node.text.replace(/\r?\n/g, " ");
    return text ? [{ type: "text", text }] : [];
  }
  const name = node.name;
  if (name.includes(":") || dropWithContent.has(name) || isMarker(node)) return [];
  const children = () => cleanChildren(node);
  if (name in headingLevel) return [element(headingLevel[name]!, children())];
  switch (name) {
    case "p":
    case "ul":
    case "ol":
    case "li":
    case "tr":
    case "thead":
    case "tbody":
    case "table":
      return [element(name, children())];
    case "tfoot":
      return children();
    case "td":
    case "th": {
      const attrs: Record<string, string> = {};
      for (const span of ["colspan", "rowspan"]) {
        const value = node.attrs[span];
        if (value && /^\d{1,3}$/.test(value) && value !== "1") attrs[span] = value;
      }
      return [element(name, children(), attrs)];
    }
    case "br":
      return [element("br", [])];
    case "strong":
    case "b":
      // Google Docs wraps everything in <b style="font-weight:normal">.
      return /font-weight:\s*(normal|400)/.test(styleOf(node)) ? children() : [element("strong", children())];
    case "em":
    case "i":
      return [element("em", children())];
    case "u":
      return [element("u", children())];
    case "a": {
      const href = node.attrs.href ?? "";
      return isAllowedHref(href) ? [element("a", children(), { href })] : children();
    }
    case "span":
    case "font": {
      // Word and Google Docs say bold and italic with styles; keep that, drop the rest.
      const style = styleOf(node);
      let result = children();
      if (/font-style:\s*italic/.test(style)) result = [element("em", result)];
      if (/font-weight:\s*(bold|[6-9]00)/.test(style)) result = [element("strong", result)];
      return result;
    }
    default:
      // div, section, body, html, #cond and unknown elements: keep what is inside.
      return children();
  }
}

function cleanChildren(parent: ElementNode): TreeNode[] {
  const out: TreeNode[] = [];
  const lists: { level: number; ordered: boolean; listId: string; el: ElementNode }[] = [];
  for (const child of parent.children) {
    const list = child.type === "element" ? wordListParagraph(child) : null;
    if (list && child.type === "element") {
      addListItem(out, lists, list, element("li", [element("p", cleanChildren(child))]));
      continue;
    }
    // Whitespace between Word's list paragraphs does not end the list.
    if (child.type === "text" && !child.text.trim() && lists.length > 0) continue;
    lists.length = 0;
    out.push(...cleanNode(child));
  }
  return tidy(out, parent.name);
}

/** Puts a list paragraph into the right (nested) list, opening lists as its level needs. */
function addListItem(out: TreeNode[], lists: { level: number; ordered: boolean; listId: string; el: ElementNode }[], info: ListParagraph, li: ElementNode) {
  while (lists.length > 0 && lists[lists.length - 1]!.level > info.level) lists.pop();
  const top = lists[lists.length - 1];
  if (top && top.level === info.level && top.ordered === info.ordered && top.listId === info.listId) {
    top.el.children.push(li);
    return;
  }
  if (top && top.level === info.level) lists.pop();
  const list = element(info.ordered ? "ol" : "ul", [li]);
  const parent = lists[lists.length - 1];
  if (parent) {
    let lastItem = parent.el.children[parent.el.children.length - 1] as ElementNode | undefined;
    if (!lastItem) {
      lastItem = element("li", [element("p", [])]);
      parent.el.children.push(lastItem);
    }
    lastItem.children.push(list);
  } else {
    out.push(list);
  }
  lists.push({ level: info.level, ordered: info.ordered, listId: info.listId, el: list });
}

const inlineNames = new Set(["strong", "em", "u", "a"]);

function isBlank(nodes: TreeNode[]): boolean {
  return nodes.every((n) => (n.type === "text" ? !decodeEntities(n.text).replace(/[\s\u00a0]/g, "") : n.name !== "br" && isBlank(n.children)));
}

/** Drops what is empty (spans, paragraphs with only &nbsp;, links without text) and blank text between blocks. */
function tidy(nodes: TreeNode[], parentName: string): TreeNode[] {
  const holdsBlocks = parentName === "#root" || ["ul", "ol", "li", "table", "tr", "thead", "tbody", "td", "th"].includes(parentName);
  const result: TreeNode[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      if (holdsBlocks && !node.text.trim()) continue;
      result.push(node);
      continue;
    }
    if (inlineNames.has(node.name) && isBlank(node.children) && !node.children.some((c) => c.type === "element" && c.name === "br")) {
      result.push(...node.children.filter((c) => c.type === "text"));
      continue;
    }
    if ((node.name === "p" || node.name in headingLevel) && isBlank(node.children)) continue;
    if ((node.name === "ul" || node.name === "ol") && node.children.length === 0) continue;
    result.push(node);
  }
  // Trim the spaces Word leaves at the start and end of a block.
  if (blockNames.has(parentName)) {
    const first = result[0];
    if (first?.type === "text") first.text = first.text.replace(/^\s+/, "");
    const last = result[result.length - 1];
    if (last?.type === "text") last.text = last.text.replace(/\s+$/, "");
  }
  return result.filter((n) => n.type !== "text" || n.text !== "");
}

// ---------------------------------------------------------------------------------------------
// Output

function serialize(nodes: TreeNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const attrs = Object.entries(node.attrs)
        .map(([key, value]) => ` ${key}="${value.replace(/"/g, "&quot;")}"`)
        .join("");
      if (node.name === "br") return "<br>";
      return `<${node.name}${attrs}>${serialize(node.children)}</${node.name}>`;
    })
    .join("");
}

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
    }
    return namedEntities[entity.toLowerCase()] ?? whole;
  });
}
