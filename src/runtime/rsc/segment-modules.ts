// Loads the special files of each segment on a route's chain, in parallel, and
// checks each exports what Next requires.
import type { ComponentType } from "react";
import type { ModuleLoader, SegmentFileName, SegmentFiles } from "../routing/app-manifest";

export type LoadedSegment = Partial<Record<SegmentFileName, ComponentType<any>>> & { dir: string };

const WHAT: Partial<Record<SegmentFileName, string>> = {
  layout: "layout",
  page: "page",
  template: "template",
  loading: "loading UI",
  error: 'error boundary (a "use client" component)',
  "not-found": "not-found UI",
  forbidden: "forbidden UI",
  unauthorized: "unauthorized UI",
  "global-error": 'global error boundary (a "use client" component)',
  default: "default UI",
};

export async function loadModuleDefault(modules: Record<string, ModuleLoader>, file: string, name: SegmentFileName): Promise<ComponentType<any>> {
  const load = modules[file];
  if (!load) throw new Error(`[vinext] ${file}: module missing from the route manifest.`);
  const mod = await load();
  // Client references (error.tsx) are objects/functions created by plugin-rsc; both are valid elements.
  if (mod.default === undefined || mod.default === null) {
    throw new Error(`[vinext] ${file}: the ${WHAT[name] ?? name} must default-export a React component.`);
  }
  return mod.default as ComponentType<any>;
}

export async function loadSegment(segment: SegmentFiles, modules: Record<string, ModuleLoader>, skip: SegmentFileName[] = []): Promise<LoadedSegment> {
  const loaded: LoadedSegment = { dir: segment.dir };
  await Promise.all(
    (Object.entries(segment.files) as [SegmentFileName, string][])
      .filter(([name]) => name !== "route" && !skip.includes(name))
      .map(async ([name, file]) => {
        loaded[name] = await loadModuleDefault(modules, file, name);
      }),
  );
  return loaded;
}
