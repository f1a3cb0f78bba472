// Text formats of the generated metadata routes: sitemap.ts → sitemap XML,
// robots.ts → robots.txt, manifest.ts → JSON. Line layout follows Next's
// snapshots in test/e2e/app-dir/metadata-dynamic-routes ("should handle
// sitemap.[ext] dynamic routes", "should handle robots.[ext] dynamic routes"). Pure.

type Many<T> = T | T[];
const list = <T>(value: Many<T> | undefined | null): T[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

export interface SitemapEntry {
  url: string;
  lastModified?: string | Date;
  changeFrequency?: string;
  priority?: number;
  alternates?: { languages?: Record<string, string | undefined> };
  images?: string[];
  videos?: Record<string, unknown>[];
}

export interface RobotsRule {
  userAgent?: Many<string>;
  allow?: Many<string>;
  disallow?: Many<string>;
  crawlDelay?: number;
}

export interface RobotsData {
  rules: Many<RobotsRule>;
  sitemap?: Many<string>;
  host?: string;
}

/** Escapes text and attribute values; values without markup characters come out unchanged. */
export function escapeXml(value: unknown): string {
  return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Video sitemap fields in the order Google documents them. */
const VIDEO_FIELDS = [
  "title",
  "thumbnail_loc",
  "description",
  "content_loc",
  "player_loc",
  "duration",
  "view_count",
  "tag",
  "rating",
  "expiration_date",
  "publication_date",
  "family_friendly",
  "requires_subscription",
  "live",
];
/** Video fields written as `<video:x attr="...">value</video:x>`. */
const VIDEO_ATTR_FIELDS: [string, string][] = [
  ["restriction", "relationship"],
  ["platform", "relationship"],
  ["uploader", "info"],
];

function videoXml(video: Record<string, unknown>): string {
  let out = "<video:video>\n";
  for (const field of VIDEO_FIELDS) {
    for (const value of list(video[field] as Many<unknown>)) out += `<video:${field}>${escapeXml(value)}</video:${field}>\n`;
  }
  for (const [field, attr] of VIDEO_ATTR_FIELDS) {
    const value = video[field] as { content?: unknown; [key: string]: unknown } | undefined;
    if (!value) continue;
    out += `<video:${field} ${attr}="${escapeXml(value[attr])}">${escapeXml(value.content)}</video:${field}>\n`;
  }
  return `${out}</video:video>\n`;
}

/**
 * The sitemap XML for entries returned by `sitemap.ts`.
 * @example sitemapXml([{ url: "https://acme.com", priority: 1 }])
 */
export function sitemapXml(entries: SitemapEntry[]): string {
  const hasAlternates = entries.some((e) => Object.keys(e.alternates?.languages ?? {}).length > 0);
  const hasImages = entries.some((e) => (e.images?.length ?? 0) > 0);
  const hasVideos = entries.some((e) => (e.videos?.length ?? 0) > 0);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
  if (hasImages) out += ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"';
  if (hasVideos) out += ' xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"';
  if (hasAlternates) out += ' xmlns:xhtml="http://www.w3.org/1999/xhtml"';
  out += ">\n";
  for (const entry of entries) {
    out += `<url>\n<loc>${escapeXml(entry.url)}</loc>\n`;
    for (const [lang, href] of Object.entries(entry.alternates?.languages ?? {})) {
      if (href) out += `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}" />\n`;
    }
    for (const image of entry.images ?? []) out += `<image:image>\n<image:loc>${escapeXml(image)}</image:loc>\n</image:image>\n`;
    for (const video of entry.videos ?? []) out += videoXml(video);
    if (entry.lastModified !== undefined) {
      const date = entry.lastModified instanceof Date ? entry.lastModified.toISOString() : entry.lastModified;
      out += `<lastmod>${escapeXml(date)}</lastmod>\n`;
    }
    if (entry.changeFrequency) out += `<changefreq>${escapeXml(entry.changeFrequency)}</changefreq>\n`;
    if (typeof entry.priority === "number") out += `<priority>${entry.priority}</priority>\n`;
    out += "</url>\n";
  }
  return `${out}</urlset>\n`;
}

/**
 * robots.txt text for the object returned by `robots.ts`: one block per rule
 * (a rule without `userAgent` applies to `*`), then Host and Sitemap lines.
 */
export function robotsTxt(data: RobotsData): string {
  let out = "";
  for (const rule of list(data.rules)) {
    for (const agent of rule.userAgent === undefined ? ["*"] : list(rule.userAgent)) out += `User-Agent: ${agent}\n`;
    for (const path of list(rule.allow)) out += `Allow: ${path}\n`;
    for (const path of list(rule.disallow)) out += `Disallow: ${path}\n`;
    if (rule.crawlDelay) out += `Crawl-delay: ${rule.crawlDelay}\n`;
    out += "\n";
  }
  if (data.host) out += `Host: ${data.host}\n`;
  for (const sitemap of list(data.sitemap)) out += `Sitemap: ${sitemap}\n`;
  return out;
}
