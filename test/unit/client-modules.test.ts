// Pure parts of next/dynamic, next/script, next/form and next/error.
// Behaviour follows Next: test/e2e/app-dir/dynamic (named exports, ssr: false
// refused in Server Components), test/e2e/app-dir/next-script and
// test/e2e/app-dir/app (extra props on scripts, de-duplication by id/src),
// test/e2e/app-dir/next-form/default/next-form.test.ts (submitter value,
// formAction, unsupported formMethod/formEncType/formTarget, file inputs),
// packages/next/src/pages/_error.tsx texts (next/error).
import { createElement, forwardRef, lazy, memo } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pickComponent, resolveDynamicArgs, SSR_FALSE_IN_SERVER_COMPONENT } from "../../src/shims/dynamic-shared";
import dynamicServer from "../../src/shims/dynamic.react-server";
import ErrorPage, { errorTitle } from "../../src/shims/error-page";
import { formSubmitUrl, isSameOrigin, unsupportedSubmitter, type SubmitterInfo } from "../../src/shims/form-shared";
import { inlineCode, scriptAttributes, scriptKey } from "../../src/shims/script-shared";

const Comp = () => null;

describe("next/dynamic arguments", () => {
  it("accepts a loader with options, an options object with a loader, and a bare promise", async () => {
    const a = resolveDynamicArgs(() => Promise.resolve({ default: Comp }), { ssr: false });
    expect(a.ssr).toBe(false);
    expect(pickComponent(await a.load())).toBe(Comp);

    const loading = () => null;
    const b = resolveDynamicArgs({ loader: () => Promise.resolve(Comp), loading });
    expect(b.ssr).toBe(true);
    expect(b.loading).toBe(loading);
    expect(pickComponent(await b.load())).toBe(Comp);

    const c = resolveDynamicArgs(Promise.resolve({ default: Comp }));
    expect(pickComponent(await c.load())).toBe(Comp);
  });

  it("calls the loader lazily, not when dynamic() is called", async () => {
    let calls = 0;
    const { load } = resolveDynamicArgs(() => {
      calls++;
      return Promise.resolve(Comp);
    });
    expect(calls).toBe(0);
    await load();
    expect(calls).toBe(1);
  });

  it("refuses a missing loader with a [vinext] message", () => {
    expect(() => resolveDynamicArgs({ ssr: false })).toThrow(/^\[vinext\] next\/dynamic needs a loader/);
  });
});

describe("next/dynamic pickComponent", () => {
  it("takes a module's default export or the component itself (named export via .then)", () => {
    expect(pickComponent({ default: Comp, Named: () => null })).toBe(Comp);
    expect(pickComponent(Comp)).toBe(Comp);
  });

  it("keeps React's special components and client references as they are", () => {
    const memoised = memo(Comp);
    const forwarded = forwardRef(Comp);
    const lazied = lazy(async () => ({ default: Comp }));
    const clientReference = Object.assign(() => null, { $$typeof: Symbol.for("react.client.reference"), default: "not a module" });
    for (const component of [memoised, forwarded, lazied, clientReference]) expect(pickComponent(component)).toBe(component);
  });

  it("explains what went wrong when the loader resolves to something else", () => {
    expect(() => pickComponent({ Named: Comp })).toThrow(/\[vinext\] next\/dynamic: .* resolved to object, expected a component/);
    expect(() => pickComponent(undefined)).toThrow(/resolved to undefined/);
    expect(() => pickComponent({ default: "x" })).toThrow(/resolved to string/);
  });
});

describe("next/dynamic in Server Components", () => {
  it("throws Next's error for ssr: false when called (module top level included)", () => {
    expect(() => dynamicServer(() => import("../../src/shims/error-page"), { ssr: false })).toThrow(SSR_FALSE_IN_SERVER_COMPONENT);
    expect(SSR_FALSE_IN_SERVER_COMPONENT).toMatch(/^\[vinext\] `ssr: false` is not allowed with `next\/dynamic` in Server Components/);
  });

  it("returns a component that wraps the loaded one (in Suspense when `loading` is given)", () => {
    const Plain = dynamicServer(() => Promise.resolve(Comp));
    const plain = (Plain as (props: object) => { type: unknown })({});
    expect(typeof plain.type).toBe("function");
    const WithLoading = dynamicServer(() => Promise.resolve(Comp), { loading: () => "loading" });
    const wrapped = (WithLoading as (props: object) => { type: unknown })({});
    expect(wrapped.type).toBe(Symbol.for("react.suspense"));
  });
});

