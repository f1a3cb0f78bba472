// The segments useSelectedLayoutSegment(s) report for a layout: the folders
// below it on the active route, with params filled in and route groups left out.
// (Next: test/e2e/app-dir/use-selected-layout-segment-s)
import type { SegmentFiles } from "../routing/app-manifest";
import type { Params } from "../routing/match";

function folderName(segment: SegmentFiles): string {
  return segment.dir.split("/").at(-1) ?? "";
}

/** @example segmentsBelow(chain, 0, { slug: "a" }) // ["blog", "a"] */
export function segmentsBelow(chain: readonly SegmentFiles[], index: number, params: Params): string[] {
  const out: string[] = [];
  for (const segment of chain.slice(index + 1)) {
    const name = folderName(segment);
    if (name.startsWith("(") || name.startsWith("@") || name === "") continue;
    const dynamic = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(name);
    if (!dynamic) {
      out.push(name);
      continue;
    }
    const value = params[dynamic[1]!];
    if (value === undefined) continue;
    out.push(Array.isArray(value) ? value.join("/") : value);
  }
  return out;
}
