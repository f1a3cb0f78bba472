// useServerInsertedHTML (next/navigation): client components register callbacks
// whose HTML the SSR stream writes before each React flush (CSS-in-JS style tags).
// The SSR root provides the context (runtime/ssr/server-inserted-html); in the
// browser there is no provider and the hook does nothing, as in Next.
// https://nextjs.org/docs/app/building-your-application/styling/css-in-js
import { createContext, useContext, type ReactNode } from "react";

export type ServerInsertedHTMLCallback = () => ReactNode;

/** Adds a callback for the current SSR render; null outside SSR. */
export const ServerInsertedHTMLContext = createContext<((callback: ServerInsertedHTMLCallback) => void) | null>(null);

/**
 * @example
 * useServerInsertedHTML(() => {
 *   const css = registry.takeNewRules();
 *   return css ? <style>{css}</style> : null;
 * });
 */
export function useServerInsertedHTML(callback: ServerInsertedHTMLCallback): void {
  const add = useContext(ServerInsertedHTMLContext);
  add?.(callback);
}
