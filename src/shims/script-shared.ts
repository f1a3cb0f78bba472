// The pure half of next/script: which key de-duplicates a script, what code an
// inline script runs, and how React-style props become DOM attributes on the
// <script> element the loader creates. No DOM access, so unit tests cover it.
// https://nextjs.org/docs/app/api-reference/components/script

export type ScriptStrategy = "beforeInteractive" | "afterInteractive" | "lazyOnload" | "worker";

/** Props that steer the loader and never become attributes. */
const LOADER_PROPS = new Set(["strategy", "onLoad", "onReady", "onError", "stylesheets", "children", "dangerouslySetInnerHTML"]);
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for" };

/**
 * The attributes for a script element created in the browser, in prop order.
 * HTML lowercases attribute names, so `crossOrigin` needs no table; booleans
 * follow React (true → present, false → absent) and handlers are dropped.
 *
 * @example scriptAttributes({ src: "/a.js", id: "a", defer: true, onLoad }) // [["src","/a.js"],["id","a"],["defer",""]]
 */
export function scriptAttributes(props: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(props)) {
    if (LOADER_PROPS.has(name) || value === undefined || value === null || value === false) continue;
    if (typeof value === "function" || typeof value === "object" || typeof value === "symbol") continue;
    if (/^on[A-Z]/.test(name)) continue;
    out.push([RENAMED[name] ?? name, value === true ? "" : String(value)]);
  }
  return out;
}

/** The code of an inline script (children or dangerouslySetInnerHTML), or undefined for an external one. */
export function inlineCode(props: { children?: unknown; dangerouslySetInnerHTML?: { __html?: unknown } | null }): string | undefined {
  const html = props.dangerouslySetInnerHTML?.__html;
  if (typeof html === "string") return html;
  const { children } = props;
  if (typeof children === "string" || typeof children === "number") return String(children);
  if (Array.isArray(children) && children.every((c) => typeof c === "string" || typeof c === "number")) return children.join("");
  return undefined;
}

/** Scripts are de-duplicated across mounts and navigations by `id`, else by `src` (as Next's LoadCache). */
export function scriptKey(props: { id?: string; src?: string }): string | undefined {
  return props.id || props.src || undefined;
}

export const WORKER_STRATEGY_MESSAGE =
  '[vinext] <Script strategy="worker"> runs scripts in a web worker through Partytown (Next\'s experimental.nextScriptWorkers), ' +
  'which vinext does not support. Use strategy="lazyOnload" or "afterInteractive" instead.';

export function missingSourceMessage(): string {
  return "[vinext] <Script> needs a `src`, or inline code as children or dangerouslySetInnerHTML (with an `id` so it runs once).";
}
