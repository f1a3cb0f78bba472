// Route segment config (https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config):
// `dynamic`, `dynamicParams`, `revalidate`, `fetchCache` and `generateStaticParams`,
// read from the layouts and page of a route. The deepest segment that sets a key
// wins (fetchCache: a force-* value wins over the route).
import type { AppRoute, ModuleLoader } from "../routing/app-manifest";
import type { Params } from "../routing/match";
import { FETCH_CACHE_MODES, type FetchCacheMode } from "../server/fetch-plan";

export type DynamicMode = "auto" | "force-dynamic" | "force-static" | "error";

export interface SegmentConfig {
  dynamic: DynamicMode;
  dynamicParams: boolean;
  revalidate: number | false | undefined;
  fetchCache: FetchCacheMode;
}

export type GenerateStaticParams = (input: { params: Params }) => Promise<Params[]> | Params[];

const DYNAMIC_MODES = new Set<DynamicMode>(["auto", "force-dynamic", "force-static", "error"]);

/** The modules of the route's layouts and page, root first. */
export async function loadRouteModules(route: AppRoute, modules: Record<string, ModuleLoader>): Promise<{ file: string; mod: Record<string, unknown> }[]> {
  const files = route.chain.flatMap((segment, i) => {
    const own = [segment.files.layout];
    if (i === route.chain.length - 1) own.push(segment.files.page ?? segment.files.route);
    return own.filter((f): f is string => !!f);
  });
  return Promise.all(files.map(async (file) => ({ file, mod: await modules[file]!() })));
}

export function resolveSegmentConfig(loaded: { file: string; mod: Record<string, unknown> }[]): SegmentConfig {
  const config: SegmentConfig = { dynamic: "auto", dynamicParams: true, revalidate: undefined, fetchCache: resolveFetchCache(loaded) };
  for (const { file, mod } of loaded) {
    if (mod.dynamic !== undefined) {
      if (!DYNAMIC_MODES.has(mod.dynamic as DynamicMode)) {
        throw new Error(`[vinext] ${file}: \`export const dynamic\` must be one of "auto", "force-dynamic", "force-static", "error" (got ${JSON.stringify(mod.dynamic)}).`);
      }
      config.dynamic = mod.dynamic as DynamicMode;
    }
    if (mod.dynamicParams !== undefined) config.dynamicParams = mod.dynamicParams !== false;
    if (mod.revalidate !== undefined) {
      if (mod.revalidate !== false && (typeof mod.revalidate !== "number" || mod.revalidate < 0)) {
        throw new Error(`[vinext] ${file}: \`export const revalidate\` must be false or a number of seconds ≥ 0.`);
      }
      config.revalidate = mod.revalidate as number | false;
    }
  }
  return config;
}

type Loaded = { file: string; mod: Record<string, unknown> }[];

/**
 * The route's `fetchCache`. The segments of one route must agree, as Next's docs
 * ("Cross route segment behavior") require: only-cache with only-no-store, or
 * force-cache with force-no-store, is an error, and so is a parent's
 * default-no-store above a child's auto or *-cache. A force-* value decides for
 * the whole route (it wins over only-*); otherwise the deepest segment's.
 */
export function resolveFetchCache(loaded: Loaded): FetchCacheMode {
  const set: { file: string; mode: FetchCacheMode }[] = [];
  for (const { file, mod } of loaded) {
    if (mod.fetchCache === undefined) continue;
    if (!FETCH_CACHE_MODES.includes(mod.fetchCache as FetchCacheMode)) {
      throw new Error(`[vinext] ${file}: \`export const fetchCache\` must be one of ${FETCH_CACHE_MODES.map((m) => `"${m}"`).join(", ")} (got ${JSON.stringify(mod.fetchCache)}).`);
    }
    set.push({ file, mode: mod.fetchCache as FetchCacheMode });
  }
  const find = (mode: FetchCacheMode) => set.find((entry) => entry.mode === mode);
  for (const [a, b] of [["only-cache", "only-no-store"], ["force-cache", "force-no-store"]] as const) {
    const x = find(a);
    const y = find(b);
    if (x && y) throw new Error(`[vinext] ${y.file}: \`fetchCache = "${b}"\` conflicts with \`fetchCache = "${a}"\` in ${x.file}: one route cannot be both. Pick one for the route.`);
  }
  const noStoreParent = set.findIndex((entry) => entry.mode === "default-no-store");
  const cachingChild = noStoreParent < 0 ? undefined : set.slice(noStoreParent + 1).find((entry) => entry.mode === "auto" || entry.mode.endsWith("-cache"));
  if (cachingChild) {
    throw new Error(
      `[vinext] ${cachingChild.file}: \`fetchCache = "${cachingChild.mode}"\` under a layout with \`fetchCache = "default-no-store"\` (${set[noStoreParent]!.file}) would give the same fetch two behaviours. Leave the layout "auto" and set the mode on each child.`,
    );
  }
  return (find("force-cache") ?? find("force-no-store") ?? set.at(-1))?.mode ?? "auto";
}

/**
 * Every param combination the route's `generateStaticParams` functions produce,
 * top-down: a parent's results are passed to the child's function (Next's
 * nested generateStaticParams). Undefined when no segment defines one.
 */
export async function generateRouteParams(loaded: { file: string; mod: Record<string, unknown> }[]): Promise<Params[] | undefined> {
  let combos: Params[] | undefined;
  for (const { file, mod } of loaded) {
    const generate = mod.generateStaticParams as GenerateStaticParams | undefined;
    if (typeof generate !== "function") continue;
    const parents = combos ?? [{}];
    const next: Params[] = [];
    for (const parent of parents) {
      const produced = await generate({ params: parent });
      if (!Array.isArray(produced)) throw new Error(`[vinext] ${file}: generateStaticParams must return an array of params objects.`);
      for (const params of produced) next.push({ ...parent, ...params });
    }
    combos = next;
  }
  return combos;
}

function sameParams(a: Params, b: Params): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (JSON.stringify(Array.isArray(x) ? x : x === undefined ? undefined : String(x)) !== JSON.stringify(Array.isArray(y) ? y.map(String) : y === undefined ? undefined : String(y))) return false;
  }
  return true;
}

/** With `dynamicParams = false`, only params generateStaticParams produced are served (others 404). */
export async function isAllowedParams(loaded: { file: string; mod: Record<string, unknown> }[], params: Params): Promise<boolean> {
  const generated = await generateRouteParams(loaded);
  if (!generated) return true;
  return generated.some((candidate) => sameParams(candidate, params));
}
