// Serves a vercel or netlify build the way the platform would, for tests (they
// cannot be deployed from here): a Node HTTP server on 127.0.0.1 answers static
// files from the platform's static folder by the platform's rules and hands
// everything else to the built function entry, imported in this process and
// called with real `Request`s. Not emulated: the platforms' CDN caches (Vercel's
// prerender cache in front of `isr` functions, Netlify's durable cache) and their
// image optimisers.
//   node platform-host.mjs vercel|netlify <app dir> <port>
import { existsSync, mkdtempSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";

const [platform, dir, port] = process.argv.slice(2);
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8", ".woff2": "font/woff2", ".xml": "application/xml", ".rsc": "text/x-component" };
/** Background work the function handed to `waitUntil`; failures are logged like the platform does. */
const waitUntil = (promise) => void Promise.resolve(promise).catch((error) => console.error("[platform-host] waitUntil task failed:", error));

function fileAt(root, relative) {
  const file = join(root, relative);
  if (!file.startsWith(root)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function fileResponse(file, method, headers = {}) {
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  return new Response(method === "HEAD" ? null : readFileSync(file), { headers: { "content-type": type, ...headers } });
}

function decodedPath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

// ---- Vercel: Build Output API v3 (config.json routes, static/, functions/*.func) ----
async function vercelHost(root) {
  const output = join(root, ".vercel/output");
  const config = JSON.parse(readFileSync(join(output, "config.json"), "utf8"));
  const staticDir = join(output, "static");
  // `overrides` serve a static file at another path and/or with another content type.
  const overrides = Object.entries(config.overrides ?? {});
  const overridden = new Map(overrides.filter(([, o]) => o.path !== undefined).map(([file, o]) => [`/${o.path}`, { file, contentType: o.contentType }]));
  const typeOf = new Map(overrides.filter(([, o]) => o.contentType).map(([file, o]) => [`/${file}`, o.contentType]));
  const functions = new Map();
  async function loadFunction(name) {
    if (!functions.has(name)) {
      const funcDir = realpathSync(join(output, "functions", `${name}.func`));
      const vc = JSON.parse(readFileSync(join(funcDir, ".vc-config.json"), "utf8"));
      const mod = await import(pathToFileURL(join(funcDir, vc.handler)).href);
      if (typeof mod.default?.fetch !== "function") throw new Error(`[platform-host] ${name}.func/${vc.handler} has no web handler (default { fetch })`);
      const prerenderFile = join(output, "functions", `${name}.prerender-config.json`);
      functions.set(name, { handler: mod.default, prerender: existsSync(prerenderFile) ? JSON.parse(readFileSync(prerenderFile, "utf8")) : undefined });
    }
    return functions.get(name);
  }
  const staticFile = (pathname) => {
    const path = decodedPath(pathname);
    const override = overridden.get(path);
    if (override) return { file: fileAt(staticDir, override.file), contentType: override.contentType };
    return { file: fileAt(staticDir, path) ?? fileAt(staticDir, join(path, "index.html")), contentType: typeOf.get(path) };
  };
  // Vercel's default for static files (https://vercel.com/docs/caching/cache-control-headers); header routes override it.
  const vercelFile = (file, method, headers) => fileResponse(file, method, { "cache-control": "public, max-age=0, must-revalidate", ...headers });
  const substitute = (dest, match) => dest.replace(/\$(\d+|[A-Za-z_]\w*)/g, (_, key) => (/^\d+$/.test(key) ? match[Number(key)] : match.groups?.[key]) ?? "");

  return async function vercel(request) {
    const url = new URL(request.url);
    const added = {};
    for (const route of config.routes) {
      if (route.handle === "filesystem") {
        const { file, contentType } = staticFile(url.pathname);
        if (file && (request.method === "GET" || request.method === "HEAD")) return vercelFile(file, request.method, { ...(contentType ? { "content-type": contentType } : {}), ...added });
        continue;
      }
      if (route.handle) continue;
      const match = new RegExp(`^${route.src}$`).exec(url.pathname);
      if (!match) continue;
      const hasAll = (route.has ?? []).every((c) => c.type === "header" && request.headers.has(c.key) && (c.value === undefined || request.headers.get(c.key) === c.value));
      if (!hasAll) continue;
      Object.assign(added, route.headers ?? {});
      if (route.status && !route.dest) return new Response(null, { status: route.status, headers: added });
      if (!route.dest) {
        if (route.continue) continue;
        // A match that ends routing resolves against the filesystem (Nitro's `/assets/(.*)` header route).
        const { file, contentType } = staticFile(url.pathname);
        if (file && (request.method === "GET" || request.method === "HEAD")) return vercelFile(file, request.method, { ...(contentType ? { "content-type": contentType } : {}), ...added });
        return new Response("Not Found", { status: 404, headers: added });
      }
      const dest = new URL(substitute(route.dest, match), url);
      const name = dest.pathname.slice(1);
      const fn = await loadFunction(name);
      let call = request;
      if (fn.prerender) {
        // What Vercel sends an ISR (prerender) function: its own path, the route's named groups in
        // x-now-route-matches, and the query only when passQuery is set.
        const headers = new Headers(request.headers);
        headers.set("x-now-route-matches", dest.searchParams.toString());
        const target = new URL(dest);
        if (fn.prerender.passQuery) for (const [key, value] of url.searchParams) target.searchParams.append(key, value);
        call = new Request(target, { method: request.method, headers, body: request.body, duplex: "half" });
      }
      const response = await fn.handler.fetch(call, { waitUntil });
      for (const [key, value] of Object.entries(added)) if (!response.headers.has(key)) response.headers.set(key, value);
      return response;
    }
    return new Response("Not Found", { status: 404 });
  };
}

// ---- Netlify: publish dir (dist/) with _headers/_redirects, functions v2 with path config ----
function netlifyHeaders(publishDir) {
  const rules = [];
  const file = join(publishDir, "_headers");
  if (!existsSync(file)) return rules;
  let current;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`), headers: {} };
      rules.push(current);
    } else if (current) {
      const at = line.indexOf(":");
      current.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

async function netlifyHost(root) {
  const publishDir = join(root, "dist");
  const serverFile = join(root, ".netlify/functions-internal/server/server.mjs");
  // Netlify Blobs: a local BlobsServer the real @netlify/blobs client (and unstorage's driver) talks to.
  const { BlobsServer } = await import("@netlify/blobs/server");
  const token = "vinext-test-token";
  const blobs = new BlobsServer({ directory: mkdtempSync(join(tmpdir(), "vinext-blobs-")), token, port: 0 });
  const { port: blobsPort } = await blobs.start();
  const edgeURL = `http://127.0.0.1:${blobsPort}`;
  process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(JSON.stringify({ edgeURL, uncachedEdgeURL: edgeURL, token, siteID: "vinext-test-site", deployID: "0123456789abcdef01234567", primaryRegion: "us-east-1" })).toString("base64");
  const fn = await import(pathToFileURL(serverFile).href);
  if (typeof fn.default !== "function" || !fn.config?.path) throw new Error("[platform-host] server.mjs is not a Netlify functions v2 module (default handler + config.path)");
  const { config } = fn;
  const toRegExp = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  const excluded = (config.excludedPath ?? []).map(toRegExp);
  const headerRules = netlifyHeaders(publishDir);
  const staticFile = (pathname) => {
    const path = decodedPath(pathname);
    if (path.endsWith("/")) return fileAt(publishDir, join(path, "index.html"));
    return fileAt(publishDir, path) ?? fileAt(publishDir, `${path}.html`) ?? fileAt(publishDir, join(path, "index.html"));
  };
  return async function netlify(request) {
    const url = new URL(request.url);
    const file = request.method === "GET" || request.method === "HEAD" ? staticFile(url.pathname) : undefined;
    const functionOwns = toRegExp(config.path).test(url.pathname) && !excluded.some((re) => re.test(url.pathname));
    if (file && (config.preferStatic || !functionOwns)) {
      const headers = {};
      for (const rule of headerRules) if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
      return fileResponse(file, request.method, headers);
    }
    if (!functionOwns) return new Response("Not Found", { status: 404 });
    const context = {
      ip: "127.0.0.1",
      requestId: Math.random().toString(36).slice(2),
      geo: { city: "Amsterdam", country: { code: "NL", name: "Netherlands" } },
      site: { id: "vinext-test-site", name: "vinext-test", url: url.origin },
      deploy: { id: "0123456789abcdef01234567", context: "production", published: true },
      server: { region: "us-east-1" },
      params: {},
      url,
      waitUntil,
    };
    return fn.default(request, context);
  };
}

const handle = platform === "vercel" ? await vercelHost(dir) : platform === "netlify" ? await netlifyHost(dir) : undefined;
if (!handle) throw new Error(`[platform-host] unknown platform ${platform}`);

createServer(async (req, res) => {
  try {
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : Readable.toWeb(req);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) for (const v of [value].flat()) if (v !== undefined) headers.append(key, v);
    const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body, duplex: "half" });
    const response = await handle(request);
    const out = {};
    for (const [key, value] of response.headers) if (key !== "set-cookie") out[key] = value;
    const cookies = response.headers.getSetCookie();
    if (cookies.length) out["set-cookie"] = cookies;
    res.writeHead(response.status, out);
    if (!response.body || req.method === "HEAD") return res.end();
    Readable.fromWeb(response.body).on("error", (error) => res.destroy(error)).pipe(res);
  } catch (error) {
    console.error("[platform-host] request failed:", error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
}).listen(Number(port), "127.0.0.1", () => console.log(`[platform-host] ${platform} on http://127.0.0.1:${port}`));
