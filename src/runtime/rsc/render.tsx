// Renders an App Router page to Flight, then either returns the Flight stream
// (client navigation) or hands it to the ssr environment for HTML.
import { renderToReadableStream } from "@vitejs/plugin-rsc/rsc";
import type { ReactNode } from "react";
import { FLIGHT_CONTENT_TYPE, type FlightPayload } from "../flight-payload";
import type { Params } from "../routing/match";
import { reportRenderError } from "../server/errors";

export interface SsrModule {
  renderHtml(flight: ReadableStream<Uint8Array>, options: { nonce?: string }): Promise<ReadableStream<Uint8Array>>;
}

export interface RenderInput {
  root: ReactNode;
  url: URL;
  params: Params;
  status: number;
  /** True for a client navigation (`RSC: 1`): answer with Flight, not HTML. */
  flightOnly: boolean;
  routeLabel: string;
}

export async function renderApp(input: RenderInput): Promise<Response> {
  const search = new URLSearchParams(input.url.search);
  const payload: FlightPayload = {
    root: input.root,
    url: input.url.pathname + (search.size ? `?${search}` : ""),
    params: input.params,
  };
  const flight = renderToReadableStream<FlightPayload>(payload, {
    onError: (error: unknown) => reportRenderError(error, input.routeLabel),
  });
  const vary = "rsc, accept";
  if (input.flightOnly) {
    return new Response(flight, {
      status: input.status,
      headers: { "content-type": `${FLIGHT_CONTENT_TYPE}; charset=utf-8`, vary, "cache-control": "no-store" },
    });
  }
  const ssr = await import.meta.viteRsc.loadModule<SsrModule>("ssr", "index");
  const html = await ssr.renderHtml(flight, {});
  return new Response(html, {
    status: input.status,
    headers: { "content-type": "text/html; charset=utf-8", vary },
  });
}
