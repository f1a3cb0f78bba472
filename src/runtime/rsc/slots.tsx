// Parallel route slots (`@name` folders): each is matched against the URL below
// its layout and passed to the layout as a prop. Unmatched: default.tsx on a hard
// load (404 without one, as Next), and on client navigations the browser keeps
// what the slot showed (client/parallel-slot). Intercepting routes shown in a
// slot come in as `slotOverride`. Next: test/e2e/app-dir/parallel-routes-and-interception.
import type { ComponentType, ReactNode } from "react";
import { ParallelSlot } from "../client/parallel-slot";
import { httpFallbackError } from "../control-flow";
import type { AppRoute, SegmentFiles, SlotTree } from "../routing/app-manifest";
import { splitIntercepting } from "../routing/intercept";
import { matchRoute, type Params, type RouteMatch } from "../routing/match";
import { loadModuleDefault, loadSegment, type LoadedSegment } from "./segment-modules";
import type { TreeContext } from "./tree-context";

/** Renders a matched route's own chain (boundaries, layouts, page). Supplied by app-tree. */
export type RenderChain = (segments: LoadedSegment[], ctx: TreeContext, top: boolean) => Promise<ReactNode>;

function MissingSlot({ name }: { name: string }): never {
  console.error(`[vinext] Slot @${name} matched nothing and has no default.tsx: answering 404, as Next does.`);
  throw httpFallbackError(404);
}

export interface SlotRender {
  props: Record<string, ReactNode>;
  /** Active segments per slot, for useSelectedLayoutSegment(s). */
  segments: Record<string, string[]>;
}

function slotMatch(owner: SegmentFiles, slot: SlotTree, ctx: TreeContext): RouteMatch<AppRoute> | null {
  const override = ctx.slotOverride;
  if (override && override.owner === owner.dir && override.name === slot.name) return { route: override.route, params: override.params };
  return matchRoute(splitIntercepting(slot.routes).normal, ctx.parts.slice(owner.depth ?? 0));
}

export async function renderSlots(owner: SegmentFiles, ctx: TreeContext, renderChain: RenderChain): Promise<SlotRender> {
  const render: SlotRender = { props: {}, segments: {} };
  await Promise.all(
    (owner.slots ?? []).map(async (slot) => {
      const match = slotMatch(owner, slot, ctx);
      let content: ReactNode = null;
      if (match) {
        const params: Params = { ...ctx.params, ...match.params };
        const segments = await Promise.all(match.route.chain.map((segment) => loadSegment(segment, ctx.modules)));
        content = await renderChain(segments, { ...ctx, route: match.route, params }, false);
        render.segments[slot.name] = match.route.chain.slice(1).map((s) => s.dir.split("/").at(-1) ?? "");
      } else if (slot.root.files.default) {
        const Default = (await loadModuleDefault(ctx.modules, slot.root.files.default, "default")) as ComponentType<{ params: Promise<Params> }>;
        content = <Default params={Promise.resolve(ctx.params)} />;
      } else if (ctx.hardLoad) {
        content = <MissingSlot name={slot.name} />;
      }
      render.segments[slot.name] ??= [];
      render.props[slot.name] = (
        <ParallelSlot id={`${owner.dir}@${slot.name}`} matched={!!match} renderId={ctx.renderId}>
          {content}
        </ParallelSlot>
      );
    }),
  );
  return render;
}
