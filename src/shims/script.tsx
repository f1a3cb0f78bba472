"use client";
// next/script: loads third-party scripts once per page lifetime with Next's
// strategies. beforeInteractive is a parser-blocking <script> in the server HTML,
// so it runs before the bootstrap that hydrates; the others are injected from
// effects. https://nextjs.org/docs/app/api-reference/components/script
// Mirrors Next: test/e2e/app-dir/app (next/script order and preloads),
// test/e2e/app-dir/next-script (shared src, crossOrigin), test/e2e/next-script.
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode, type ScriptHTMLAttributes } from "react";
import { preinit, preload, type PreloadOptions } from "react-dom";
import { inlineCode, missingSourceMessage, scriptAttributes, scriptKey, WORKER_STRATEGY_MESSAGE, type ScriptStrategy } from "./script-shared";

export type { ScriptStrategy };

export interface ScriptProps extends Omit<ScriptHTMLAttributes<HTMLScriptElement>, "onLoad" | "onError" | "children"> {
  strategy?: ScriptStrategy;
  id?: string;
  /** Runs once, after the script first finishes loading. */
  onLoad?: (event: Event) => void;
  /** Runs after the script has loaded and on every later mount. */
  onReady?: () => void;
  onError?: (event: Event) => void;
  stylesheets?: string[];
  children?: ReactNode;
}

// Page-lifetime registry (browser only): keys (id, else src) of scripts that
// have run, and loads in flight by src, shared by every <Script> with that src.
const done = new Set<string>();
const inFlight = new Map<string, Promise<Event>>();
let adopted = false;
// beforeInteractive scripts reached by client navigation run one after another, in tree order.
let beforeChain: Promise<unknown> = Promise.resolve();

/** Scripts the server put in the HTML already ran; later mounts must not load them again. */
function adoptServerScripts() {
  if (adopted) return;
  adopted = true;
  for (const element of document.querySelectorAll("script[data-nscript]")) {
    if (element.id) done.add(element.id);
    const src = element.getAttribute("src");
    if (src) done.add(src);
  }
}

function inject(props: ScriptProps, strategy: ScriptStrategy): Promise<Event> {
  const element = document.createElement("script");
  for (const [name, value] of scriptAttributes(props as Record<string, unknown>)) {
    if (name !== "src") element.setAttribute(name, value);
  }
  element.setAttribute("data-nscript", strategy);
  const code = inlineCode(props);
  if (code !== undefined) {
    // Inline code runs synchronously on insertion; there is no load event.
    element.text = code;
    document.body.appendChild(element);
    return Promise.resolve(new Event("load"));
  }
  const src = props.src!;
  const loaded = new Promise<Event>((resolve, reject) => {
    element.addEventListener("load", resolve, { once: true });
    element.addEventListener("error", reject, { once: true });
  });
  element.src = src;
  document.body.appendChild(element);
  inFlight.set(src, loaded);
  loaded.then(
    () => inFlight.delete(src),
    () => inFlight.delete(src), // a failed load may be retried by a later mount
  );
  return loaded;
}

/** Resolves once after window load, when the browser is idle (lazyOnload). */
function whenIdleAfterLoad(): Promise<void> {
  const idle = () =>
    new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve());
      else setTimeout(resolve, 1);
    });
  if (document.readyState === "complete") return idle();
  return new Promise((resolve) => window.addEventListener("load", () => resolve(idle()), { once: true }));
}

const noSubscription = () => () => {};

export default function Script(props: ScriptProps): ReactNode {
  const { strategy = "afterInteractive", onLoad, onReady, onError, stylesheets, ...rest } = props;
  if (strategy === "worker") throw new Error(WORKER_STRATEGY_MESSAGE);
  const code = inlineCode(rest);
  if (!rest.src && code === undefined) throw new Error(missingSourceMessage());

  // True on the server and while hydrating (server snapshot), false for mounts
  // on the client; kept per instance so a hydrated server <script> stays put.
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  const [fromServer] = useState(hydrating);
  const callbacks = useRef({ onLoad, onReady, onError });
  callbacks.current = { onLoad, onReady, onError };

  // Float hints: <link rel=preload> in <head> on the server, added on the client.
  if (rest.src && strategy !== "lazyOnload") {
    const hint: PreloadOptions = { as: "script" };
    if (rest.nonce) hint.nonce = rest.nonce;
    if (rest.integrity) hint.integrity = rest.integrity;
    if (typeof rest.crossOrigin === "string") hint.crossOrigin = rest.crossOrigin;
    if (typeof rest.fetchPriority === "string") hint.fetchPriority = rest.fetchPriority as PreloadOptions["fetchPriority"];
    preload(rest.src, hint);
  }
  for (const href of stylesheets ?? []) preinit(href, { as: "style" });

  const key = scriptKey(rest);
  useEffect(() => {
    let mounted = true;
    const ready = () => mounted && callbacks.current.onReady?.();
    if (strategy === "beforeInteractive" && fromServer) {
      // It ran from the HTML before hydration; Next fires only onReady here.
      if (key) done.add(key);
      ready();
      return () => void (mounted = false);
    }
    adoptServerScripts();
    if (key && done.has(key)) {
      ready();
      return () => void (mounted = false);
    }
    // Another <Script> may have loaded or started this one meanwhile: join it.
    const loadOnce = (): Promise<Event> => {
      if (key && done.has(key)) return Promise.resolve(new Event("load"));
      return (rest.src && inFlight.get(rest.src)) || inject(rest as ScriptProps, strategy);
    };
    const start = async (): Promise<Event> => {
      if (strategy === "lazyOnload") await whenIdleAfterLoad();
      if (strategy !== "beforeInteractive") return loadOnce();
      const run = beforeChain.then(loadOnce);
      beforeChain = run.catch(() => {});
      return run;
    };
    start().then(
      (event) => {
        if (key) done.add(key);
        if (!mounted) return;
        callbacks.current.onLoad?.(event);
        ready();
      },
      (event: unknown) => {
        if (mounted) callbacks.current.onError?.(event instanceof Event ? event : new Event("error"));
      },
    );
    return () => void (mounted = false);
    // One load per mount and key; callbacks are read from the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, strategy]);

  if (strategy !== "beforeInteractive" || !fromServer) return null;
  const { children: _children, dangerouslySetInnerHTML: _html, ...attributes } = rest;
  return code === undefined ? (
    <script {...attributes} data-nscript="beforeInteractive" suppressHydrationWarning />
  ) : (
    <script {...attributes} data-nscript="beforeInteractive" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: code }} />
  );
}
