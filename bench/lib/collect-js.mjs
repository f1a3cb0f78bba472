// Measures the JavaScript a browser loads for one page, the same way for every framework:
// the JS files the HTML references (script src except `nomodule`, modulepreload, preload as=script, import() in
// inline scripts), plus, recursively, the files those reference with static `import`/`export from`.
// Only same-origin files are fetched; each is gzipped (zlib default level) and the sizes summed.
import { gzipSync } from "node:zlib";

const MAX_FILES = 500; // bound the crawl even if a regex misfires on minified code

const ATTR = (name) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");
const attr = (tag, name) => {
  const m = tag.match(ATTR(name));
  return m ? (m[1] ?? m[2] ?? m[3]).replace(/&amp;/g, "&") : undefined;
};
// `import x from "a"`, `import{a as b}from"a"`, `import "a"`, `export * from "a"`; not `import("a")`
// and not `import.meta` (the clause may only hold identifiers, braces, commas, `*` and spaces).
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["']([^"'\s]+)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["']([^"'\s]+)["']\s*\)/g;

/** The JS URLs an HTML document asks the browser to load. */
export function htmlScriptRefs(html) {
  const refs = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, "src");
    // `nomodule` scripts (legacy polyfills) are skipped by every browser that runs modules.
    if (src && !/\snomodule(?=[\s=>/])/i.test(tag)) refs.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const as = (attr(tag, "as") ?? "").toLowerCase();
    if (rel.includes("modulepreload") || (rel.includes("preload") && as === "script")) refs.push(attr(tag, "href"));
  }
  // Inline bootstrap code, e.g. `<script type="module">import("/assets/entry.js")</script>`.
  for (const [, body] of html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const m of body.matchAll(DYNAMIC_IMPORT)) refs.push(m[1]);
    for (const m of body.matchAll(STATIC_IMPORT)) refs.push(m[1]);
  }
  return refs.filter(Boolean);
}

/** Static import specifiers inside one JS file: relative or absolute paths to .js/.mjs files only. */
export function jsStaticImports(code) {
  return [...code.matchAll(STATIC_IMPORT)]
    .map((m) => m[1])
    .filter((s) => /^(\.{1,2}\/|\/)/.test(s) && /\.m?js(\?|$)/.test(s));
}

/**
 * Fetches `pageUrl` and every JS file it loads up front.
 * @returns {Promise<{ status: number, files: { url: string, bytes: number, gzipBytes: number }[], bytes: number, gzipBytes: number, missing: string[] }>}
 */
export async function collectPageJs(pageUrl) {
  const page = await fetch(pageUrl, { signal: AbortSignal.timeout(30_000) });
  const html = await page.text();
  const origin = new URL(pageUrl).origin;
  const queue = htmlScriptRefs(html).map((ref) => new URL(ref, pageUrl).href);
  const seen = new Set();
  const files = [];
  const missing = [];
  while (queue.length > 0 && seen.size < MAX_FILES) {
    const url = queue.shift();
    if (seen.has(url) || new URL(url).origin !== origin) continue;
    seen.add(url);
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) {
      missing.push(`${res.status} ${url}`);
      continue;
    }
    const body = Buffer.from(await res.arrayBuffer());
    files.push({ url, bytes: body.length, gzipBytes: gzipSync(body).length });
    for (const spec of jsStaticImports(body.toString("utf8"))) queue.push(new URL(spec, url).href);
  }
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { status: page.status, files, bytes: sum("bytes"), gzipBytes: sum("gzipBytes"), missing };
}
