// Request APIs in pages: cookies(), headers(), draftMode(), connection() and after().
// Follows Next's test/e2e/app-dir/draft-mode (draft-mode.test.ts: bypass cookie set
// by a route handler, pages rendered per request with it, other cookies readable
// only then), test/e2e/app-dir/app-static (pages reading request data are not
// pre-rendered), test/e2e/app-dir/next-after-app (after() in pages and actions,
// only once the response is sent, no cookie writes in callbacks) and the
// cookies()/headers() docs (writes only in actions and route handlers).
import { describe, expect, it, vi } from "vitest";
import { isBuild, prerendered, text, type SuiteContext } from "../_suite";

/**
 * Local workerd delivers a streamed body only once it is complete (see
 * suites/boundaries.ts), so "not yet run while the body streams" is observable on Node only.
 */
const BUFFERED_LOCALLY = new Set(["cloudflare-module"]);

const WRITE_ERROR = "[vinext] cookies().set: cookies can only be modified in a Server Action or Route Handler";

export default function requestApis({ target, server, get, html }: SuiteContext) {
  const withCookie = (path: string, cookie: string) => get(path, { headers: { cookie } }).then((res) => res.text());

  describe("cookies() and headers() in a page", () => {
    it("read the current request, so the page renders per request and is not pre-rendered", async () => {
      const first = await (await get("/request-apis", { headers: { cookie: "theme=dark; b=2", "x-demo": "one" } })).text();
      expect(text(first, "req-cookie")).toBe("dark");
      expect(text(first, "req-cookie-names")).toBe("b,theme");
      expect(text(first, "req-header")).toBe("one");
      expect(text(first, "req-has-cookie")).toBe("true");
      const second = await html("/request-apis");
      expect(text(second, "req-cookie")).toBe("(none)");
      expect(text(second, "req-header")).toBe("(none)");
      expect(text(second, "req-has-cookie")).toBe("false");
      if (!isBuild(target)) return; // no build output under `vinext dev`
      for (const path of ["/request-apis", "/request-apis.rsc", "/request-apis/connection", "/request-apis/set-cookie"]) {
        expect(prerendered(target, path), path).toBe(false);
      }
    });

    it("headers() cannot be modified", async () => {
      const body = await (await get("/request-apis/headers-copy", { headers: { "x-demo": "kept" } })).text();
      expect(text(body, "hdr-outcome")).toMatch(/^set threw: \[vinext\] headers\(\) returns the request&#x27;s headers, which cannot be modified/);
      expect(text(body, "hdr-after")).toBe("kept");
    });

    it("cookies().set/delete and draftMode().enable() while rendering throw the [vinext] error and set no cookie", async () => {
      const res = await get("/request-apis/set-cookie", { headers: { cookie: "theme=dark" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).toBeNull();
      const body = await res.text();
      expect(text(body, "set-error")).toContain(WRITE_ERROR);
      expect(text(body, "delete-error")).toContain("[vinext] cookies().delete: cookies can only be modified in a Server Action or Route Handler");
      expect(text(body, "draft-error")).toContain("[vinext] draftMode().enable: cookies can only be modified");
    });

    it("connection() makes the page dynamic: a new value on every request", async () => {
      const a = text(await html("/request-apis/connection"), "conn-id");
      const b = text(await html("/request-apis/connection"), "conn-id");
      expect(a).toMatch(/^[0-9a-f-]{36}$/);
      expect(b).not.toBe(a);
    });
  });

  describe("draftMode()", () => {
    const draftState = async (cookie?: string) => {
      const body = cookie === undefined ? await html("/request-apis/draft") : await withCookie("/request-apis/draft", cookie);
      return { mode: text(body, "draft-mode"), rand: text(body, "draft-rand"), data: text(body, "draft-data") };
    };
    const enable = async () => {
      const res = await get("/api/draft/enable");
      expect(res.status).toBe(200);
      const header = res.headers.get("set-cookie") ?? "";
      expect(header).toMatch(/^__prerender_bypass=[0-9a-f]{32}; Path=\/; HttpOnly; Secure; SameSite=None$/);
      return header.split(";")[0]!;
    };

    // Pre-rendering happens at build time: `vinext dev` renders every request.
    it.skipIf(!isBuild(target))("a page that reads request data only in draft mode is pre-rendered, and served as built", async () => {
      expect(prerendered(target, "/request-apis/draft")).toBe(true);
      const a = await draftState();
      const b = await draftState();
      expect(a.mode).toBe("DISABLED");
      expect(b.rand).toBe(a.rand);
      // Other cookies are not read when draft mode is off (the static copy answers).
      expect((await draftState("data=cool")).data).toBe("");
      expect(await (await get("/api/draft/state")).text()).toBe("DISABLED");
    });

    it("enable() in a route handler sets the bypass cookie; with it the page renders per request in draft mode", async () => {
      const cookie = await enable();
      const built = await draftState();
      const draft = await draftState(`${cookie}; data=cool`);
      expect(draft.mode).toBe("ENABLED");
      expect(draft.data).toBe("cool");
      expect(draft.rand).not.toBe(built.rand);
      expect((await draftState(cookie)).rand).not.toBe(draft.rand);
      expect(await withCookie("/api/draft/state", cookie)).toBe("ENABLED");
      // Client navigations fetch the page's Flight: it is rendered in draft mode too. (On
      // Workers, Nitro's entry answers an exact asset path like `/x.rsc` from ASSETS before
      // vinext runs: draft mode reaches documents there, not yet pre-rendered Flight files.)
      const flight = await get("/request-apis/draft.rsc", { headers: { cookie } });
      expect(flight.headers.get("content-type")).toMatch(/^text\/x-component/);
      if (!target.name.startsWith("cloudflare")) expect(await flight.text()).toContain("ENABLED");
      // A browser revalidating its cached static copy still gets the draft render.
      const etag = (await get("/request-apis/draft")).headers.get("etag");
      if (etag) {
        const revalidated = await get("/request-apis/draft", { headers: { cookie, "if-none-match": etag } });
        expect(revalidated.status).toBe(200);
        expect(text(await revalidated.text(), "draft-mode")).toBe("ENABLED");
      }
    });

    it("a bypass cookie with the wrong value does not enable draft mode", async () => {
      const forged = await draftState("__prerender_bypass=forged; data=cool");
      expect(forged.mode).toBe("DISABLED");
      expect(forged.data).toBe("");
      expect(await withCookie("/api/draft/state", "__prerender_bypass=forged")).toBe("DISABLED");
    });

    it("enable() then redirect() answers 307 with the cookie; disable() expires it", async () => {
      const res = await get("/api/draft/enable?to=/request-apis/draft");
      expect(res.status).toBe(307);
      expect(res.headers.get("location")).toBe("/request-apis/draft");
      expect(res.headers.get("set-cookie")).toMatch(/^__prerender_bypass=[0-9a-f]{32};/);
      const off = await get("/api/draft/disable");
      expect(off.headers.get("set-cookie")).toMatch(/^__prerender_bypass=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=None$/);
    });

    it.skipIf(!isBuild(target))("static assets are still served from the build with the bypass cookie", async () => {
      const cookie = await enable();
      const page = await withCookie("/request-apis/draft", cookie);
      const script = /<script[^>]*>import\("(\/assets\/[^"]+\.js)"\)<\/script>/.exec(page)?.[1];
      expect(script).toBeDefined();
      const res = await get(script!, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/javascript/);
      expect((await get("/favicon.ico", { headers: { cookie } })).status).toBe(200);
    });
  });

  describe("after()", () => {
    const log = async (id: string): Promise<string[]> => (await get(`/after-demo/log?id=${id}`)).json();
    const newId = () => Math.random().toString(36).slice(2);

    it("runs a page's callbacks, and those of parts streamed later, only once the response is fully sent", async () => {
      const id = newId();
      const res = await get(`/after-demo?id=${id}`, { headers: { "x-after": "from-request" } });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let body = "";
      // The shell is out, the streamed part is still rendering: nothing may have run yet.
      while (!body.includes('data-testid="after-at-render"')) body += decoder.decode((await reader.read()).value, { stream: true });
      expect(text(body, "after-at-render")).toBe("[]");
      if (!BUFFERED_LOCALLY.has(target.name)) expect(await log(id)).toEqual([]);
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        body += decoder.decode(value, { stream: true });
      }
      expect(text(body, "after-streamed")).toBe("streamed part done");
      await vi.waitFor(async () => expect(await log(id)).toEqual([`${id}:page:from-request`, `${id}:cookie-write:rejected`, `${id}:streamed`]), {
        timeout: 5000,
        interval: 50,
      });
    });

    it("runs for HEAD requests too", async () => {
      const id = newId();
      const res = await get(`/after-demo?id=${id}`, { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("");
      await vi.waitFor(async () => expect(await log(id)).toContain(`${id}:streamed`), { timeout: 5000, interval: 50 });
    });

    it("runs a Server Action's callbacks after the response (form posted without JavaScript)", async () => {
      const id = newId();
      const page = await html(`/after-demo?id=${id}`);
      const field = /name="(\$ACTION_ID_[^"]+)"/.exec(page)?.[1];
      expect(field).toBeDefined();
      await vi.waitFor(async () => expect(await log(id)).toContain(`${id}:streamed`), { timeout: 5000, interval: 50 });
      const form = new FormData();
      form.append(field!, "");
      form.append("id", id);
      const res = await get(`/after-demo?id=${id}`, { method: "POST", body: form, headers: { origin: server().url } });
      expect(res.status).toBe(200);
      const rendered = JSON.parse(text(await res.text(), "after-at-render")!.replace(/&quot;/g, '"')) as string[];
      // The page re-rendered after the action body ran, but before its after() callback.
      expect(rendered).toContain(`${id}:action-body`);
      expect(rendered).not.toContain(`${id}:action-after`);
      await vi.waitFor(async () => expect(await log(id)).toContain(`${id}:action-after`), { timeout: 5000, interval: 50 });
    });
  });

  // Next: test/e2e/app-dir/unstable-rethrow.
  it("unstable_rethrow lets notFound() and redirect() through a try/catch, and leaves other errors to it", async () => {
    expect((await get("/request-apis/rethrow?go=missing")).status).toBe(404);
    const away = await get("/request-apis/rethrow?go=away");
    expect(away.status).toBe(307);
    expect(away.headers.get("location")).toBe("/about");
    expect(text(await html("/request-apis/rethrow?go=boom"), "rethrow")).toBe("handled: an ordinary failure");
    expect(text(await withCookie("/request-apis/rethrow", "theme=dark"), "rethrow")).toBe("rendered, theme dark");
  });
}
