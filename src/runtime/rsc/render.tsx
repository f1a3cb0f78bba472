// Renders an App Router page to Flight, then either returns the Flight stream
// (client navigation) or hands it to the ssr environment for HTML. Decides the
// status once the HTML shell is ready: what GuardedSlots chose, a redirect, or,
// when an error escaped every boundary before the shell, the root fallback
// (404/403/401) or the 500 error document.
import { renderToReadableStream } from "@vitejs/plugin-rsc/rsc";
import type { ReactNode } from "react";
import type { ReactFormState } from "react-dom/client";
import type { ErrorComponent } from "../client/boundaries";
import { ServerErrorFallback } from "../client/boundaries";
import { httpFallbackStatus, isControlFlowError, redirectInfo, type HttpFallbackStatus, type RedirectInfo } from "../control-flow";
import { concatBytes } from "../bytes";
import { FLIGHT_CONTENT_TYPE, type FlightPayload } from "../flight-payload";
import type { Params } from "../routing/match";
import type { ActionRenderInput } from "../server/actions";
import { errorDocument } from "../server/error-document";
import { reportRenderError } from "../server/errors";
import { peekRequestStore } from "../server/request-store";
import type { RenderState } from "./render-state";
import { addBasePath } from "../base-path";

export interface SsrModule {
  renderHtml(flight: ReadableStream<Uint8Array>, options: { nonce?: string; formState?: ReactFormState | null }): Promise<ReadableStream<Uint8Array>>;
}

export interface RenderInput {
  root: ReactNode;
  url: URL;
  params: Params;
  state: RenderState;
  /** True for a client navigation (`RSC: 1`): answer with Flight, not HTML. */
  flightOnly: boolean;
  routeLabel: string;
  /** The root fallback tree, for a notFound()/forbidden()/unauthorized() no boundary caught before the shell. */
  fallback?: (status: HttpFallbackStatus) => Promise<ReactNode>;
  /** app/global-error, rendered for an error no boundary caught before the shell. */
  globalError?: ErrorComponent;
  /** What a Server Action that ran before this render returns to the client (server/actions.ts). */
  action?: ActionRenderInput;
  /** Set to keep a copy of what is streamed, for the ISR store (rsc/page-cache.ts). */
  capture?: RenderCapture;
  /** The page an intercepting route was rendered over (FlightPayload.interceptedFrom). */
  interceptedFrom?: string;
}

/** The complete bodies of a render, once streamed (filled by renderApp). */
export interface RenderCapture {
  flight?: Promise<Uint8Array>;
  html?: Promise<Uint8Array>;
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    length += read.value.byteLength;
  }
  return concatBytes(chunks, length);
}

/** Splits `stream` so the client still gets it as it is produced while a copy is collected. */
function keepCopy(stream: ReadableStream<Uint8Array>, store: (copy: Promise<Uint8Array>) => void): ReadableStream<Uint8Array> {
  const [served, copy] = stream.tee();
  store(collect(copy));
  return served;
}

const VARY = "rsc, accept";

function renderFlight(input: RenderInput): ReadableStream<Uint8Array> {
  const shown = peekRequestStore()?.visibleUrl ?? input.url;
  const search = new URLSearchParams(shown.search);
  search.delete("_rsc");
  const payload: FlightPayload = {
    root: input.root,
    url: shown.pathname + (search.size ? `?${search}` : ""),
    params: input.params,
    ...(input.interceptedFrom && { interceptedFrom: input.interceptedFrom }),
    ...(input.action?.returnValue && { returnValue: input.action.returnValue }),
    ...(input.action?.formState && { formState: input.action.formState }),
  };
  return renderToReadableStream<FlightPayload>(payload, {
    temporaryReferences: input.action?.temporaryReferences,
    onError(error: unknown) {
      if (isControlFlowError(error)) {
        const redirect = redirectInfo(error);
        if (redirect) input.state.redirect ??= redirect;
        return (error as { digest: string }).digest;
      }
      return reportRenderError(error, input.routeLabel);
    },
  });
}

function redirectResponse(redirect: RedirectInfo): Response {
  // redirect("/about") names an app path: the browser goes there under the basePath.
  return new Response(null, { status: redirect.status, headers: { location: addBasePath(redirect.url) } });
}

export async function renderApp(input: RenderInput): Promise<Response> {
  const capture = input.capture;
  let flight = renderFlight(input);
  if (capture) flight = keepCopy(flight, (copy) => (capture.flight = copy));
  if (input.flightOnly) {
    return new Response(flight, {
      status: input.state.status,
      headers: { "content-type": `${FLIGHT_CONTENT_TYPE}; charset=utf-8`, vary: VARY, "cache-control": "no-store" },
    });
  }
  const ssr = await import.meta.viteRsc.loadModule<SsrModule>("ssr", "index");
  let html: ReadableStream<Uint8Array>;
  try {
    html = await ssr.renderHtml(flight, { formState: input.action?.formState });
  } catch (error) {
    return recover(input, error);
  }
  if (input.state.redirect) {
    await html.cancel();
    return redirectResponse(input.state.redirect);
  }
  if (capture) html = keepCopy(html, (copy) => (capture.html = copy));
  return new Response(html, { status: input.state.status, headers: { "content-type": "text/html; charset=utf-8", vary: VARY } });
}

/** The shell failed: answer with a redirect, the root fallback, global-error or the 500 document. */
async function recover(input: RenderInput, error: unknown): Promise<Response> {
  const redirect = input.state.redirect ?? redirectInfo(error);
  if (redirect) return redirectResponse(redirect);
  const status = httpFallbackStatus(error);
  if (status !== undefined && input.fallback) {
    input.state.status = status;
    return renderApp({ ...input, root: await input.fallback(status), fallback: undefined });
  }
  const digest = error && typeof error === "object" && "digest" in error ? String(error.digest) : reportRenderError(error, input.routeLabel);
  if (input.globalError) {
    input.state.status = 500;
    const root = <ServerErrorFallback errorComponent={input.globalError} digest={digest} message="Internal Server Error" />;
    return renderApp({ ...input, root, fallback: undefined, globalError: undefined });
  }
  return errorDocument(500, digest);
}
