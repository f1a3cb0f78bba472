// The request-pipeline conformance suite over playground/pipeline (middleware,
// next.config headers/redirects/rewrites, public files and pre-rendered pages
// behind them), run against every preset's output and against `vinext dev`
// like _suite.ts does for the App Router playground. The assertions live in
// pipeline/*.ts, one file per area, each citing the Next.js tests it follows.
import { createServer, request as httpRequest, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, vi } from "vitest";
import type { RunningServer } from "../_harness/servers";
import { text, type PresetTarget } from "./_suite";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface PipelineContext {
  target: PresetTarget;
  server: () => RunningServer;
  /** fetch without following redirects. */
  get: (path: string, init?: RequestInit) => Promise<Response>;
  /** GET `path`, assert the status, return the `data-testid="title"` text. */
  title: (path: string, status?: number, init?: RequestInit) => Promise<string | undefined>;
  /** A request sent byte for byte (any Host header, an unnormalised path). */
  raw: (path: string, headers?: Record<string, string>) => Promise<RawResponse>;
  /** host:port of a local upstream server that echoes what it receives as JSON (external rewrites). */
  upstream: () => string;
  /** The server's /state counters (middleware and instrumentation bookkeeping). */
  state: () => Promise<Record<string, unknown>>;
}

function startUpstream(): Promise<Server> {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "x-upstream-server": "yes", connection: "close" });
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
    });
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

const areas = import.meta.glob<{ default: (ctx: PipelineContext) => void }>("./pipeline/*.ts", { eager: true });

export function pipelineSuite(target: PresetTarget) {
  describe(`${target.name}: pipeline playground`, () => {
    let server: RunningServer;
    let upstream: Server;
    const get = (path: string, init?: RequestInit) => fetch(server.url + path, { redirect: "manual", ...init });
    const title = async (path: string, status = 200, init?: RequestInit) => {
      const res = await get(path, init);
      const body = await res.text();
      expect(res.status, `${path}: ${body.slice(0, 300)}\n${server.logs().slice(-2000)}`).toBe(status);
      return text(body, "title");
    };
    const raw = (path: string, headers: Record<string, string> = {}) =>
      new Promise<RawResponse>((done, fail) => {
        const url = new URL(server.url);
        const req = httpRequest({ host: url.hostname, port: url.port, path, method: "GET", headers: { connection: "close", ...headers } }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on("error", fail);
        req.end();
      });
    const upstreamHost = () => {
      const address = upstream.address();
      return `127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    };
    const state = async () => (await get("/state")).json() as Promise<Record<string, unknown>>;

    beforeAll(async () => {
      [server, upstream] = await Promise.all([target.start(), startUpstream()]);
      // Dev: the first requests make Vite discover and optimise dependencies (and reload); let that settle.
      if (target.name === "dev") {
        for (const path of ["/", "/echo-page", "/blog/warm", "/static-target"]) {
          await vi.waitFor(async () => expect((await get(path)).status).toBe(200), { timeout: 30_000, interval: 250 });
        }
      }
    });
    afterAll(async () => {
      await server?.stop();
      await new Promise((done) => (upstream ? upstream.close(done) : done(undefined)));
    });

    for (const [file, area] of Object.entries(areas)) {
      describe(file.replace(/^\.\/pipeline\/|\.ts$/g, ""), () =>
        area.default({ target, server: () => server, get, title, raw, upstream: upstreamHost, state }),
      );
    }
  });
}