describe("next/script attributes", () => {
  it("passes extra props on as attributes and drops loader props and handlers", () => {
    const attrs = scriptAttributes({
      src: "/a.js",
      id: "a",
      strategy: "afterInteractive",
      onLoad: () => {},
      onReady: () => {},
      onError: () => {},
      onClick: "nope",
      children: "x",
      dangerouslySetInnerHTML: { __html: "x" },
      stylesheets: ["/s.css"],
      "data-extra-prop": "with-src",
      className: "c",
      crossOrigin: "anonymous",
      defer: true,
      async: false,
      nonce: undefined,
      integrity: null,
    });
    expect(attrs).toEqual([
      ["src", "/a.js"],
      ["id", "a"],
      ["data-extra-prop", "with-src"],
      ["class", "c"],
      ["crossOrigin", "anonymous"],
      ["defer", ""],
    ]);
  });

  it("reads inline code from children or dangerouslySetInnerHTML", () => {
    expect(inlineCode({ children: "run()" })).toBe("run()");
    expect(inlineCode({ children: ["a();", "b();"] })).toBe("a();b();");
    expect(inlineCode({ dangerouslySetInnerHTML: { __html: "c()" }, children: "ignored" })).toBe("c()");
    expect(inlineCode({})).toBeUndefined();
    expect(inlineCode({ children: { not: "code" } })).toBeUndefined();
  });

  it("de-duplicates by id first, then by src", () => {
    expect(scriptKey({ id: "x", src: "/a.js" })).toBe("x");
    expect(scriptKey({ src: "/a.js" })).toBe("/a.js");
    expect(scriptKey({})).toBeUndefined();
  });
});

describe("next/form submissions", () => {
  const none: SubmitterInfo = { formAction: null, formMethod: null, formEncType: null, formTarget: null };

  it("turns fields into search params, replacing the action's query and dropping its hash", () => {
    const url = formSubmitUrl("/search?old=1#top", [["q", "vite rsc"], ["tag", "a"], ["tag", "b&c"]], "https://x.dev/here?z=1");
    expect(url.href).toBe("https://x.dev/search?q=vite+rsc&tag=a&tag=b%26c");
  });

  it("sends files by name, as a GET submission does", () => {
    expect(formSubmitUrl("/s", [["q", "x"], ["file", { name: "hello.txt" }]], "https://x.dev/").search).toBe("?q=x&file=hello.txt");
  });

  it("resolves relative and empty actions against the current page", () => {
    expect(formSubmitUrl("results", [["q", "1"]], "https://x.dev/form/").pathname).toBe("/form/results");
    expect(formSubmitUrl("", [["q", "2"]], "https://x.dev/form?q=1").href).toBe("https://x.dev/form?q=2");
  });

  it("navigates on the client only for same-origin http(s) URLs", () => {
    expect(isSameOrigin(new URL("https://x.dev/a"), "https://x.dev/b")).toBe(true);
    expect(isSameOrigin(new URL("https://other.dev/a"), "https://x.dev/b")).toBe(false);
    expect(isSameOrigin(new URL("javascript:alert(1)"), "https://x.dev/b")).toBe(false);
  });

  it("leaves submitters with function actions or non-GET overrides to the browser", () => {
    expect(unsupportedSubmitter(null)).toBeUndefined();
    expect(unsupportedSubmitter(none)).toBeUndefined();
    expect(unsupportedSubmitter({ ...none, formAction: "/other", formMethod: "GET", formTarget: "_self" })).toBeUndefined();
    expect(unsupportedSubmitter({ ...none, formEncType: "application/x-www-form-urlencoded" })).toBeUndefined();
    expect(unsupportedSubmitter({ ...none, formAction: "javascript:throw new Error('React form unexpectedly submitted.')" })).toMatch(/function/);
    expect(unsupportedSubmitter({ ...none, formMethod: "post" })).toBe('formMethod="post"');
    expect(unsupportedSubmitter({ ...none, formEncType: "multipart/form-data" })).toBe('formEncType="multipart/form-data"');
    expect(unsupportedSubmitter({ ...none, formTarget: "_blank" })).toBe('formTarget="_blank"');
  });
});

describe("next/error", () => {
  it.each([
    [404, undefined, "This page could not be found"],
    [500, undefined, "Internal Server Error"],
    [400, undefined, "Bad Request"],
    [405, undefined, "Method Not Allowed"],
    [418, undefined, "An unexpected error has occurred"],
    [404, "Custom title", "Custom title"],
  ])("status %s, title %s → %s", (status, title, expected) => {
    expect(errorTitle(status, title)).toBe(expected);
    const html = renderToStaticMarkup(createElement(ErrorPage, { statusCode: status, title }));
    expect(html).toContain(`<title>${status}: ${expected}</title>`);
    expect(html).toContain(`>${status}</h1>`);
    expect(html).toContain(`>${expected}.</h2>`);
  });

  it("without a status code shows the client-side exception text and no heading", () => {
    const html = renderToStaticMarkup(createElement(ErrorPage, { statusCode: 0 }));
    expect(html).toContain("Application error: a client-side exception has occurred (see the browser console for more information).");
    expect(html).not.toContain("<h1");
  });

  it("leaves out the dark-mode rule when withDarkMode is false", () => {
    expect(renderToStaticMarkup(createElement(ErrorPage, { statusCode: 404 }))).toContain("prefers-color-scheme:dark");
    expect(renderToStaticMarkup(createElement(ErrorPage, { statusCode: 404, withDarkMode: false }))).not.toContain("prefers-color-scheme");
  });

  it("reads the status for the Pages Router from the response, then the error", () => {
    expect(ErrorPage.getInitialProps({ res: { statusCode: 500 } })).toEqual({ statusCode: 500 });
    expect(ErrorPage.getInitialProps({ err: { statusCode: 403 } })).toEqual({ statusCode: 403 });
    expect(ErrorPage.getInitialProps({})).toEqual({ statusCode: 404 });
  });
});
