// What every part of one route's tree needs to know while it is built.
import type { AppRoute, ModuleLoader } from "../routing/app-manifest";
import type { Params } from "../routing/match";
import type { RenderState } from "./render-state";

export interface SlotOverride {
  /** `dir` of the segment whose layout owns the slot. */
  owner: string;
  name: string;
  route: AppRoute;
  params: Params;
}

export interface TreeContext {
  route: AppRoute;
  params: Params;
  searchParams: URLSearchParams;
  modules: Record<string, ModuleLoader>;
  state: RenderState;
  /** Decoded URL segments of the request (slots match the part below their layout). */
  parts: string[];
  /** Unique per server render: lets the browser remember what each slot showed. */
  renderId: string;
  /** A document request: an unmatched slot without default.tsx is a 404 (soft navigations keep the slot). */
  hardLoad: boolean;
  /** An intercepting route shown in a slot (client navigation only). */
  slotOverride?: SlotOverride;
}
