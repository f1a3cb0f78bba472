// Runs a page's data functions and checks what they return, with Next's
// rules: exactly one of `props` (possibly a Promise), `notFound` or `redirect`
// (https://nextjs.org/docs/pages/api-reference/functions/get-server-side-props,
// .../get-static-props, .../get-static-paths; Next: test/integration/getserversideprops,
// test/e2e/prerender). Errors are `[vinext]` errors naming the page.
import type { Params } from "../routing/match";
import { fillPattern } from "../routing/fill-pattern";
import type { UrlSegment } from "../routing/segments";

export type DataResult =
  | { kind: "props"; props: Record<string, unknown>; revalidate?: number | false }
  | { kind: "notFound" }
  | { kind: "redirect"; destination: string; status: number; basePath?: false };

const ALLOWED = new Set(["props", "notFound", "redirect", "revalidate"]);

export async function checkDataResult(value: unknown, fn: "getServerSideProps" | "getStaticProps", page: string): Promise<DataResult> {
  if (!value || typeof value !== "object") {
    throw new Error(`[vinext] pages${page}: \`${fn}\` did not return an object. Did you forget to add a \`return\`?`);
  }
  const result = value as Record<string, unknown>;
  const extra = Object.keys(result).filter((key) => !ALLOWED.has(key) || (key === "revalidate" && fn === "getServerSideProps"));
  if (extra.length) {
    throw new Error(`[vinext] pages${page}: additional keys were returned from \`${fn}\`: ${extra.join(", ")}. Properties intended for your component must be nested under the \`props\` key.`);
  }
  if (result.notFound === true) return { kind: "notFound" };
  if (result.redirect) {
    const redirect = result.redirect as { destination?: unknown; permanent?: boolean; statusCode?: number; basePath?: unknown };
    if (typeof redirect.destination !== "string") throw new Error(`[vinext] pages${page}: \`redirect\` returned from \`${fn}\` needs a \`destination\` string.`);
    if (redirect.basePath !== undefined && redirect.basePath !== false) {
      throw new Error(`[vinext] pages${page}: \`redirect.basePath\` returned from \`${fn}\` can only be \`false\` (a destination outside next.config basePath) or left out.`);
    }
    const status = redirect.statusCode ?? (redirect.permanent ? 308 : 307);
    return { kind: "redirect", destination: redirect.destination, status, ...(redirect.basePath === false && { basePath: false as const }) };
  }
  const props = await result.props;
  if (props !== undefined && (typeof props !== "object" || props === null)) {
    throw new Error(`[vinext] pages${page}: \`props\` returned from \`${fn}\` must be an object (or a Promise of one).`);
  }
  const revalidate = result.revalidate as number | boolean | undefined;
  return { kind: "props", props: (props ?? {}) as Record<string, unknown>, ...(revalidate !== undefined && { revalidate: revalidate === true ? 1 : revalidate }) };
}

export interface StaticPaths {
  /** URL paths (without locale prefix), each with the locale it was listed for. */
  entries: { path: string; locale?: string }[];
  fallback: false | true | "blocking";
}

/** Calls getStaticPaths and turns its entries (strings or `{ params }`) into URL paths. */
export async function runGetStaticPaths(
  fn: (ctx: { locales?: string[]; defaultLocale?: string }) => unknown,
  segments: readonly UrlSegment[],
  page: string,
  ctx: { locales?: string[]; defaultLocale?: string },
): Promise<StaticPaths> {
  const value = (await fn(ctx)) as { paths?: unknown; fallback?: unknown } | undefined;
  if (!value || !Array.isArray(value.paths) || !(value.fallback === false || value.fallback === true || value.fallback === "blocking")) {
    throw new Error(`[vinext] pages${page}: \`getStaticPaths\` must return { paths: [...], fallback: false | true | "blocking" }.`);
  }
  const entries: StaticPaths["entries"] = [];
  for (const entry of value.paths as unknown[]) {
    let path: string | undefined;
    let locale: string | undefined;
    if (typeof entry === "string") path = entry.replace(/\/$/, "") || "/";
    else if (entry && typeof entry === "object" && "params" in entry) {
      const { params, locale: entryLocale } = entry as { params: Params; locale?: string };
      path = fillPattern(segments, params ?? {});
      locale = entryLocale;
    }
    if (!path) {
      throw new Error(`[vinext] pages${page}: \`getStaticPaths\` returned an invalid entry ${JSON.stringify(entry)}; expected a path string or { params: { ... } } with every route parameter.`);
    }
    entries.push({ path, ...(locale && { locale }) });
  }
  return { entries, fallback: value.fallback };
}
