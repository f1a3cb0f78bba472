// Merging of `metadata` objects along a route's segments: later segments
// replace whole top-level keys ("Merging" in
// https://nextjs.org/docs/app/api-reference/functions/generate-metadata#merging),
// titles go through the nearest ancestor's template, and URL fields resolve
// against the `metadataBase` in force where they are defined. Pure.
import { resolveOpenGraph, resolveTwitter } from "./social";
import { asArray, resolveTitle } from "./title";
import type { IconInput, MetadataInput, ResolvedIcons, ResolvedLink, ResolvedMetadata, RobotsInfo, UrlLike } from "./types";
import { parseMetadataBase, resolveUrl } from "./url";

/** Title templates stashed from ancestor segments (one per title kind). */
export interface TitleTemplates {
  title: string | null;
  openGraph: string | null;
  twitter: string | null;
}

export interface MergeContext {
  templates: TitleTemplates;
  /** The current route's concrete path, for `./` URLs. */
  pathname: string;
  /** Base for social images when no metadataBase is set (the request origin). */
  fallbackBase: URL | null;
  /** The file the metadata came from, for error messages. */
  file: string;
}

export function createDefaultMetadata(): ResolvedMetadata {
  return {
    metadataBase: null,
    title: null,
    description: null,
    applicationName: null,
    authors: null,
    generator: null,
    keywords: null,
    referrer: null,
    creator: null,
    publisher: null,
    robots: null,
    alternates: null,
    icons: null,
    manifest: null,
    openGraph: null,
    twitter: null,
    verification: null,
    appleWebApp: null,
    formatDetection: null,
    itunes: null,
    facebook: null,
    pinterest: null,
    appLinks: null,
    abstract: null,
    archives: null,
    assets: null,
    bookmarks: null,
    pagination: { previous: null, next: null },
    category: null,
    classification: null,
    other: null,
  };
}

const ROBOTS_FLAGS = ["noarchive", "nosnippet", "noimageindex", "nocache", "notranslate", "indexifembedded", "nositelinkssearchbox", "unavailable_after", "max-video-preview", "max-image-preview", "max-snippet"];

function robotsValue(robots: unknown): string | null {
  if (!robots) return null;
  if (typeof robots === "string") return robots;
  if (typeof robots !== "object") return null;
  const info = robots as RobotsInfo;
  const values: string[] = [];
  if (typeof info.index === "boolean") values.push(info.index ? "index" : "noindex");
  if (typeof info.follow === "boolean") values.push(info.follow ? "follow" : "nofollow");
  for (const key of ROBOTS_FLAGS) {
    const value = info[key];
    if (value === undefined || value === false) continue;
    values.push(typeof value === "boolean" ? key : `${key}:${String(value)}`);
  }
  return values.length ? values.join(", ") : null;
}

export function resolveRobots(robots: MetadataInput["robots"]): ResolvedMetadata["robots"] {
  if (!robots) return null;
  if (typeof robots === "string") return { basic: robots, googleBot: null };
  return { basic: robotsValue(robots), googleBot: robotsValue(robots.googleBot) };
}

function resolveLinks(value: UrlLike | { url: UrlLike; title?: string }[] | null | undefined, base: URL | null, pathname: string): ResolvedLink[] {
  if (!value) return [];
  if (typeof value === "string" || value instanceof URL) return [{ url: resolveUrl(value, base, pathname) }];
  return value.map((link) => ({ ...link, url: resolveUrl(link.url, base, pathname) }));
}

function resolveLinkMap(map: Record<string, UrlLike | { url: UrlLike; title?: string }[] | null> | undefined, base: URL | null, pathname: string) {
  if (!map) return null;
  const out: Record<string, ResolvedLink[]> = {};
  for (const [key, value] of Object.entries(map)) out[key] = resolveLinks(value, base, pathname);
  return out;
}

export function resolveAlternates(alternates: MetadataInput["alternates"], base: URL | null, pathname: string): ResolvedMetadata["alternates"] {
  if (!alternates) return null;
  const canonical = alternates.canonical;
  const canonicalLink =
    !canonical ? null : typeof canonical === "string" || canonical instanceof URL ? { url: resolveUrl(canonical, base, pathname) } : { ...canonical, url: resolveUrl(canonical.url, base, pathname) };
  return {
    canonical: canonicalLink,
    languages: resolveLinkMap(alternates.languages, base, pathname),
    media: resolveLinkMap(alternates.media, base, pathname),
    types: resolveLinkMap(alternates.types, base, pathname),
  };
}

const toIcon = (icon: UrlLike | IconInput): IconInput => (typeof icon === "string" || icon instanceof URL ? { url: icon } : icon);

