// Metadata file conventions in <head>: favicon/icon/apple-icon become icon
// links, opengraph-image/twitter-image become social images, app/manifest.*
// the manifest link. File-based metadata wins over the `metadata` export of
// the same segment unless that export sets `images` itself (Next:
// test/e2e/app-dir/metadata, "should override file based images when
// opengraph-image and twitter-image specify images property"). Pure.
import type { MetadataFile } from "../../routing/app-manifest";
import type { Params } from "../../routing/match";
import type { IconInput, MetadataInput, ResolvedImage, ResolvedMetadata } from "./types";
import { fillSegments, resolveUrl } from "./url";

/** Icons from the deepest segment that has icon files; used only when no segment sets `icons`. */
export interface StaticIcons {
  icon: IconInput[];
  apple: IconInput[];
}

/** The URL a metadata file is served at for these params, with `?hash` when it has one. */
export function metadataFileHref(file: MetadataFile, params: Params, withHash = true): string {
  const folder = fillSegments(file.segments, params);
  const path = `${folder === "/" ? "" : folder}/${file.name}`;
  // The favicon keeps a stable URL: it is revalidated on every use instead.
  return withHash && file.hash && file.kind !== "favicon" ? `${path}?${file.hash}` : path;
}

function socialImages(files: MetadataFile[], kind: MetadataFile["kind"], params: Params, base: URL | null): ResolvedImage[] {
  return files
    .filter((file) => file.kind === kind)
    .map((file) => ({
      url: resolveUrl(metadataFileHref(file, params), base),
      type: file.contentType,
      ...(file.width ? { width: file.width, height: file.height } : {}),
      ...(file.alt ? { alt: file.alt } : {}),
    }));
}

const emptyTitle = () => ({ absolute: "", template: null });

/**
 * Applies one segment's metadata files on top of its merged metadata.
 * `source` is that segment's own `metadata` (to see whether it set images).
 */
export function applyMetadataFiles(
  target: ResolvedMetadata,
  files: MetadataFile[],
  source: MetadataInput | undefined,
  params: Params,
  fallbackBase: URL | null,
  icons: StaticIcons,
): ResolvedMetadata {
  const out = { ...target };
  const link = (file: MetadataFile): IconInput => ({ url: metadataFileHref(file, params), type: file.contentType, ...(file.sizes ? { sizes: file.sizes } : {}) });
  const icon = files.filter((f) => f.kind === "favicon" || f.kind === "icon").map(link);
  const apple = files.filter((f) => f.kind === "apple-icon").map(link);
  if (icon.length) icons.icon = icon;
  if (apple.length) icons.apple = apple;

  const base = out.metadataBase ?? fallbackBase;
  const og = socialImages(files, "opengraph-image", params, base);
  if (og.length && !(source?.openGraph && "images" in source.openGraph)) {
    out.openGraph = { title: emptyTitle(), ...out.openGraph, images: og };
  }
  const tw = socialImages(files, "twitter-image", params, base);
  if (tw.length && !(source?.twitter && "images" in source.twitter)) {
    out.twitter = { title: emptyTitle(), ...out.twitter, images: tw };
  }
  const manifest = files.find((f) => f.kind === "manifest");
  if (manifest) out.manifest = metadataFileHref(manifest, params, false);
  return out;
}

/** Adds the static icons when no segment declared `icons` (Next keeps declared icons over files). */
export function withStaticIcons(metadata: ResolvedMetadata, icons: StaticIcons): ResolvedMetadata {
  if (metadata.icons || (icons.icon.length === 0 && icons.apple.length === 0)) return metadata;
  return { ...metadata, icons: { icon: icons.icon, apple: icons.apple } };
}
