/**
 * A V8 CPU profile (`node --cpu-prof`) summed up for a reader: the functions and the files that
 * took the time, self (the function itself) and inclusive (with what it called), per request.
 */
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

/** A file's short name: the package for node_modules, the chunk for Next's build output. */
export function fileLabel(url: string): string {
  if (!url) return "(native)";
  const pathname = url.replace(/^file:\/\//, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(pathname);
  if (pkg && !pathname.includes("/.next/")) return pkg[1]!;
  const chunk = /\.next\/(.*)$/.exec(pathname);
  if (chunk) return `.next/${chunk[1]}`;
  return pathname.startsWith("node:") ? pathname : path(pathname);
}

function path(pathname: string): string {
  const parts = pathname.split("/");
  return parts.slice(-2).join("/");
}

type Row = { key: string; self: number; total: number };

function table(title: string, rows: Row[], perRequest: (ms: number) => string, top: number) {
  const lines = rows
    .sort((a, b) => b.self - a.self)
    .slice(0, top)
    .map(
      (row) =>
        `  ${perRequest(row.self).padStart(8)}  ${perRequest(row.total).padStart(9)}  ${row.key}`,
    );
  return [`${title}`, `  ${"self ms".padStart(8)}  ${"incl. ms".padStart(9)}`, ...lines].join("\n");
}

/** The top functions and files by self time, with their inclusive time, in ms per request. */
export function summariseProfile(profile: CpuProfile, requests: number, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);

  const functionKey = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || "(anonymous)"}  ${fileLabel(url)}:${lineNumber + 1}`;
  };
  const fileKey = (id: number) => {
    const { functionName, url } = byId.get(id)!.callFrame;
    return url ? fileLabel(url) : functionName;
  };

  const functions = new Map<string, Row>();
  const files = new Map<string, Row>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    if (byId.get(id)!.callFrame.functionName === "(idle)") return;
    busy += ms;
    for (const [rows, keyOf] of [
      [functions, functionKey],
      [files, fileKey],
    ] as const) {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const key = keyOf(at);
        const row = rows.get(key) ?? { key, self: 0, total: 0 };
        if (at === id) row.self += ms;
        if (!seen.has(key)) row.total += ms;
        seen.add(key);
        rows.set(key, row);
      }
    }
  });
  const perRequest = (ms: number) => (ms / requests).toFixed(2);
  return [
    `CPU busy: ${perRequest(busy)} ms per request (${(busy / 1000).toFixed(1)} s in all)`,
    "",
    table("By file", [...files.values()], perRequest, top),
    "",
    table("By function", [...functions.values()], perRequest, top),
  ].join("\n");
}
