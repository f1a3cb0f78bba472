// next/image on Vercel and Netlify, structurally: the build hands `/_next/image` to
// the platform's optimiser. Vercel: `.vercel/output/config.json` carries `images`
// (sizes, patterns as regex sources, qualities, formats, minimumCacheTTL, ...) and
// routes `/_next/image` to `/_vercel/image` ahead of the filesystem
// (https://vercel.com/docs/build-output-api/configuration#images). Netlify: the
// deploy config rewrites it to the Image CDN with the query mapped and lists
// remote_images (https://docs.netlify.com/image-cdn/overview/). The platforms'
// optimisers themselves cannot run here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const app = (name: string) =>
  writeApp(name, {
    "app/layout.tsx": MINIMAL_LAYOUT,
    "app/page.tsx": `import Image from "next/image";\nexport default function Page() { return <Image src="/a.png" alt="a" width={10} height={10} />; }\n`,
    "next.config.mjs": `export default { images: { remotePatterns: [{ protocol: "https", hostname: "**.example.com", pathname: "/img/**" }], qualities: [50, 75], minimumCacheTTL: 60 } };\n`,
  });

describe("platform image optimisers", () => {
  it("vercel: config.json images and the /_vercel/image route", async () => {
    const dir = app("image-vercel");
    const result = await runCli(["build", dir, "--preset", "vercel"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, ".vercel/output/config.json"), "utf8"));
    expect(config.images).toMatchObject({
      sizes: [32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840],
      domains: [],
      qualities: [50, 75],
      minimumCacheTTL: 60,
      formats: ["image/webp"],
      dangerouslyAllowSVG: false,
    });
    const [pattern] = config.images.remotePatterns;
    expect(pattern.protocol).toBe("https");
    expect(new RegExp(pattern.hostname).test("a.b.example.com")).toBe(true);
    expect(new RegExp(pattern.pathname).test("/img/x.png")).toBe(true);
    const routes = config.routes as { src?: string; dest?: string; handle?: string }[];
    const image = routes.findIndex((r) => r.dest === "/_vercel/image");
    expect(image).toBeGreaterThanOrEqual(0);
    expect(new RegExp(routes[image]!.src!).test("/_next/image")).toBe(true);
    expect(image).toBeLessThan(routes.findIndex((r) => r.handle === "filesystem"));
  });

  it("netlify: the Image CDN rewrite and remote_images in the deploy config", async () => {
    const dir = app("image-netlify");
    const result = await runCli(["build", dir, "--preset", "netlify"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, ".netlify/deploy/v1/config.json"), "utf8"));
    expect(config.redirects).toContainEqual({ from: "/_next/image", to: "/.netlify/images?url=:url&w=:width&q=:quality", status: 200, force: true, query: { url: ":url", w: ":width", q: ":quality" } });
    const [remote] = config.images.remote_images as string[];
    expect(new RegExp(remote!).test("https://cdn.example.com/img/a.png")).toBe(true);
    expect(new RegExp(remote!).test("https://cdn.example.com/other/a.png")).toBe(false);
    expect(new RegExp(remote!).test("http://cdn.example.com/img/a.png")).toBe(false);
  });
});
