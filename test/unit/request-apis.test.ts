// next/headers and connection() against the request store: outside a request they
// fail with a [vinext] error naming the API; cookies are writable only in actions
// and route handlers (not while rendering, not in after() callbacks: Next's
// test/e2e/app-dir/next-after-app "does not allow modifying cookies in a
// callback"); headers() is read-only; draft mode follows the bypass cookie's secret
// (test/e2e/app-dir/draft-mode).
import { describe, expect, it } from "vitest";
import { after, scheduleAfterTasks } from "../../src/runtime/server/after";
import { createRequestStore, runWithRequestStore, type RequestPhase } from "../../src/runtime/server/request-store";
import { cookies, draftMode, headers } from "../../src/shims/headers";
import { connection } from "../../src/shims/server";
import { DRAFT_MODE_COOKIE as RUNTIME_COOKIE } from "../../src/runtime/server/draft-mode";
import { DRAFT_MODE_COOKIE, isPrerenderedPage, wantsDraftMode } from "../../src/nitro/runtime/draft-mode-bypass";

function storeFor(phase: RequestPhase, init: HeadersInit = {}) {
  const request = new Request("http://h.test/page", { headers: init });
  return createRequestStore(request, new URL(request.url), phase, "s3cret");
}

// Module top level of this test file: no request is in scope here.
const topLevel = (() => {
  try {
    void cookies();
    return "no error";
  } catch (error) {
    return (error as Error).message;
  }
})();

describe("outside a request", () => {
  it("cookies() at module top level names the API and says where to call it", () => {
    expect(topLevel).toBe(
      "[vinext] cookies() was called outside a request scope. Call it inside a Server Component, Server Action, Route Handler or middleware, not at module top level.",
    );
  });

  it.each([
    ["headers", () => headers()],
    ["draftMode", () => draftMode()],
    ["connection", () => connection()],
    ["after", () => after(() => {})],
  ])("%s() throws the [vinext] error", (name, call) => {
    expect(call).toThrow(`[vinext] ${name}() was called outside a request scope.`);
  });
});

describe("cookies()", () => {
  it("reads the request's cookies, sync and awaited, and marks the render dynamic", async () => {
    const store = storeFor("render", { cookie: "a=1; b=2" });
    await runWithRequestStore(store, async () => {
      expect(cookies().get("a")?.value).toBe("1");
      expect((await cookies()).getAll().map((c) => c.name)).toEqual(["a", "b"]);
    });
    expect(store.dynamicUsed).toBe(true);
  });

  it("set/delete while rendering throw the clear error; an action may write", () => {
    const render = storeFor("render", { cookie: "a=1" });
    runWithRequestStore(render, () => {
      expect(() => cookies().set("x", "1")).toThrow("[vinext] cookies().set: cookies can only be modified in a Server Action or Route Handler");
      expect(() => cookies().delete("a")).toThrow("[vinext] cookies().delete: cookies can only be modified in a Server Action or Route Handler");
    });
    expect(render.responseCookies.getAll()).toEqual([]);
    const action = storeFor("action");
    runWithRequestStore(action, () => cookies().set("x", "1", { path: "/" }));
    expect(action.responseCookies.getAll().map((c) => `${c.name}=${c.value}`)).toEqual(["x=1"]);
  });

  it("after() callbacks may read but not write cookies, even in a route handler", async () => {
    const store = storeFor("route", { cookie: "a=1" });
    const seen: string[] = [];
    runWithRequestStore(store, () =>
      after(() => {
        seen.push(cookies().get("a")!.value);
        try {
          cookies().set("late", "1");
        } catch (error) {
          seen.push((error as Error).message);
        }
      }),
    );
    await scheduleAfterTasks(store, new Response("done")).text();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen[0]).toBe("1");
    expect(seen[1]).toMatch(/^\[vinext\] cookies\(\)\.set: cookies cannot be modified in a function passed to after\(\)/);
  });
});

describe("headers()", () => {
  it("is read-only and leaves the request untouched", async () => {
    const store = storeFor("render", { "x-demo": "one" });
    await runWithRequestStore(store, async () => {
      const list = await headers();
      expect(list.get("x-demo")).toBe("one");
      expect(() => list.set("x-demo", "two")).toThrow("[vinext] headers() returns the request's headers, which cannot be modified.");
      expect(() => list.append("x-new", "1")).toThrow("cannot be modified");
      expect(() => list.delete("x-demo")).toThrow("cannot be modified");
      expect([...list.entries()]).toEqual([["x-demo", "one"]]);
    });
    expect(store.request.headers.get("x-demo")).toBe("one");
    expect(store.dynamicUsed).toBe(true);
  });
});

describe("draftMode()", () => {
  it("is enabled only by the bypass cookie carrying this build's secret, and does not make the render dynamic", () => {
    const on = storeFor("render", { cookie: `${RUNTIME_COOKIE}=s3cret` });
    const forged = storeFor("render", { cookie: `${RUNTIME_COOKIE}=guess` });
    expect(runWithRequestStore(on, () => draftMode().isEnabled)).toBe(true);
    expect(runWithRequestStore(forged, () => draftMode().isEnabled)).toBe(false);
    expect(on.dynamicUsed).toBe(false);
  });

  it("enable()/disable() in a route handler write the cookie; while rendering they throw", () => {
    const route = storeFor("route");
    runWithRequestStore(route, () => {
      draftMode().enable();
      expect(draftMode().isEnabled).toBe(true);
      draftMode().disable();
      expect(draftMode().isEnabled).toBe(false);
    });
    expect(route.responseCookies.getAll().map((c) => c.value)).toEqual([""]);
    expect(() => runWithRequestStore(storeFor("render"), () => draftMode().enable())).toThrow("[vinext] draftMode().enable: cookies can only be modified");
  });
});

describe("draft mode bypass of pre-rendered output", () => {
  it("uses the runtime's cookie name", () => {
    expect(DRAFT_MODE_COOKIE).toBe(RUNTIME_COOKIE);
  });

  it.each<[string, string, Record<string, string>, boolean]>([
    ["GET with the cookie", "GET", { cookie: "a=1; __prerender_bypass=x" }, true],
    ["cookie first", "HEAD", { cookie: "__prerender_bypass=x" }, true],
    ["no cookie", "GET", { cookie: "a=1" }, false],
    ["a cookie whose name only ends the same", "GET", { cookie: "my__prerender_bypass=x" }, false],
    ["POST", "POST", { cookie: "__prerender_bypass=x" }, false],
  ])("wantsDraftMode: %s", (_label, method, headers, expected) => {
    expect(wantsDraftMode(new Request("http://h.test/", { method, headers }))).toBe(expected);
  });

  it.each<[string, string | null, boolean]>([
    ["/about", "text/html; charset=utf-8", true],
    ["/about.rsc", "text/x-component", true],
    ["/assets/index-abc.js", "text/javascript; charset=utf-8", false],
    ["/favicon.ico", "image/vnd.microsoft.icon", false],
    ["/data.rsc", "application/octet-stream", false],
    ["/x", null, false],
  ])("isPrerenderedPage(%s, %s)", (path, type, expected) => {
    expect(isPrerenderedPage(path, type)).toBe(expected);
  });
});
