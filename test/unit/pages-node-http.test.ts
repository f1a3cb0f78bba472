// The Node-style req/res the Pages Router gives API routes and data functions,
// over Web Requests/Responses (so they run on Workers). Next's helpers:
// https://nextjs.org/docs/pages/building-your-application/routing/api-routes#response-helpers
import { describe, expect, it } from "vitest";
import { PagesRequest } from "../../src/runtime/pages/node-request";
import { PagesResponse } from "../../src/runtime/pages/node-response";

describe("PagesResponse", () => {
  it("json() sets the content type and commits status and headers", async () => {
    const res = new PagesResponse();
    res.status(201).setHeader("X-Custom", "1");
    res.json({ ok: true });
    const response = await res.response;
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("x-custom")).toBe("1");
    expect(await response.json()).toEqual({ ok: true });
    expect(res.headersSent && res.writableEnded).toBe(true);
  });

  it("streams writes made after the head was sent", async () => {
    const res = new PagesResponse();
    res.write("a");
    const response = await res.response;
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("a");
    res.write(new TextEncoder().encode("b"));
    res.end("c");
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe("bc");
    expect(() => res.setHeader("x", "y")).toThrow(/\[vinext\]/);
  });

  it("redirect(), send() of numbers/buffers, multiple set-cookie values, and empty 204s", async () => {
    const redirect = new PagesResponse();
    redirect.redirect("/there");
    expect((await redirect.response).status).toBe(307);
    expect((await redirect.response).headers.get("location")).toBe("/there");
    const number = new PagesResponse();
    number.send(42);
    expect(await (await number.response).json()).toBe(42);
    const bytes = new PagesResponse();
    bytes.send(new Uint8Array([1, 2]));
    expect((await bytes.response).headers.get("content-type")).toBe("application/octet-stream");
    const cookies = new PagesResponse();
    cookies.setHeader("set-cookie", ["a=1", "b=2"]);
    cookies.appendHeader("set-cookie", "c=3");
    cookies.end();
    expect((await cookies.response).headers.getSetCookie()).toEqual(["a=1", "b=2", "c=3"]);
    const empty = new PagesResponse();
    empty.status(204).send("ignored");
    expect((await empty.response).body).toBeNull();
  });
});

describe("PagesRequest", () => {
  it("exposes method, url, lower-case headers and cookies", () => {
    const req = new PagesRequest(new Request("https://h/a?b=1", { headers: { Cookie: "x=1", "X-Thing": "y" } }), new URL("https://h/a?b=1"));
    expect(req.method).toBe("GET");
    expect(req.url).toBe("/a?b=1");
    expect(req.headers["x-thing"]).toBe("y");
    expect(req.cookies).toEqual({ x: "1" });
    expect(req.socket.encrypted).toBe(true);
  });

  it("streams the body as an async iterable and through data/end events", async () => {
    const make = () => new PagesRequest(new Request("http://h/", { method: "POST", body: "hello" }), new URL("http://h/"));
    let iterated = "";
    for await (const chunk of make()) iterated += new TextDecoder().decode(chunk);
    expect(iterated).toBe("hello");
    const evented = make();
    const text = await new Promise<string>((resolve) => {
      let out = "";
      evented.on("data", (chunk) => (out += new TextDecoder().decode(chunk as Uint8Array)));
      evented.on("end", () => resolve(out));
    });
    expect(text).toBe("hello");
  });
});
