// Generates `virtual:vinext/middleware` for the rsc environment: which
// middleware/proxy and instrumentation files the app has, as data plus one lazy
// import() each. The logic that runs them lives in runtime/server/middleware.ts
// and runtime/server/instrumentation.ts.

export const MIDDLEWARE_ID = "virtual:vinext/middleware";

export interface ServerHookFiles {
  middleware?: { file: string; kind: "middleware" | "proxy" };
  instrumentation?: string;
  /** instrumentation-client.ts (loaded by the browser entry, not here). */
  instrumentationClient?: string;
}

export function middlewareModule(files: ServerHookFiles): string {
  const lazy = (file: string) => `() => import(${JSON.stringify(file)})`;
  const middleware = files.middleware
    ? `{ file: ${JSON.stringify(files.middleware.file)}, kind: ${JSON.stringify(files.middleware.kind)}, load: ${lazy(files.middleware.file)} }`
    : "null";
  const instrumentation = files.instrumentation ? `{ file: ${JSON.stringify(files.instrumentation)}, load: ${lazy(files.instrumentation)} }` : "null";
  return [`export const middleware = ${middleware};`, `export const instrumentation = ${instrumentation};`].join("\n");
}

export const INSTRUMENTATION_CLIENT_ID = "virtual:vinext/instrumentation-client";

/**
 * For the browser entries: runs instrumentation-client.ts first, before
 * hydration, and hands its exports (onRouterTransitionStart) to the router as
 * one object, so a hook the file does not define is simply absent.
 */
export function instrumentationClientModule(file: string | undefined): string {
  return file ? `import * as hooks from ${JSON.stringify(file)};\nexport { hooks };\n` : "export const hooks = {};\n";
}
