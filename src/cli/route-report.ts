// Prints the route table after `vinext build`, like `next build`: each route,
// static (○) or dynamic (ƒ), and the gzip size of the JS its first visit loads.
import type { ResolvedConfig } from "vite";
import type { BuildReportApi, RouteReportRow } from "../vite/build-report-plugin";
import { scanForReport } from "../vite/app-routes-plugin";
import type { ResolvedOptions } from "../vite/options";
import type { PagesReportApi } from "../vite/pages-routes-plugin";
import { matchRoute } from "../runtime/routing/match";

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

export function formatRouteTable(rows: readonly RouteReportRow[]): string {
  const width = Math.max(5, ...rows.map((row) => row.pattern.length));
  const lines = [`  ${"Route".padEnd(width)}  First Load JS (gzip)`];
  for (const row of rows) {
    const symbol = row.render === "dynamic" ? "ƒ" : row.render === "ssg" ? "●" : "○";
    const size = row.firstLoadJs === undefined ? "-" : formatBytes(row.firstLoadJs);
    lines.push(`${symbol} ${row.pattern.padEnd(width)}  ${size}`);
  }
  lines.push("", "○  (Static)   pre-rendered as static content", "●  (SSG)      pre-rendered as static HTML (uses generateStaticParams)", "ƒ  (Dynamic)  rendered on each request");
  return lines.join("\n");
}

export function printRouteReport(config: ResolvedConfig, options: ResolvedOptions): RouteReportRow[] {
  const plugin = config.plugins.find((p) => p.name === "vinext:build-report");
  const api = plugin?.api as BuildReportApi | undefined;
  if (!api) return [];
  const manifest = scanForReport(options);
  const rows = api.rows(manifest);
  // pages/ routes (src/vite/pages-report.ts), after the app's; paths app routes serve are theirs.
  const pages = config.plugins.find((p) => p.name === "vinext:pages-routes")?.api as PagesReportApi | undefined;
  rows.push(...(pages?.rows(api.written(), (parts) => matchRoute(manifest.routes, parts) !== null) ?? []));
  console.log(`\n${formatRouteTable(rows)}`);
  return rows;
}
