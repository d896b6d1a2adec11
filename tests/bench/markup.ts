/**
 * The markup of a page as an element tree, for the bare reference to render the same elements
 * without the app: `markupTree(html)` turns a page's server-rendered <body> (React's own output:
 * well-formed, attributes double-quoted, entities escaped) into [tag, attributes, ...children]
 * with text as strings. Scripts and templates are left out — the bare page brings its own.
 */
import type { MarkupNode } from "./bare-app/app/markup/render";

export type { MarkupNode };

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const SKIPPED = new Set(["script", "template", "noscript", "style"]);

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/** The children of the page's <body>, as a tree. */
export function markupTree(html: string): MarkupNode[] {
  const start = html.indexOf("<body");
  const open = html.indexOf(">", start) + 1;
  const end = html.lastIndexOf("</body>");
  const source = html.slice(open, end);
  const root: [string, Record<string, string>, ...MarkupNode[]] = ["body", {}];
  const stack: (typeof root)[] = [root];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
  let at = 0;
  let skipping: string | null = null;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const text = source.slice(at, match.index);
    at = tag.lastIndex;
    if (!skipping && text) stack.at(-1)!.push(decodeEntities(text));
    if (match[0].startsWith("<!--")) continue;
    const [, closing, rawName, rawAttributes, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (closing) {
      while (stack.length > 1 && stack.pop()![0] !== name);
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipping = name;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of rawAttributes!.matchAll(/\s+([^\s"'>/=]+)(?:="([^"]*)")?/g))
      attributes[key!] = decodeEntities(value ?? "");
    const element: typeof root = [name, attributes];
    stack.at(-1)!.push(element);
    if (!VOID.has(name) && !selfClosing) stack.push(element);
  }
  return root.slice(2) as MarkupNode[];
}

/** How many elements a tree holds: the benchmark checks the bare page renders as many. */
export function countElements(nodes: readonly MarkupNode[]): number {
  let count = 0;
  for (const node of nodes)
    if (typeof node !== "string") count += 1 + countElements(node.slice(2) as MarkupNode[]);
  return count;
}
