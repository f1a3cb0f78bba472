// Turns image files drawn by code (icon.tsx, opengraph-image.tsx…) into the
// entries <head> links, read from their exports: `sizes` / og:image:width and
// height from `size`, the type from `contentType`, og:image:alt from `alt`, one
// link per item of generateImageMetadata (`icon/<id>`). Next:
// test/e2e/app-dir/metadata-dynamic-routes ("should support generate multi
// images with generateImageMetadata", "should inject dynamic metadata properly to head").
import type { MetadataFile, ModuleLoader } from "../../routing/app-manifest";
import type { Params } from "../../routing/match";
import { imageEntries, isGeneratedImage, type ImageEntry } from "../../server/metadata-image";

function linkedFile(file: MetadataFile, entry: ImageEntry, multiple: boolean): MetadataFile {
  const social = file.kind === "opengraph-image" || file.kind === "twitter-image";
  const size = entry.size;
  return {
    ...file,
    name: multiple ? `${file.name}/${entry.id}` : file.name,
    contentType: entry.contentType,
    ...(size ? (social ? { width: size.width, height: size.height } : { sizes: `${size.width}x${size.height}` }) : {}),
    ...(entry.alt !== undefined ? { alt: entry.alt } : {}),
  };
}

/** The folder's metadata files with each generated image replaced by the images it declares. */
export async function resolveImageFiles(
  files: MetadataFile[] | undefined,
  params: Params,
  modules: Record<string, ModuleLoader>,
): Promise<MetadataFile[] | undefined> {
  if (!files?.some(isGeneratedImage)) return files;
  const expanded = await Promise.all(
    files.map(async (file) => {
      if (!isGeneratedImage(file)) return [file];
      const load = modules[file.file];
      if (!load) throw new Error(`[vinext] ${file.file}: module missing from the route manifest.`);
      const { multiple, entries } = await imageEntries(file, await load(), params);
      return entries.map((entry) => linkedFile(file, entry, multiple));
    }),
  );
  return expanded.flat();
}