export function resolveIcons(icons: MetadataInput["icons"]): ResolvedIcons | null {
  if (!icons) return null;
  if (typeof icons === "string" || icons instanceof URL || Array.isArray(icons)) return { icon: asArray(icons).map(toIcon), apple: [] };
  if ("url" in icons) return { icon: [toIcon(icons as IconInput)], apple: [] };
  const groups = icons as Exclude<typeof icons, IconInput>;
  return {
    icon: asArray(groups.icon).map(toIcon),
    apple: asArray(groups.apple).map(toIcon),
    ...(groups.shortcut ? { shortcut: asArray(groups.shortcut).map(toIcon) } : {}),
    ...(groups.other ? { other: asArray(groups.other).map(toIcon) } : {}),
  };
}

const STRING_KEYS = ["description", "applicationName", "generator", "referrer", "creator", "publisher", "abstract", "category", "classification"] as const;
const DEPRECATED = new Set(["viewport", "themeColor", "colorScheme"]);
const warned = new Set<string>();

/**
 * Merges one segment's `metadata` into the metadata resolved so far and returns
 * the result (the input is not mutated). A key present in `source` replaces the
 * inherited value, even when set to null or undefined.
 */
export function mergeMetadata(target: ResolvedMetadata, source: MetadataInput, ctx: MergeContext): ResolvedMetadata {
  const out: ResolvedMetadata = { ...target };
  if ("metadataBase" in source) out.metadataBase = parseMetadataBase(source.metadataBase, ctx.file);
  const base = out.metadataBase;
  const src = source as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const value = src[key];
    if ((STRING_KEYS as readonly string[]).includes(key)) {
      (out as unknown as Record<string, unknown>)[key] = value ?? null;
      continue;
    }
    switch (key) {
      case "metadataBase":
        break;
      case "title":
        out.title = resolveTitle(source.title, ctx.templates.title);
        break;
      case "authors":
        out.authors = source.authors ? asArray(source.authors).map((a) => (a.url ? { ...a, url: resolveUrl(a.url, base) } : a)) : null;
        break;
      case "keywords":
        out.keywords = source.keywords ? asArray(source.keywords) : null;
        break;
      case "robots":
        out.robots = resolveRobots(source.robots);
        break;
      case "alternates":
        out.alternates = resolveAlternates(source.alternates, base, ctx.pathname);
        break;
      case "icons":
        out.icons = resolveIcons(source.icons);
        break;
      case "openGraph":
        out.openGraph = resolveOpenGraph(source.openGraph, base ?? ctx.fallbackBase, ctx.pathname, ctx.templates.openGraph);
        break;
      case "twitter":
        out.twitter = resolveTwitter(source.twitter, base ?? ctx.fallbackBase, ctx.templates.twitter);
        break;
      case "manifest":
        out.manifest = source.manifest ?? null;
        break;
      case "verification":
        out.verification = resolveVerification(source.verification);
        break;
      case "appleWebApp":
        out.appleWebApp = resolveAppleWebApp(source.appleWebApp);
        break;
      case "pagination":
        out.pagination = {
          previous: source.pagination?.previous ? resolveUrl(source.pagination.previous, base) : null,
          next: source.pagination?.next ? resolveUrl(source.pagination.next, base) : null,
        };
        break;
      case "archives":
      case "assets":
      case "bookmarks":
        out[key] = value ? asArray(value as string | string[]) : null;
        break;
      case "facebook":
        out.facebook = source.facebook ? { ...source.facebook, admins: source.facebook.admins ? asArray(source.facebook.admins) : undefined } : null;
        break;
      case "pinterest":
        out.pinterest = source.pinterest?.richPin !== undefined ? { richPin: source.pinterest.richPin } : null;
        break;
      case "appLinks":
        out.appLinks = source.appLinks ? Object.fromEntries(Object.entries(source.appLinks).map(([k, v]) => [k, asArray(v)])) : null;
        break;
      case "formatDetection":
      case "itunes":
      case "other":
        (out as unknown as Record<string, unknown>)[key] = value ?? null;
        break;
      default:
        if (DEPRECATED.has(key) && value !== undefined && !warned.has(`${ctx.file}:${key}`)) {
          warned.add(`${ctx.file}:${key}`);
          console.warn(`[vinext] ${ctx.file}: metadata.${key} is not supported; move it to the \`viewport\` export (https://nextjs.org/docs/app/api-reference/functions/generate-viewport).`);
        }
    }
  }
  return out;
}

function resolveVerification(verification: MetadataInput["verification"]): ResolvedMetadata["verification"] {
  if (!verification) return null;
  const out: Record<string, (string | number)[]> = {};
  for (const [key, value] of Object.entries(verification)) {
    if (key === "other" && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [name, content] of Object.entries(value)) out[name] = asArray(content);
    } else out[key] = asArray(value as string | number | (string | number)[]);
  }
  return out;
}

function resolveAppleWebApp(value: MetadataInput["appleWebApp"]): ResolvedMetadata["appleWebApp"] {
  if (!value) return null;
  if (value === true) return { capable: true };
  const startupImage = value.startupImage ? asArray(value.startupImage).map((img) => (typeof img === "object" && !(img instanceof URL) ? img : { url: String(img) })) : undefined;
  return { capable: value.capable ?? true, title: value.title, statusBarStyle: value.statusBarStyle ?? "default", startupImage };
}
