// Image metadata files drawn by code: which images a file declares and how its
// URL answers (Next: test/e2e/app-dir/metadata-dynamic-routes, "should support
// generate multi images with generateImageMetadata", "should 404 for
// non-existing id from generateImageMetadata", CACHE_HEADERS).
import { describe, expect, it } from "vitest";
import type { MetadataFile } from "../../src/runtime/routing/app-manifest";
import { imageEntries, isGeneratedImage, paramsFor, renderGeneratedImage } from "../../src/runtime/server/metadata-image";

const file: MetadataFile = {
  kind: "icon",
  segments: [{ kind: "static", value: "shop" }, { kind: "dynamic", name: "slug" }],
  name: "icon",
  file: "/app/shop/[slug]/icon.tsx",
  generated: true,
  contentType: "image/png",
};

const draw = (props: { params: Promise<Record<string, string>>; id?: Promise<string | number> }) =>
  Promise.all([props.params, props.id]).then(([params, id]) => new Response(`${params.slug}:${id}`, { headers: { "content-type": "image/png" } }));

describe("image metadata files", () => {
  it("recognises generated image kinds only", () => {
    expect(isGeneratedImage(file)).toBe(true);
    expect(isGeneratedImage({ ...file, kind: "sitemap" })).toBe(false);
    expect(isGeneratedImage({ ...file, generated: false })).toBe(false);
  });

  it("passes only the params of the file's folders", () => {
    expect(paramsFor(file, { slug: "a", extra: "b" })).toEqual({ slug: "a" });
  });

  it("reads size, contentType and alt exports, defaulting the type to PNG", async () => {
    expect(await imageEntries(file, { size: { width: 32, height: 32 }, alt: "A" }, {})).toEqual({
      multiple: false,
      entries: [{ contentType: "image/png", size: { width: 32, height: 32 }, alt: "A" }],
    });
    await expect(imageEntries(file, { size: { width: "32" } }, {})).rejects.toThrow(/^\[vinext\] \/app\/shop\/\[slug\]\/icon\.tsx: `size` must be/);
  });

  it("lists generateImageMetadata items with their id, or their index when they have none, over the file's own exports", async () => {
    const mod = {
      contentType: "image/jpeg",
      generateImageMetadata: ({ params }: { params: { slug: string } }) => [{ id: "small", alt: params.slug }, { size: { width: 2, height: 2 } }],
    };
    expect(await imageEntries(file, mod, { slug: "x" })).toEqual({
      multiple: true,
      entries: [
        { id: "small", contentType: "image/jpeg", alt: "x" },
        { id: 1, contentType: "image/jpeg", size: { width: 2, height: 2 } },
      ],
    });
  });

  it("serves an id from generateImageMetadata with params and id as promises, and 404s for others", async () => {
    const mod = { generateImageMetadata: () => [{ id: "small" }, { id: 7 }], default: draw };
    const res = await renderGeneratedImage(file, mod, { slug: "s" }, "small");
    expect(await res!.text()).toBe("s:small");
    expect(res!.headers.get("cache-control")).toBe("no-cache, no-store"); // vitest runs with import.meta.env.DEV
    expect(await (await renderGeneratedImage(file, mod, { slug: "s" }, "7"))!.text()).toBe("s:7");
    expect(await renderGeneratedImage(file, mod, { slug: "s" }, "large")).toBeNull();
    expect(await renderGeneratedImage(file, mod, { slug: "s" }, undefined)).toBeNull();
  });

  it("serves a single image only at its own name", async () => {
    const mod = { default: draw };
    expect(await (await renderGeneratedImage(file, mod, { slug: "s" }, undefined))!.text()).toBe("s:undefined");
    expect(await renderGeneratedImage(file, mod, { slug: "s" }, "0")).toBeNull();
  });

  it("names the file when the default export is missing or returns no Response", async () => {
    await expect(renderGeneratedImage(file, {}, {}, undefined)).rejects.toThrow(/^\[vinext\] .*icon\.tsx: an image file must default-export a function/);
    await expect(renderGeneratedImage(file, { default: () => "x" }, {}, undefined)).rejects.toThrow(/returned string; return an ImageResponse/);
  });
});
