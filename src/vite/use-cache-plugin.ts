// 'use cache' at build time: in the rsc environment, file-level 'use cache'
// wraps every exported function, and an inline 'use cache' (or
// 'use cache: private') in a function body hoists that function (closures
// become bound arguments, hence part of the key) and wraps it, all with
// runtime/server/use-cache.ts `cachedFunction(fn, id, kind)`. Also serves
// `virtual:vinext/cache-config` (next.config `cacheLife` profiles).
// https://nextjs.org/docs/app/api-reference/directives/use-cache
import { relative } from "node:path";
import { findDirectives, transformHoistInlineDirective, transformWrapExport } from "@vitejs/plugin-rsc/transforms";
import type { ESTree, Plugin } from "vite";
import { resolveCacheLifeConfig, type CacheLife } from "../runtime/server/cache-life";
import { RSC_ENV } from "./environments";
import type { ResolvedOptions } from "./options";
import { distDir, runtimePath } from "./paths";

const CONFIG_ID = "virtual:vinext/cache-config";
const RESOLVED_CONFIG_ID = `\0${CONFIG_ID}`;
const DIRECTIVE = /^use cache(?::\s*(\w+))?$/;
const RUNTIME = "__vinext_cachedFunction";
const INLINE_DIRECTIVES = ["use cache", "use cache: private", "use cache: remote"];

export interface CacheConfig {
  /** 'use cache' is allowed: next.config `cacheComponents` or `experimental.useCache`. */
  enabled: boolean;
  cacheLife: Record<string, CacheLife>;
}

export function resolveCacheConfig(nextConfig: Record<string, unknown>, file = "next.config"): CacheConfig {
  const experimental = (nextConfig.experimental ?? {}) as Record<string, unknown>;
  return {
    enabled: nextConfig.cacheComponents === true || experimental.useCache === true,
    cacheLife: resolveCacheLifeConfig(nextConfig.cacheLife, file),
  };
}

/** "public" or "private" for a directive's text; undefined for other strings. */
export function directiveKind(text: string): "public" | "private" | undefined {
  const match = DIRECTIVE.exec(text);
  if (!match) return undefined;
  if (!match[1] || match[1] === "remote") return "public";
  if (match[1] === "private") return "private";
  throw new Error(`[vinext] Unknown directive "${text}": use 'use cache', 'use cache: private' or 'use cache: remote'.`);
}

function fileDirective(ast: ESTree.Program): "public" | "private" | undefined {
  for (const node of ast.body) {
    if (node.type !== "ExpressionStatement" || !("directive" in node) || typeof node.directive !== "string") break;
    const kind = directiveKind(node.directive);
    if (kind) return kind;
  }
  return undefined;
}

export function useCachePlugin(options: () => ResolvedOptions): Plugin {
  let config: CacheConfig | undefined;
  const getConfig = () => (config ??= resolveCacheConfig(options().nextConfig, options().nextConfigFile));
  return {
    name: "vinext:use-cache",
    resolveId: {
      filter: { id: /^virtual:vinext\/cache-config$/ },
      handler: () => RESOLVED_CONFIG_ID,
    },
    load: {
      filter: { id: /^\0virtual:vinext\/cache-config$/ },
      handler: () => `export const cacheConfig = ${JSON.stringify({ cacheLife: getConfig().cacheLife })};\n`,
    },
    transform: {
      filter: { code: /use cache/ },
      handler(code, id) {
        if (this.environment.name !== RSC_ENV || id.startsWith("\0") || !/\.[cm]?[jt]sx?$/.test(id.split("?")[0]!)) return;
        // vinext's own runtime names the directives in strings (cache-scope.ts); it has none to transform.
        if (id.startsWith(distDir)) return;
        const file = id.split("?")[0]!;
        const label = relative(this.environment.config.root, file).replace(/\\/g, "/");
        let ast = this.parse(code);
        const fileKind = fileDirective(ast);
        // Real directives only: the words in a string (an error message, docs) are not one.
        const hasInline = INLINE_DIRECTIVES.some((directive) => findDirectives(ast, directive).length > 0);
        if (!fileKind && !hasInline) return;
        if (!getConfig().enabled) {
          this.error({
            id,
            message: `[vinext] ${label} uses 'use cache', which needs \`experimental: { useCache: true }\` (or \`cacheComponents: true\`) in next.config, as in Next.js.`,
          });
        }
        const wrap = (value: string, name: string, kind: string) => `${RUNTIME}(${value}, ${JSON.stringify(`${label}#${name}`)}, ${JSON.stringify(kind)})`;
        let output = code;
        try {
          if (fileKind) {
            const wrapped = transformWrapExport(output, ast, {
              runtime: (value, name) => wrap(value, name, fileKind),
              rejectNonAsyncFunction: true,
              filter: (_name, meta) => meta.isFunction !== false,
            });
            output = wrapped.output.toString();
            ast = this.parse(output);
          }
          const hoisted = transformHoistInlineDirective(output, ast, {
            directive: DIRECTIVE,
            runtime: (value, name, meta) => wrap(value, name, directiveKind(meta.directiveMatch[0]!)!),
            rejectNonAsyncFunction: true,
            hoistRuntime: true,
            noExport: true,
          });
          // The file directive has done its job; left in place, the bundler warns it cannot keep it.
          const directive = fileKind ? ast.body.find((node) => node.type === "ExpressionStatement" && "directive" in node && directiveKind(String(node.directive))) : undefined;
          if (directive) {
            const { start, end } = directive as unknown as { start: number; end: number };
            hoisted.output.overwrite(start, end, `/* ${JSON.stringify((directive as { directive: string }).directive)} (vinext: exports wrapped) */`);
          }
          output = hoisted.output.toString();
        } catch (error) {
          this.error({ id, message: `[vinext] ${label}: ${(error as Error).message} ('use cache' functions must be async).` });
        }
        // Appended: an import before the file's directives would hide 'use server' from plugin-rsc.
        output += `\nimport { cachedFunction as ${RUNTIME} } from ${JSON.stringify(runtimePath("server/use-cache.mjs"))};\n`;
        return { code: output, map: null };
      },
    },
  };
}
