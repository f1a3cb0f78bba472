// The `viewport` export / `generateViewport`: merged key by key over Next's
// default `width=device-width, initial-scale=1`
// (https://nextjs.org/docs/app/api-reference/functions/generate-viewport). Pure.
import { asArray } from "./title";
import type { ResolvedViewport, ViewportInput } from "./types";

export function createDefaultViewport(): ResolvedViewport {
  return { width: "device-width", initialScale: 1, themeColor: null, colorScheme: null };
}

/** Later segments replace single keys; the rest is inherited. */
export function mergeViewport(target: ResolvedViewport, source: ViewportInput): ResolvedViewport {
  const out: ResolvedViewport = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (key === "themeColor") {
      out.themeColor = value ? asArray(value as NonNullable<ViewportInput["themeColor"]>).map((c) => (typeof c === "string" ? { color: c } : c)) : null;
    } else if (key === "colorScheme") {
      out.colorScheme = (value as string | null | undefined) ?? null;
    } else {
      (out as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

/** Viewport keys in the order Next writes them into the meta tag. */
const VIEWPORT_KEYS: [keyof ResolvedViewport, string][] = [
  ["width", "width"],
  ["height", "height"],
  ["initialScale", "initial-scale"],
  ["minimumScale", "minimum-scale"],
  ["maximumScale", "maximum-scale"],
  ["viewportFit", "viewport-fit"],
  ["userScalable", "user-scalable"],
  ["interactiveWidget", "interactive-widget"],
];

/**
 * The `content` of `<meta name="viewport">`, or null when nothing is set.
 * @example viewportContent(createDefaultViewport()) // "width=device-width, initial-scale=1"
 */
export function viewportContent(viewport: ResolvedViewport): string | null {
  const parts: string[] = [];
  for (const [key, name] of VIEWPORT_KEYS) {
    const value = viewport[key];
    if (value === undefined || value === null) continue;
    parts.push(`${name}=${typeof value === "boolean" ? (value ? "yes" : "no") : value}`);
  }
  return parts.length ? parts.join(", ") : null;
}
