// Mutable facts a render discovers while server components run (passed down as
// a prop of server components, never through module state): the HTTP status a
// boundary chose and the first redirect thrown.
import type { RedirectInfo } from "../control-flow";

export interface RenderState {
  status: number;
  redirect?: RedirectInfo;
}

export function createRenderState(status = 200): RenderState {
  return { status };
}
