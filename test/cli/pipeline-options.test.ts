// next.config basePath, trailingSlash, poweredByHeader, skipTrailingSlashRedirect
// and skipMiddlewareUrlNormalize on a real node-server build (Next: docs
// "basePath", "trailingSlash", "poweredByHeader", "skipMiddlewareUrlNormalize";
// test/integration/trailing-slash-redirect, test/e2e/skip-trailing-slash-redirect).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeOutput, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const MIDDLEWARE = `import { NextResponse } from "next/server";
export function middleware(request) {
  const response = NextResponse.next();
  response.headers.set("x-seen-path", request.nextUrl.pathname);
  response.headers.set("x-seen-base", request.nextUrl.basePath);
  return response;
}
`;

async function buildAndStart(name: string, config: string): Promise<RunningServer> {
  const dir = writeApp(name, {
    "app/layout.tsx": MINIMAL_LAYOUT,
    "app/page.tsx": `export default function Page() { return <h1 data-testid="title">home</h1>; }\n`,
    "app/about/page.tsx": `export default function About() { return <h1 data-testid="title">about</h1>; }\n`,
    "public/file.txt": "a public file\n",
    "middleware.js": MIDDLEWARE,
    // A Pages Router page: its /_next/data URL is normalised for middleware unless skipMiddlewareUrlNormalize.
    "pages/legacy.jsx": `export const getServerSideProps = async () => ({ props: { at: "legacy" } });\nexport default function Legacy({ at }) { return <p>{at}</p>; }\n`,
    "next.config.mjs": `export default ${config};\n`,
  });
  const built = await runCli(["build", dir]);
  if (built.code !== 0) throw new Error(built.stdout + built.stderr);
  return startNodeOutput(dir);
}

describe("basePath + trailingSlash + poweredByHeader", () => {
  let server: RunningServer;
  const get = (path: string) => fetch(server.url + path, { redirect: "manual" });
  beforeAll(async () => {
    server = await buildAndStart(
      "pipeline-base-path",
      `{ basePath: "/docs", trailingSlash: true, poweredByHeader: true,
         async redirects() { return [{ source: "/old", destination: "/about", permanent: false }, { source: "/outside", destination: "/docs/", permanent: false, basePath: false }]; } }`,
    );
  }, 120_000);
  afterAll(() => server?.stop());

  it("serves the app under the basePath only", async () => {
    const home = await get("/docs/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(">home<");
    const about = await get("/docs/about/");
    expect(about.status).toBe(200);
    expect(about.headers.get("x-seen-path")).toBe("/about/");
    expect(about.headers.get("x-seen-base")).toBe("/docs");
    expect((await get("/about/")).status).toBe(404);
    expect((await get("/docs/file.txt")).status).toBe(200);
  });

  it("adds the trailing slash to pages but not to files (308)", async () => {
    const res = await get("/docs/about?x=1");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/docs/about/?x=1");
    expect((await get("/docs/file.txt")).status).toBe(200);
  });

  it("prefixes redirect destinations with the basePath unless basePath: false", async () => {
    const inside = await get("/docs/old/");
    expect([inside.status, inside.headers.get("location")]).toEqual([307, "/docs/about"]);
    const outside = await get("/outside/");
    expect([outside.status, outside.headers.get("location")]).toEqual([307, "/docs/"]);
  });

  it("shows middleware a Pages data request as the page's path, without the basePath (test/e2e/middleware-general)", async () => {
    const buildId = /"buildId":"([^"]+)"/.exec(await (await get("/docs/legacy/")).text())![1];
    const data = await get(`/docs/_next/data/${buildId}/legacy.json`);
    expect(data.status).toBe(200);
    expect(data.headers.get("x-seen-path")).toBe("/legacy");
    expect(((await data.json()) as { pageProps: unknown }).pageProps).toEqual({ at: "legacy" });
  });

  it("sends X-Powered-By when poweredByHeader is true", async () => {
    expect((await get("/docs/")).headers.get("x-powered-by")).toBe("vinext");
  });
});

describe("skipTrailingSlashRedirect + skipMiddlewareUrlNormalize", () => {
  let server: RunningServer;
  const get = (path: string, init?: RequestInit) => fetch(server.url + path, { redirect: "manual", ...init });
  beforeAll(async () => {
    server = await buildAndStart("pipeline-skip", `{ skipTrailingSlashRedirect: true, skipMiddlewareUrlNormalize: true }`);
  }, 120_000);
  afterAll(() => server?.stop());

  it("does not redirect a trailing slash, and middleware sees it", async () => {
    const res = await get("/about/");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-seen-path")).toBe("/about/");
  });

  it("shows middleware a Pages data request as sent (test/e2e/skip-trailing-slash-redirect)", async () => {
    const buildId = /"buildId":"([^"]+)"/.exec(await (await get("/legacy")).text())![1];
    const data = await get(`/_next/data/${buildId}/legacy.json`);
    expect(data.status).toBe(200);
    expect(data.headers.get("x-seen-path")).toBe(`/_next/data/${buildId}/legacy.json`);
  });

  it("shows middleware the URL as sent (a client navigation's .rsc URL, undecoded)", async () => {
    expect((await get("/about.rsc", { headers: { rsc: "1" } })).headers.get("x-seen-path")).toBe("/about.rsc");
    expect((await get("/%61bout")).headers.get("x-seen-path")).toBe("/%61bout");
  });
});
