// A Node-style ServerResponse whose output becomes a Web Response, for API
// routes (with Next's helpers: status, json, send, redirect) and for the `res`
// given to getServerSideProps/getInitialProps. The Response settles when the
// head is committed (first write or end); later writes stream into its body.
import { Emitter } from "./emitter";
import { clearPreviewCookies, draftModeCookie, previewCookies, type PreviewOptions } from "./preview";

const encoder = new TextEncoder();

type HeaderValue = string | number | readonly string[];

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return encoder.encode(String(chunk));
}

function isReadable(value: unknown): value is { pipe(dest: unknown): unknown } {
  return !!value && typeof value === "object" && typeof (value as { pipe?: unknown }).pipe === "function";
}

export class PagesResponse extends Emitter {
  statusCode = 200;
  statusMessage = "";
  headersSent = false;
  writableEnded = false;
  finished = false;
  readonly #headers = new Map<string, { name: string; value: HeaderValue }>();
  #controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  #pending: Uint8Array[] = [];
  #resolve!: (response: Response) => void;
  /** Work the head waits for (preview cookies are sealed asynchronously). */
  #before: Promise<void>[] = [];
  /** Settles with the Web Response once the head is committed. */
  readonly response: Promise<Response>;

  constructor() {
    super();
    this.response = new Promise((resolve) => (this.#resolve = resolve));
  }

  setHeader(name: string, value: HeaderValue): this {
    if (this.headersSent) throw new Error(`[vinext] Cannot set header "${name}" after the response head was sent.`);
    this.#headers.set(name.toLowerCase(), { name, value });
    return this;
  }

  appendHeader(name: string, value: HeaderValue): this {
    const current = this.getHeader(name);
    const list = [...(current === undefined ? [] : Array.isArray(current) ? current : [String(current)]), ...(Array.isArray(value) ? value : [String(value)])];
    return this.setHeader(name, list);
  }

  getHeader(name: string): HeaderValue | undefined {
    return this.#headers.get(name.toLowerCase())?.value;
  }

  getHeaders(): Record<string, HeaderValue> {
    return Object.fromEntries([...this.#headers].map(([key, { value }]) => [key, value]));
  }

  getHeaderNames(): string[] {
    return [...this.#headers.keys()];
  }

  hasHeader(name: string): boolean {
    return this.#headers.has(name.toLowerCase());
  }

  removeHeader(name: string): void {
    this.#headers.delete(name.toLowerCase());
  }

  /** Headers as set so far, as a Web Headers object. */
  webHeaders(): Headers {
    const headers = new Headers();
    for (const { name, value } of this.#headers.values()) {
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, String(item));
    }
    return headers;
  }

  writeHead(status: number, reason?: string | Record<string, HeaderValue>, headers?: Record<string, HeaderValue>): this {
    this.statusCode = status;
    if (typeof reason === "string") this.statusMessage = reason;
    else headers = reason;
    for (const [name, value] of Object.entries(headers ?? {})) this.setHeader(name, value);
    return this;
  }

  flushHeaders(): void {
    this.#commit(true);
  }

  write(chunk: unknown, encoding?: unknown, callback?: () => void): boolean {
    if (this.writableEnded) throw new Error("[vinext] write() after end() on an API response.");
    this.#commit(true);
    const bytes = toBytes(chunk);
    if (this.#controller) this.#controller.enqueue(bytes);
    else this.#pending.push(bytes);
    (typeof encoding === "function" ? (encoding as () => void) : callback)?.();
    return true;
  }

  end(chunk?: unknown, encoding?: unknown, callback?: () => void): this {
    if (this.writableEnded) return this;
    if (typeof chunk === "function") [callback, chunk] = [chunk as () => void, undefined];
    if (chunk !== undefined && chunk !== null) this.write(chunk);
    this.#commit(this.#pending.length > 0 || this.#controller !== undefined);
    this.writableEnded = this.finished = true;
    this.#controller?.close();
    (typeof encoding === "function" ? (encoding as () => void) : callback)?.();
    this.emit("finish");
    this.emit("close");
    return this;
  }

  // Next's API helpers (https://nextjs.org/docs/pages/building-your-application/routing/api-routes#response-helpers).

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  json(body: unknown): void {
    this.setHeader("content-type", "application/json; charset=utf-8");
    this.send(JSON.stringify(body));
  }

  send(body: unknown): void {
    if (body === undefined || body === null) return void this.end();
    if (this.statusCode === 204 || this.statusCode === 304) {
      for (const name of ["content-type", "content-length", "transfer-encoding"]) this.removeHeader(name);
      return void this.end();
    }
    if (isReadable(body)) {
      if (!this.hasHeader("content-type")) this.setHeader("content-type", "application/octet-stream");
      body.pipe(this);
      return;
    }
    const binary = body instanceof Uint8Array || body instanceof ArrayBuffer;
    if (binary) {
      if (!this.hasHeader("content-type")) this.setHeader("content-type", "application/octet-stream");
      return void this.end(body);
    }
    if (typeof body === "object" || typeof body === "number" || typeof body === "boolean") return this.json(body);
    this.end(String(body));
  }

  redirect(statusOrUrl: number | string, url?: string): this {
    const [status, location] = typeof statusOrUrl === "number" ? [statusOrUrl, url!] : [307, statusOrUrl];
    this.writeHead(status, { location });
    this.end(location);
    return this;
  }

  /** Set by the API route runner (pages/api.ts): expires a page in the ISR store (pages/revalidate.ts). */
  revalidator?: (path: string) => Promise<void>;

  /** On-demand ISR: the next request for `path` renders it afresh. */
  async revalidate(path: string): Promise<void> {
    if (!this.revalidator) throw new Error(`[vinext] res.revalidate("${path}") is only available in API routes.`);
    await this.revalidator(path);
  }

  /** Preview mode on, with `data` for getStaticProps/getServerSideProps (pages/preview.ts). */
  setPreviewData(data: unknown, options?: PreviewOptions): this {
    this.#before.push(previewCookies(data, options).then((lines) => this.#addCookies(lines)));
    return this;
  }

  clearPreviewData(options?: Pick<PreviewOptions, "path">): this {
    this.#addCookies(clearPreviewCookies(options));
    return this;
  }

  setDraftMode({ enable }: { enable: boolean }): this {
    this.#addCookies([draftModeCookie(enable)]);
    return this;
  }

  #addCookies(lines: string[]): void {
    const current = this.getHeader("set-cookie");
    const list = current === undefined ? [] : Array.isArray(current) ? current.map(String) : [String(current)];
    this.#headers.set("set-cookie", { name: "Set-Cookie", value: [...list, ...lines] });
  }

  #commit(withBody: boolean): void {
    if (this.headersSent) return;
    this.headersSent = true;
    const noBody = !withBody && this.#pending.length === 0;
    const body = noBody
      ? null
      : new ReadableStream<Uint8Array>({
          start: (controller) => {
            this.#controller = controller;
            for (const chunk of this.#pending) controller.enqueue(chunk);
            this.#pending = [];
            if (this.writableEnded) controller.close();
          },
          cancel: () => {
            this.emit("close");
          },
        });
    const nullBodyStatus = this.statusCode === 204 || this.statusCode === 304 || (this.statusCode >= 100 && this.statusCode < 200);
    const respond = () => this.#resolve(new Response(nullBodyStatus ? null : body, { status: this.statusCode, statusText: this.statusMessage, headers: this.webHeaders() }));
    if (this.#before.length === 0) return respond();
    void Promise.all(this.#before).then(respond, (error) => {
      console.error("[vinext] Could not set the preview mode cookies:", error);
      respond();
    });
  }
}
