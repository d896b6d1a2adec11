/**
 * The same elements as a Trivsel page, rendered by React on every request with nothing else:
 * no session, no database, no app code. The tree is the page's own markup (tests/bench/markup.ts),
 * written by the benchmark to BARE_MARKUP_DIR/<name>.json and read once per process.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { render, type MarkupNode } from "../render";

export const dynamic = "force-dynamic";

const trees = new Map<string, MarkupNode[]>();

function treeOf(name: string): MarkupNode[] {
  if (!/^[\w-]+$/.test(name)) return [];
  let tree = trees.get(name);
  if (!tree) {
    const dir = process.env.BARE_MARKUP_DIR ?? "";
    tree = JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as MarkupNode[];
    trees.set(name, tree);
  }
  return tree;
}

export default async function MarkupPage({ params }: { params: Promise<{ name: string }> }) {
  return <>{treeOf((await params).name).map(render)}</>;
}
