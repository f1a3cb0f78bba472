// BUILD TIME. After the export's prerender: every page must have been written at
// least once, or the exported site would silently lack it. Names each missing
// page with the likely reason (Next: test/integration/app-dir-export
// dynamic-missing-gsp, "returned no params").
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { AppManifest } from "../runtime/routing/app-manifest";
import { matchRoute } from "../runtime/routing/match";
import { isDynamicPattern } from "../runtime/routing/segments";
import { renderKinds } from "../vite/build-report-plugin";
import { pagesReportRows } from "../vite/pages-report";
import { findPagesDir, scanPages } from "../vite/routing/scan-pages";
import { exportsName } from "../vite/static-export-checks";

function source(file: string | undefined): string {
  try {
    return file ? readFileSync(file, "utf8") : "";
  } catch {
    return "";
  }
}

/** Problems for app/ and pages/ pages that no written path belongs to. */
export function unexportedPages(root: string, app: AppManifest | undefined, pageExtensions: string[], written: readonly string[]): string[] {
  const label = (file: string) => relative(root, file);
  const problems: string[] = [];
  const appRoutes = app?.routes.filter((route) => !route.intercept) ?? [];
  for (const [route, render] of renderKinds(appRoutes, written)) {
    if (route.kind !== "page" || render !== "dynamic") continue;
    const file = label(route.chain.at(-1)!.files.page!);
    problems.push(
      isDynamicPattern(route.segments)
        ? `${file}: Page "${route.pattern}" has "generateStaticParams()" but it returned no params, so it cannot be used with "output: export" config. Return at least one params object.`
        : `${file}: Page "${route.pattern}" was not rendered at build time.`,
    );
  }
  const { manifest, files } = scanPages(findPagesDir(root), pageExtensions);
  const rows = pagesReportRows(manifest, written, undefined, (parts) => parts, (parts) => matchRoute(appRoutes, parts) !== null);
  for (const row of rows) {
    if (row.kind !== "page" || row.render !== "dynamic") continue;
    const file = files[row.pattern]!;
    const reason = exportsName(source(file), "getStaticPaths")
      ? "getStaticPaths() returned no paths"
      : "a dynamic page needs getStaticProps() and getStaticPaths() listing every path to export";
    problems.push(`${label(file)}: Page "${row.pattern}" was not exported: ${reason}.`);
  }
  return problems;
}
