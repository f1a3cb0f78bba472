// Generates `virtual:vinext/app-routes`: the scanned App Router manifest as data
// plus one lazy import() per route file, so a request loads only its own route.
// Metadata files load the same way: static ones through Vite's `?inline` (a
// base64 data URL) or `?raw` (text), so Workers need no filesystem at request time.
import type { AppManifest, SegmentFiles } from "../../runtime/routing/app-manifest";

export const APP_ROUTES_ID = "virtual:vinext/app-routes";

export function appRoutesModule(manifest: AppManifest): string {
  const files = new Set<string>();
  const seen = new Set<SegmentFiles>();
  const collect = (segment: SegmentFiles) => {
    if (seen.has(segment)) return;
    seen.add(segment);
    for (const file of Object.values(segment.files)) if (file) files.add(file);
    // Parallel route slots carry their own trees.
    for (const slot of segment.slots ?? []) {
      collect(slot.root);
      for (const route of slot.routes) route.chain.forEach(collect);
    }
  };
  collect(manifest.root);
  for (const route of manifest.routes) route.chain.forEach(collect);
  for (const meta of manifest.metadataRoutes ?? []) files.add(meta.file);
  const loaders = [...files].map((file) => `  ${JSON.stringify(file)}: () => import(${JSON.stringify(file)}),`);
  return [
    `export const manifest = ${JSON.stringify(manifest)};`,
    `export const modules = {`,
    ...loaders,
    `};`,
  ].join("\n");
}
