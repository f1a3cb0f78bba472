// Nitro renderer: hands every request that no public asset answered to the rsc
// service, whose handler implements the whole Next request pipeline. On Workers
// (where vinext runs the worker before the asset layer so Server Actions can
// POST to pre-rendered pages) a GET/HEAD is first offered to the ASSETS binding,
// so pre-rendered pages are still served without rendering.
import { fetchViteEnv } from "nitro/vite/runtime";
import { isPrerenderedPage, wantsDraftMode } from "./draft-mode-bypass";
import { attachStaticServer, isHashedAsset, pipelineOwnsStatic, withStorage } from "./static-host";

interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

function assetsBinding(): AssetsBinding | undefined {
  return (globalThis as { __env__?: { ASSETS?: AssetsBinding } }).__env__?.ASSETS;
}

function withoutValidators(req: Request): Request {
  const headers = new Headers(req.headers);
  headers.delete("if-none-match");
  headers.delete("if-modified-since");
  return new Request(req, { headers });
}

export default async function renderer({ req: hostRequest }: { req: Request }) {
  const req = withStorage(hostRequest);
  const assets = assetsBinding();
  // Middleware / next.config rules must see public files and pre-rendered pages (src/nitro/static-pipeline.ts):
  // only hashed build assets are answered before the pipeline.
  if (pipelineOwnsStatic) {
    if (assets && isHashedAsset(new URL(req.url).pathname) && (req.method === "GET" || req.method === "HEAD")) {
      const asset = await assets.fetch(req);
      if (asset.status !== 404) return asset;
    }
    return fetchViteEnv("rsc", attachStaticServer(req));
  }
  if (assets && (req.method === "GET" || req.method === "HEAD")) {
    // Draft mode renders pre-rendered pages per request (draft-mode-bypass.ts): ask
    // without the browser's validators so a cached static copy cannot answer 304.
    const draft = wantsDraftMode(req);
    const asset = await assets.fetch(draft ? withoutValidators(req) : req);
    if (asset.status === 404) return fetchViteEnv("rsc", req);
    if (!draft || !isPrerenderedPage(new URL(req.url).pathname, asset.headers.get("content-type"))) return asset;
    const rendered = await fetchViteEnv("rsc", req);
    if (rendered.status === 404) return asset;
    await asset.body?.cancel();
    return rendered;
  }
  return fetchViteEnv("rsc", req);
}
