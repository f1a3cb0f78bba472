// Route segment config (https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config):
// `dynamic`, `dynamicParams`, `revalidate` and `generateStaticParams`, read from
// the layouts and page of a route. The deepest segment that sets a key wins.
import type { AppRoute, ModuleLoader } from "../routing/app-manifest";
import type { Params } from "../routing/match";

export type DynamicMode = "auto" | "force-dynamic" | "force-static" | "error";

export interface SegmentConfig {
  dynamic: DynamicMode;
  dynamicParams: boolean;
  revalidate: number | false | undefined;
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
  const config: SegmentConfig = { dynamic: "auto", dynamicParams: true, revalidate: undefined };
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
