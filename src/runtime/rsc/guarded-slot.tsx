// Runs a layout or page component inside a server component so that what it
// throws before streaming can be turned into the segment's UI on the server:
// notFound()/forbidden()/unauthorized() → the nearest fallback file with its
// status, other errors → the nearest error.tsx with status 500 (digest only in
// production). Redirects propagate (the render layer answers 307/308).
// Mirrors Next: test/e2e/app-dir/not-found, test/e2e/app-dir/error-boundary-navigation.
import type { ReactNode } from "react";
import { httpFallbackStatus, type HttpFallbackStatus } from "../control-flow";
import { reportRenderError } from "../server/errors";
import type { RenderState } from "./render-state";

export interface SlotHandlers {
  /** UI for a 404/403/401 thrown here, or undefined to let it propagate. */
  fallback(status: HttpFallbackStatus): Promise<ReactNode | undefined>;
  /** UI for an error thrown here (error.tsx), or undefined to let it propagate. */
  error(digest: string, message: string): Promise<ReactNode | undefined>;
}

const PRODUCTION_MESSAGE =
  "An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details. A digest property is included on this error instance which may provide additional details about the nature of the error.";

export async function GuardedSlot(props: {
  render: () => ReactNode | Promise<ReactNode>;
  handlers: SlotHandlers;
  state: RenderState;
  label: string;
}): Promise<ReactNode> {
  try {
    return await props.render();
  } catch (error) {
    const status = httpFallbackStatus(error);
    if (status !== undefined) {
      const ui = await props.handlers.fallback(status);
      if (ui === undefined) throw error;
      props.state.status = status;
      return ui;
    }
    if (error && typeof error === "object" && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) throw error;
    const digest = reportRenderError(error, props.label);
    const message = import.meta.env.DEV && error instanceof Error ? error.message : PRODUCTION_MESSAGE;
    const ui = await props.handlers.error(digest, message);
    if (ui === undefined) throw error;
    props.state.status = 500;
    return ui;
  }
}
