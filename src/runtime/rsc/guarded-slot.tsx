// Runs a layout or page component inside a server component so that what it
// throws before streaming can be turned into the segment's UI on the server:
// notFound()/forbidden()/unauthorized() → the nearest fallback file with its
// status, other errors → the nearest error.tsx with status 500 (digest only in
// production). Redirects propagate (the render layer answers 307/308).
// Mirrors Next: test/e2e/app-dir/not-found, test/e2e/app-dir/error-boundary-navigation.
import type { ReactNode } from "react";
import { httpFallbackStatus, redirectInfo, type HttpFallbackStatus } from "../control-flow";
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

/**
 * React's `use()` suspends by throwing an internal exception that must be
 * rethrown untouched; it has no exported type, only this message.
 */
function isReactSuspension(error: unknown): boolean {
  return error instanceof Error && /^Suspense(Action)? Exception/.test(error.message);
}

interface SlotProps {
  render: () => ReactNode | Promise<ReactNode>;
  handlers: SlotHandlers;
  state: RenderState;
  label: string;
}

async function handleThrown(error: unknown, props: SlotProps): Promise<ReactNode> {
  const status = httpFallbackStatus(error);
  if (status !== undefined) {
    const ui = await props.handlers.fallback(status);
    if (ui === undefined) throw error;
    props.state.status = status;
    return ui;
  }
  if (redirectInfo(error)) throw error;
  const digest = reportRenderError(error, props.label);
  const message = import.meta.env.DEV && error instanceof Error ? error.message : PRODUCTION_MESSAGE;
  const ui = await props.handlers.error(digest, message);
  if (ui === undefined) throw error;
  props.state.status = 500;
  return ui;
}

/**
 * Deliberately synchronous: a component that suspends with `use()` must be
 * called from a synchronous render so React can retry it; an async component's
 * promise is returned to React (Flight awaits returned thenables).
 */
export function GuardedSlot(props: SlotProps): ReactNode | Promise<ReactNode> {
  let result: ReactNode | Promise<ReactNode>;
  try {
    result = props.render();
  } catch (error) {
    if (isReactSuspension(error)) throw error;
    return handleThrown(error, props);
  }
  if (result && typeof (result as Promise<ReactNode>).then === "function") {
    return (result as Promise<ReactNode>).then(undefined, (error: unknown) => handleThrown(error, props));
  }
  return result;
}
