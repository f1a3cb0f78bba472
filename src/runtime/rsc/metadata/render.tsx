// Resolved metadata and viewport → <head> tags, in the order Next writes them:
// charset, viewport, theme-color, color-scheme, title, description, the other
// basic tags, alternates, app/site verification, Open Graph, Twitter, app
// links, icons. React 19 hoists <title>, <meta> and <link> into <head>
// (charset and viewport first) wherever they render.
import type { ReactNode } from "react";
import { socialTags } from "./social-tags";
import { TagList, type Tag } from "./tags";
import type { IconInput, ResolvedLink, ResolvedMetadata, ResolvedViewport } from "./types";
import { viewportContent } from "./viewport";

function viewportTags(list: TagList, viewport: ResolvedViewport): void {
  list.raw(["meta", { charSet: "utf-8" }]);
  list.meta("name", "viewport", viewportContent(viewport));
  for (const { color, media } of viewport.themeColor ?? []) list.meta("name", "theme-color", color, { media });
  list.meta("name", "color-scheme", viewport.colorScheme);
}

function basicTags(list: TagList, m: ResolvedMetadata): void {
  if (m.title?.absolute) list.raw(["title", { children: m.title.absolute }]);
  list.meta("name", "description", m.description);
  list.meta("name", "application-name", m.applicationName);
  for (const author of m.authors ?? []) {
    list.link("author", author.url);
    list.meta("name", "author", author.name);
  }
  // Same-origin manifests are fetched with credentials so they work behind auth
  // (Next: test/e2e/app-dir/metadata, "should support other basic tags").
  const manifest = m.manifest ? String(m.manifest) : undefined;
  list.link("manifest", manifest, { crossOrigin: manifest && !/^[a-z][a-z\d+.-]*:|^\/\//i.test(manifest) ? "use-credentials" : undefined });
  list.meta("name", "generator", m.generator);
  list.meta("name", "keywords", m.keywords?.join(","));
  list.meta("name", "referrer", m.referrer);
  list.meta("name", "creator", m.creator);
  list.meta("name", "publisher", m.publisher);
  list.meta("name", "robots", m.robots?.basic);
  list.meta("name", "googlebot", m.robots?.googleBot);
  list.meta("name", "abstract", m.abstract);
  for (const href of m.archives ?? []) list.link("archives", href);
  for (const href of m.assets ?? []) list.link("assets", href);
  for (const href of m.bookmarks ?? []) list.link("bookmarks", href);
  list.link("prev", m.pagination.previous);
  list.link("next", m.pagination.next);
  list.meta("name", "category", m.category);
  list.meta("name", "classification", m.classification);
  for (const [name, value] of Object.entries(m.other ?? {})) list.meta("name", name, value);
}

function alternateTags(list: TagList, alternates: ResolvedMetadata["alternates"]): void {
  if (!alternates) return;
  if (alternates.canonical) list.link("canonical", alternates.canonical.url, { title: alternates.canonical.title });
  const each = (map: Record<string, ResolvedLink[]> | null, attr: string) => {
    for (const [key, links] of Object.entries(map ?? {})) {
      for (const link of links) list.link("alternate", link.url, { [attr]: key, title: link.title });
    }
  };
  each(alternates.languages, "hrefLang");
  each(alternates.media, "media");
  each(alternates.types, "type");
}

const FORMAT_DETECTION = ["telephone", "date", "address", "email", "url"];
const VERIFICATION_NAMES: Record<string, string> = { google: "google-site-verification", yahoo: "y_key", yandex: "yandex-verification" };

function siteTags(list: TagList, m: ResolvedMetadata): void {
  if (m.itunes) {
    const args = m.itunes.appArgument ? `, app-argument=${m.itunes.appArgument}` : "";
    list.meta("name", "apple-itunes-app", `app-id=${m.itunes.appId}${args}`);
  }
  list.meta("property", "fb:app_id", m.facebook?.appId);
  list.meta("property", "fb:admins", m.facebook?.admins);
  list.meta("name", "pinterest-rich-pin", m.pinterest?.richPin);
  if (m.formatDetection) {
    const off = FORMAT_DETECTION.filter((key) => m.formatDetection![key] === false).map((key) => `${key}=no`);
    list.meta("name", "format-detection", off.join(", "));
  }
  for (const [key, values] of Object.entries(m.verification ?? {})) list.meta("name", VERIFICATION_NAMES[key] ?? key, values);
  const apple = m.appleWebApp;
  if (apple) {
    if (apple.capable) list.meta("name", "mobile-web-app-capable", "yes");
    list.meta("name", "apple-mobile-web-app-title", apple.title);
    for (const image of apple.startupImage ?? []) list.link("apple-touch-startup-image", image.url, { media: image.media });
    list.meta("name", "apple-mobile-web-app-status-bar-style", apple.statusBarStyle);
  }
}

function iconTags(list: TagList, icons: ResolvedMetadata["icons"]): void {
  if (!icons) return;
  const add = (rel: string, icon: IconInput) =>
    list.link(icon.rel ?? rel, icon.url, { type: icon.type, sizes: icon.sizes, media: icon.media, color: icon.color, fetchPriority: icon.fetchPriority });
  for (const icon of icons.shortcut ?? []) add("shortcut icon", icon);
  for (const icon of icons.icon) add("icon", icon);
  for (const icon of icons.apple) add("apple-touch-icon", icon);
  for (const icon of icons.other ?? []) add("icon", icon);
}

/** Every head tag for a route, in Next's order, each field once. */
export function metadataTags(metadata: ResolvedMetadata, viewport: ResolvedViewport): Tag[] {
  const list = new TagList();
  viewportTags(list, viewport);
  basicTags(list, metadata);
  alternateTags(list, metadata.alternates);
  siteTags(list, metadata);
  socialTags(list, metadata);
  iconTags(list, metadata.icons);
  return list.tags;
}

/** The tags as React elements (keys by position: the list is rebuilt per render). */
export function renderTags(tags: Tag[]): ReactNode {
  return tags.map(([tag, props], i) => {
    if (tag === "title") return <title key={i}>{props.children}</title>;
    if (tag === "link") return <link key={i} {...props} />;
    return <meta key={i} {...props} />;
  });
}
