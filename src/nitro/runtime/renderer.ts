// Nitro renderer: hands every request that no public asset answered to the rsc
// service, whose handler implements the whole Next request pipeline. On Workers
// (where vinext runs the worker before the asset layer so Server Actions can
// POST to pre-rendered pages) a GET/HEAD is first offered to the ASSETS binding,
// so pre-rendered pages are still served without rendering.
import { fetchViteEnv } from "nitro/vite/runtime";

interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

function assetsBinding(): AssetsBinding | undefined {
  return (globalThis as { __env__?: { ASSETS?: AssetsBinding } }).__env__?.ASSETS;
}

export default async function renderer({ req }: { req: Request }) {
  const assets = assetsBinding();
  if (assets && (req.method === "GET" || req.method === "HEAD")) {
    const asset = await assets.fetch(req);
    if (asset.status !== 404) return asset;
  }
  return fetchViteEnv("rsc", req);
}
