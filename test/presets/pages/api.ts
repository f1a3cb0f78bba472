// API routes (pages/api). Next: test/integration/api-support (json/send helpers,
// query, dynamic params, cookies, body parsing, "Invalid JSON" → 400, "Body exceeded
// 1mb limit" → 413, bodyParser: false, errors → 500 "Internal Server Error"),
// test/integration/api-body-parser. Node-style req/res over Web Requests, so the
// same handlers run on Workers.
import { expect, it } from "vitest";
import type { PagesSuiteContext } from "../pages-suite";

export default function api({ get, server }: PagesSuiteContext) {
  const post = (path: string, body: BodyInit, contentType?: string) =>
    get(path, { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });

  it("answers with res.status().json(), the query and cookies", async () => {
    const res = await get("/api/hello?a=1&b=2&a=3", { headers: { cookie: "nextjs=cool" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await res.json()).toEqual({ hello: "world", method: "GET", query: { a: ["1", "3"], b: "2" }, cookies: { nextjs: "cool" } });
  });

  it("routes index and dynamic API routes, params merged into the query", async () => {
    expect(await (await get("/api")).text()).toBe("Index should work");
    const user = await get("/api/users/42?tab=x");
    expect(user.headers.get("x-user")).toBe("42");
    expect(await user.json()).toEqual({ id: "42", query: { tab: "x", id: "42" } });
    expect((await get("/api/not/a/route")).status).toBe(404);
  });

  it("parses JSON, urlencoded and text bodies; an empty JSON body is {}", async () => {
    expect(await (await post("/api/echo", JSON.stringify([{ title: "Nextjs" }]), "application/json; charset=utf-8")).json()).toMatchObject({ body: [{ title: "Nextjs" }] });
    expect(await (await post("/api/echo", "title=Nextjs&tag=a&tag=b", "application/x-www-form-urlencoded")).json()).toMatchObject({ body: { title: "Nextjs", tag: ["a", "b"] } });
    expect(await (await post("/api/echo", "plain words", "text/plain")).json()).toMatchObject({ body: "plain words" });
    expect(await (await post("/api/echo", "", "application/json")).json()).toMatchObject({ body: {} });
  });

  it("answers malformed JSON with 400 Invalid JSON", async () => {
    const res = await post("/api/echo", '{"message":Invalid"}', "application/json");
    expect(res.status).toBe(400);
    expect(await res.text()).toBe("Invalid JSON");
  });

  it("answers a body over config.api.bodyParser.sizeLimit with 413", async () => {
    const res = await post("/api/small", JSON.stringify("x".repeat(2048)), "application/json");
    expect(res.status).toBe(413);
    expect(await res.text()).toBe("Body exceeded 1kb limit");
    expect(await (await post("/api/small", JSON.stringify("ok"), "application/json")).json()).toEqual({ length: 4 });
    // The default limit is 1mb.
    const big = await post("/api/echo", JSON.stringify("y".repeat(1024 * 1024 + 10)), "application/json");
    expect(big.status).toBe(413);
    expect(await big.text()).toBe("Body exceeded 1mb limit");
  });

  it("leaves the body to the handler with bodyParser: false", async () => {
    expect(await (await post("/api/raw", "raw bytes here", "application/octet-stream")).json()).toEqual({ bodyIsUndefined: true, bytes: 14, text: "raw bytes here" });
  });

  it("lets the handler choose per method, redirect, and stream", async () => {
    const get405 = await get("/api/echo");
    expect(get405.status).toBe(405);
    expect(get405.headers.get("allow")).toBe("POST");
    const redirect = await get("/api/redirect");
    expect(redirect.status).toBe(308);
    expect(new URL(redirect.headers.get("location")!, "http://x").pathname).toBe("/about");
    const stream = await get("/api/stream");
    expect(stream.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await stream.text()).toBe("one\ntwo\nthree\n");
  });

  it("answers a throwing handler with 500 Internal Server Error and keeps serving", async () => {
    const res = await get("/api/throws");
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("Internal Server Error");
    expect((await get("/api/hello")).status).toBe(200);
    await expect.poll(() => server().logs()).toContain("api handler exploded");
  });
}
