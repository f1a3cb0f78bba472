// Server Actions over HTTP, on every preset. Follows Next's test/e2e/app-dir/actions
// (app-action.test.ts: return values, redirect, cookies, revalidatePath;
// app-action-progressive-enhancement.test.ts and app-action-form-state.test.ts:
// forms without JavaScript; app-action-size-limit-invalid.test.ts: bodySizeLimit)
// and test/e2e/app-dir/actions-allowed-origins (CSRF: disallowed, malformed and
// opaque origins, allowedOrigins wildcards). Bad requests must get a clear 4xx
// and leave the server serving pages.
import { describe, expect, it } from "vitest";
import { startNodeOutput } from "../../_harness/servers";
import { text, type SuiteContext } from "../_suite";

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The fields a browser would submit for the form with `data-testid`, as SSR rendered it. */
function formFields(html: string, testId: string): FormData {
  const form = new RegExp(`<form[^>]*data-testid="${testId}"[\\s\\S]*?</form>`).exec(html)?.[0];
  if (!form) throw new Error(`no form with data-testid="${testId}"`);
  const data = new FormData();
  for (const [, attrs] of form.matchAll(/<input\b([^>]*?)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(attrs!)?.[1];
    if (name !== undefined) data.append(decode(name), decode(/\bvalue="([^"]*)"/.exec(attrs!)?.[1] ?? ""));
  }
  for (const [, name, value] of form.matchAll(/<textarea[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) data.append(decode(name!), decode(value!));
  return data;
}

/** The id React wrote into a form whose action has no bound arguments. */
function actionId(html: string, testId: string): string {
  const id = [...formFields(html, testId).keys()].find((key) => key.startsWith("$ACTION_ID_"));
  if (!id) throw new Error(`form ${testId} has no $ACTION_ID_ field`);
  return id.slice("$ACTION_ID_".length);
}

const visits = (html: string) => Number(text(html, "visits")?.replace("visits: ", ""));

export default function actions({ target, server, get, html }: SuiteContext) {
  const origin = () => server().url;
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    get(path, { method: "POST", body, headers: { origin: origin(), ...headers } });
  /** Calls an action the way the browser runtime does (id header, encoded arguments). */
  const call = (path: string, id: string, args: string, headers: Record<string, string> = {}) =>
    post(path, args, { "next-action": id, rsc: "1", "content-type": "text/plain;charset=UTF-8", ...headers });
  const stillServing = async () => expect(text(await html("/actions/no-js"), "visits")).toMatch(/^visits: \d+$/);

  it("renders a form whose action is a Server Action as a multipart POST form that works without JavaScript", async () => {
    const page = await html("/actions/no-js");
    expect(page).toMatch(/<form data-testid="name-form" action="" encType="multipart\/form-data" method="POST">/);
    expect(actionId(page, "name-form")).toMatch(/#saveName$/);
  });

  describe("without JavaScript", () => {
    it("an action that sets a cookie and calls redirect() answers 303 with Location and Set-Cookie", async () => {
      const form = formFields(await html("/actions/no-js"), "name-form");
      form.set("name", "Grace");
      const res = await post("/actions/no-js", form);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/actions/greeting");
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^vinext-name=Grace; Path=\/; HttpOnly; SameSite=Lax/);
      const greeting = await get("/actions/greeting", { headers: { cookie: cookie.split(";")[0]! } });
      expect(text(await greeting.text(), "greeting")).toBe("Hello, Grace");
    });

    it("an action that deletes a cookie expires it in the redirect response", async () => {
      const res = await post("/actions/no-js", formFields(await html("/actions/no-js"), "forget-form"), { cookie: "vinext-name=Grace" });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/actions/greeting");
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^vinext-name=;/);
      expect(cookie).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    });

    it("an action without redirect re-renders the page as HTML with the new data", async () => {
      const page = await html("/actions/no-js");
      const before = visits(page);
      const res = await post("/actions/no-js", formFields(page, "visits-form"));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      const body = await res.text();
      expect(visits(body)).toBe(before + 1);
      expect(body.trimEnd().endsWith("</body></html>")).toBe(true);
    });

    it("an action that throws answers 500 with a digest, never the error's message", async () => {
      const res = await post("/actions/no-js", formFields(await html("/actions/no-js"), "fail-form"));
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).toMatch(/Digest: \d+/);
      expect(body).not.toContain("secret server detail");
      expect(server().logs()).toContain("secret server detail");
      await stillServing();
    });

    it("useActionState receives the action's result through formState, and the next submit continues from it", async () => {
      const first = await post("/actions/counter", formFields(await html("/actions/counter"), "counter-form"));
      expect(first.status).toBe(200);
      const once = await first.text();
      expect(text(once, "counter-value")).toBe("count: 1");
      // The payload carries formState so hydration matches the server's state.
      expect(once).toContain("formState");
      const second = await post("/actions/counter", formFields(once, "counter-form"));
      expect(text(await second.text(), "counter-value")).toBe("count: 2");
    });

    it("an inline 'use server' function keeps its captured variables (encrypted bound arguments)", async () => {
      const form = formFields(await html("/actions/inline"), "inline-form");
      form.set("word", "zebra");
      const res = await post("/actions/inline", form);
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).toMatch(/^inline-word=remembered%3Azebra; Path=\//);
      expect(text(await res.text(), "inline-word")).toBe("remembered:zebra");
    });
  });

  describe("called from client code", () => {
    it("answers with the return value only, as Flight, when nothing was revalidated", async () => {
      const id = actionId(await html("/actions/no-js"), "measure-form");
      const res = await call("/actions/no-js", id, '["abcd"]');
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
      const flight = await res.text();
      expect(flight).toMatch(/"returnValue":\{"ok":true,"data":4\}/);
      expect(flight).not.toContain('"root"');
    });

    it("answers with the return value and the re-rendered page when the action called revalidatePath", async () => {
      const page = await html("/actions/no-js");
      const before = visits(page);
      const res = await call("/actions/no-js", actionId(page, "visits-form"), "[]");
      const flight = await res.text();
      expect(res.status).toBe(200);
      expect(flight).toContain('"root"');
      expect(flight).toContain('"returnValue":{"ok":true');
      expect(flight).toContain(`"visits: ",${before + 1}]`);
    });

    it("reaches actions on pages that are static (prerendered at build time), with and without JavaScript", async () => {
      // /actions/client and /actions/counter use no request data: a host's static-file layer
      // must still hand their POSTs to the server.
      const page = await html("/actions/client");
      const greet = /\\"id\\":\\"([^\\"]+#greet)\\"/.exec(page)?.[1];
      expect(greet).toBeTruthy();
      const res = await call("/actions/client", greet!, '["Bob"]');
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('"data":"Hello from the server, Bob"');
      const form = await post("/actions/counter", formFields(await html("/actions/counter"), "counter-form"));
      expect(form.status).toBe(200);
      expect(text(await form.text(), "counter-value")).toBe("count: 1");
    });

    it("turns redirect() into a 303 the client router follows (x-action-redirect, no Location) and sets the cookie", async () => {
      const res = await call("/actions/no-js", actionId(await html("/actions/no-js"), "name-form"), "[]");
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("x-action-redirect")).toBe("/actions/greeting;push");
      expect(res.headers.get("set-cookie")).toMatch(/^vinext-name=stranger;/);
    });
  });

  describe("security and bad input", () => {
    it.each([
      ["another site", "https://evil.example"],
      ["a look-alike host", "http://127.0.0.1.evil.example"],
      ["an opaque origin", "null"],
      ["a malformed origin", "http://"],
      // Forwarded headers are believed only behind a trusted proxy (VINEXT_TRUST_PROXY, see below).
      ["an untrusted x-forwarded-host", "https://app.example.org", { "x-forwarded-host": "app.example.org" }],
      ["a non-URL origin", "not-a-url"],
      ["the bare domain of a *. wildcard", "https://proxy.example"],
      ["two labels under a *. wildcard", "https://a.b.proxy.example"],
    ])("rejects %s with 403 before running the action", async (_label, badOrigin, extra: Record<string, string> = {}) => {
      const page = await html("/actions/no-js");
      const before = visits(page);
      const form = await post("/actions/no-js", formFields(page, "visits-form"), { origin: badOrigin, ...extra });
      expect(form.status).toBe(403);
      expect(form.headers.get("set-cookie")).toBeNull();
      const fetchCall = await call("/actions/no-js", actionId(page, "visits-form"), "[]", { origin: badOrigin, ...extra });
      expect(fetchCall.status).toBe(403);
      expect(visits(await html("/actions/no-js"))).toBe(before);
    });

    it.each([
      ["an exact allowedOrigins entry", "https://trusted.example.com", {}],
      ["a *. wildcard entry", "https://edge.proxy.example", {}],
    ])("accepts %s", async (_label, goodOrigin, headers) => {
      const res = await post("/actions/no-js", formFields(await html("/actions/no-js"), "name-form"), { origin: goodOrigin, ...headers });
      expect(res.status).toBe(303);
    });

    it("accepts the x-forwarded-host of a proxy trusted with VINEXT_TRUST_PROXY=1 (node-server)", async () => {
      if (target.name !== "node-server") return;
      const trusted = await startNodeOutput(target.dir, { VINEXT_TRUST_PROXY: "1" });
      try {
        const page = await (await fetch(`${trusted.url}/actions/no-js`)).text();
        const send = (forwarded: string) =>
          fetch(`${trusted.url}/actions/no-js`, { method: "POST", redirect: "manual", body: formFields(page, "name-form"), headers: { origin: "https://app.example.org", "x-forwarded-host": forwarded } });
        expect((await send("app.example.org")).status).toBe(303);
        expect((await send("other.example.org")).status).toBe(403);
      } finally {
        await trusted.stop();
      }
    });

    it("enforces serverActions.bodySizeLimit (2mb here) with 413, whether or not Content-Length is sent", async () => {
      const page = await html("/actions/no-js");
      const form = formFields(page, "measure-form");
      form.set("text", "a".repeat(1.5 * 1024 * 1024));
      expect((await post("/actions/no-js", form)).status).toBe(200);

      form.set("text", "a".repeat(3 * 1024 * 1024));
      expect((await post("/actions/no-js", form)).status).toBe(413);
      await stillServing();

      // Chunked, without Content-Length: the server counts what arrives.
      const id = actionId(page, "measure-form");
      const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
      let sent = 0;
      const chunked = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 64) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const streamed = await get("/actions/no-js", {
        method: "POST",
        body: chunked,
        headers: { origin: origin(), "next-action": id, rsc: "1", "content-type": "text/plain" },
        duplex: "half",
      } as RequestInit);
      expect(streamed.status).toBe(413);
      await stillServing();
    });

    it("answers payloads that are not a valid encoded reply with 400", async () => {
      const page = await html("/actions/no-js");
      const id = actionId(page, "measure-form");
      for (const args of ["{not json", '"not a list"', '["$Q999"]', ""]) {
        const res = await call("/actions/no-js", id, args);
        expect(res.status, args).toBe(400);
      }
      const broken = await post("/actions/no-js", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb", {
        "content-type": "multipart/form-data; boundary=other",
      });
      expect(broken.status).toBe(400);
      const badRef = new FormData();
      badRef.append("$ACTION_REF_1", "");
      badRef.append("$ACTION_1:0", "{not json");
      expect((await post("/actions/no-js", badRef)).status).toBe(400);
      await stillServing();
    });

    it("answers unknown and forged action ids with 404, never running another export", async () => {
      const inline = formFields(await html("/actions/inline"), "inline-form");
      const ref = [...inline.keys()].find((key) => key.startsWith("$ACTION_REF_"))!.slice("$ACTION_REF_".length);
      const meta = JSON.parse(String(inline.get(`$ACTION_${ref}:0`))) as { id: string };
      const pageModule = meta.id.slice(0, meta.id.indexOf("#"));
      for (const id of ["deadbeef#nothing", `${pageModule}#default`, `${pageModule}#constructor`, "__proto__#toString", `${"x".repeat(5000)}#a`]) {
        expect((await call("/actions/inline", id, "[]")).status, id).toBe(404);
        const form = new FormData();
        form.append(`$ACTION_ID_${id}`, "");
        expect((await post("/actions/inline", form)).status, id).toBe(404);
      }
      expect((await call("/actions/inline", "no-hash-at-all", "[]")).status).toBe(404);
      await stillServing();
    });

    it("keeps answering POSTs that are not Server Actions with 405", async () => {
      const form = new FormData();
      form.append("plain", "field");
      expect((await post("/actions/no-js", form)).status).toBe(405);
      expect((await post("/actions/no-js", "hello", { "content-type": "text/plain" })).status).toBe(405);
      await stillServing();
    });
  });
}
