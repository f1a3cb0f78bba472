// A Node-style IncomingMessage over a Web Request, for getServerSideProps,
// getInitialProps and API routes (Next passes Node's req; on Workers there is
// none). The body is readable as an async iterable or through 'data'/'end'
// events, so `bodyParser: false` handlers and stream libraries can consume it.
import { Emitter } from "./emitter";

export type NodeHeaders = Record<string, string | string[]>;

/** Parses a Cookie header into name → value (first value wins, values URI-decoded when valid). */
export function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in cookies) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

export function nodeHeaders(headers: Headers): NodeHeaders {
  const out: NodeHeaders = {};
  for (const [name, value] of headers) {
    if (name === "set-cookie") continue;
    out[name] = value;
  }
  const cookies = headers.getSetCookie?.() ?? [];
  if (cookies.length) out["set-cookie"] = cookies;
  return out;
}

export class PagesRequest extends Emitter implements AsyncIterable<Uint8Array> {
  readonly method: string;
  /** Path and search as requested (a `/_next/data/...` URL stays as it was, as in Next). */
  readonly url: string;
  readonly headers: NodeHeaders;
  readonly cookies: Record<string, string>;
  readonly httpVersion = "1.1";
  readonly socket: { remoteAddress?: string; encrypted: boolean };
  readonly connection: { remoteAddress?: string; encrypted: boolean };
  query: Record<string, string | string[]> = {};
  body: unknown = undefined;
  readonly #body: ReadableStream<Uint8Array> | null;
  #flowing = false;
  complete = false;

  /** `body`: the stream to expose (null once a body parser has consumed it). */
  constructor(request: Request, url: URL, body: ReadableStream<Uint8Array> | null = request.body) {
    super();
    this.method = request.method;
    this.url = url.pathname + url.search;
    this.headers = nodeHeaders(request.headers);
    this.cookies = parseCookies(request.headers.get("cookie"));
    this.socket = this.connection = { encrypted: url.protocol === "https:" };
    this.#body = body;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    if (!this.#body || this.#flowing) return;
    this.#flowing = true;
    const reader = this.#body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
    this.complete = true;
  }

  protected override onListen(event: string | symbol): void {
    if ((event === "data" || event === "readable") && !this.#flowing) void this.#pump();
    if (event === "end" && !this.#body && !this.#flowing) {
      this.#flowing = true;
      queueMicrotask(() => this.emit("end"));
    }
  }

  async #pump(): Promise<void> {
    try {
      for await (const chunk of this) this.emit("data", chunk);
      this.emit("end");
    } catch (error) {
      this.emit("error", error);
    }
  }

  setEncoding(): this {
    return this;
  }

  pause(): this {
    return this;
  }

  resume(): this {
    if (!this.#flowing) void this.#pump();
    return this;
  }

  /** Pipes the body into a Node-style writable (only write/end are used). */
  pipe<T extends { write(chunk: Uint8Array): unknown; end(): unknown }>(destination: T): T {
    this.on("data", (chunk) => destination.write(chunk as Uint8Array));
    this.on("end", () => destination.end());
    return destination;
  }
}
