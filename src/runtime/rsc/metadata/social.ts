// Open Graph and Twitter card resolution: titles through their own templates,
// images made absolute (against metadataBase, else the request origin), and
// the final pass where Twitter borrows what it lacks from Open Graph and both
// borrow title/description from the page (Next: test/e2e/app-dir/metadata,
// "should support opengraph tags" expects twitter:* filled from openGraph). Pure.
import { asArray, resolveTitle } from "./title";
import type { ImageInput, ResolvedImage, ResolvedMetadata, ResolvedOpenGraph, ResolvedTwitter, TitleInput, UrlLike } from "./types";
import { resolveUrl } from "./url";

type Media = UrlLike | ImageInput;

export function resolveImages(images: Media | Media[] | null | undefined, base: URL | null): ResolvedImage[] {
  return asArray(images).flatMap((image) => {
    if (!image) return [];
    if (typeof image === "string" || image instanceof URL) return [{ url: resolveUrl(image, base) }];
    return [{ ...image, url: resolveUrl(image.url, base), ...(image.secureUrl ? { secureUrl: resolveUrl(image.secureUrl, base) } : {}) }];
  });
}

export function resolveOpenGraph(
  og: Record<string, unknown> | null | undefined,
  base: URL | null,
  pathname: string,
  template: string | null,
): ResolvedOpenGraph | null {
  if (!og) return null;
  const out: ResolvedOpenGraph = { ...og, title: resolveTitle(og.title as TitleInput, template) };
  if (og.url) out.url = resolveUrl(og.url as UrlLike, base, pathname);
  // `images` stays absent (not []) when the segment did not mention it, so
  // static opengraph-image files can still fill it.
  if ("images" in og) out.images = resolveImages(og.images as Media[], base);
  for (const key of ["videos", "audio"] as const) if (key in og) out[key] = resolveImages(og[key] as Media[], base);
  return out;
}

export function resolveTwitter(tw: Record<string, unknown> | null | undefined, base: URL | null, template: string | null): ResolvedTwitter | null {
  if (!tw) return null;
  const out: ResolvedTwitter = { ...tw, title: resolveTitle(tw.title as TitleInput, template) };
  if ("images" in tw) out.images = resolveImages(tw.images as Media[], base);
  return out;
}

/**
 * The last step of resolution: Twitter takes title, description and images it
 * does not set from Open Graph; both take title and description from the page;
 * the card defaults to summary_large_image when there is an image.
 */
export function finalizeSocial(metadata: ResolvedMetadata): ResolvedMetadata {
  let { openGraph, twitter } = metadata;
  if (openGraph) {
    const inherited: Partial<ResolvedTwitter> = {};
    if (!twitter?.title.absolute && openGraph.title.absolute) inherited.title = openGraph.title;
    if (!twitter?.description && openGraph.description) inherited.description = openGraph.description;
    if (twitter?.images === undefined && openGraph.images?.length) inherited.images = openGraph.images;
    if (Object.keys(inherited).length) twitter = { title: { absolute: "", template: null }, ...twitter, ...inherited };
  }
  const fromPage = <T extends ResolvedOpenGraph | ResolvedTwitter>(target: T | null): T | null => {
    if (!target) return null;
    const out = { ...target };
    if (!out.title.absolute && metadata.title?.absolute) out.title = { absolute: metadata.title.absolute, template: out.title.template };
    if (!out.description && metadata.description) out.description = metadata.description;
    return out;
  };
  openGraph = fromPage(openGraph);
  twitter = fromPage(twitter);
  if (twitter && !twitter.card) twitter = { ...twitter, card: twitter.images?.length ? "summary_large_image" : "summary" };
  return { ...metadata, openGraph, twitter };
}
