// Builds the NextRouter object components see through useRouter(): a fresh
// object per router state (so context consumers re-render on navigation) over
// one set of methods. On the server the methods do nothing, as in Next.
import { basePath } from "../base-path";
import { routerEvents } from "./router-events";
import type { NextRouter, RouterState } from "./router-types";

export type RouterMethods = Pick<NextRouter, "push" | "replace" | "reload" | "back" | "forward" | "prefetch" | "beforePopState">;

export function routerSnapshot(state: RouterState, methods: RouterMethods): NextRouter {
  return { ...state, route: state.pathname, basePath, events: routerEvents, ...methods };
}

const noop = () => {};
export const serverMethods: RouterMethods = {
  push: async () => false,
  replace: async () => false,
  reload: noop,
  back: noop,
  forward: noop,
  prefetch: async () => {},
  beforePopState: noop,
};
