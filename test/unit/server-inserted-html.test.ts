// useServerInsertedHTML's SSR side: callbacks render to HTML (server-inserted-html.tsx)
// and injectFlight writes that HTML before React's output: before `</head>` in the
// shell, before each later burst, never inside a burst, once more at the end.
// Next flushes inserted HTML the same way (test/e2e/app-dir/ppr-full "server-html";
// CSS-in-JS guide https://nextjs.org/docs/app/guides/css-in-js).
import { createElement, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { injectFlight } from "../../src/runtime/ssr/inject-flight";
import { createServerInsertedHTML } from "../../src/runtime/ssr/server-inserted-html";
import { useServerInsertedHTML } from "../../src/runtime/client/server-inserted-html";
import { renderToStaticMarkup } from "react-dom/server.edge";

const enc = new TextEncoder();
type Step = number | string[];
/** A stream of `steps`: a number waits that many ms, an array is enqueued in one task. */
function streamOf(steps: Step[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    async pull(controller) {
      for (;;) {
        const step = steps[i++];
        if (step === undefined) return controller.close();
        if (typeof step === "number") await new Promise((r) => setTimeout(r, step));
        else {
          for (const chunk of step) controller.enqueue(enc.encode(chunk));
          return;
        }
      }
    },
  });
}
const noFlight = () => streamOf([]);
const run = (html: Step[], inserted: () => string) => new Response(injectFlight(streamOf(html), noFlight(), undefined, inserted)).text();

describe("injectFlight with inserted HTML", () => {
  it("puts the shell's insertion before </head> and each later one before its burst", async () => {
    const queue = ["<style>a</style>", "<style>b</style>", "", "<style>c</style>"];
    const out = await run(
      [["<!DOCTYPE html><html><head><title>t</title>", "</head><body><div class=a>"], 5, ["<div class=b>", "</div>"], 5, ["<p>no styles</p>"], 5, ["<i class=c></i></body></html>"]],
      () => queue.shift() ?? "",
    );
    expect(out).toBe(
      "<!DOCTYPE html><html><head><title>t</title><style>a</style></head><body><div class=a>" +
        "<style>b</style><div class=b></div>" +
        "<p>no styles</p>" +
        "<style>c</style><i class=c></i></body></html>",
    );
  });

  it("never splits a burst: chunks React enqueues in one task stay together", async () => {
    let calls = 0;
    const out = await run([["<!DOCTYPE html><html><head></head><body><di", 'v class="x">', "hi</div>"], 5, ["</body></html>"]], () => `<s${++calls}/>`);
    expect(out).toBe('<!DOCTYPE html><html><head><s1/></head><body><div class="x">hi</div><s2/></body></html>');
  });

  it("holds insertions until </head> has been written", async () => {
    const queue = ["<style>early</style>", "<style>shell</style>"];
    const out = await run([["<!DOCTYPE html><html><head>"], 5, ["<meta/></head><body>x"], 5, ["</body></html>"]], () => queue.shift() ?? "");
    expect(out).toBe("<!DOCTYPE html><html><head><meta/><style>early</style><style>shell</style></head><body>x</body></html>");
  });

  it("writes what is left at the end, before </body></html>, even without a head", async () => {
    const queue = ["", "<style>last</style>"];
    const out = await run([["<div>fragment</div>"], 5, ["</body></html>"]], () => queue.shift() ?? "");
    expect(out).toBe("<div>fragment</div><style>last</style></body></html>");
  });
});

describe("createServerInsertedHTML", () => {
  function Registering({ node }: { node: () => ReactNode }) {
    useServerInsertedHTML(node);
    return null;
  }

  it("collects callbacks registered while rendering and renders what they return", () => {
    const inserted = createServerInsertedHTML();
    let n = 0;
    const style = () => createElement("style", { "data-n": ++n }, ".a{color:red}");
    const skip = () => null;
    renderToStaticMarkup(createElement(inserted.Provider, null, createElement(Registering, { node: style }), createElement(Registering, { node: skip })));
    expect(inserted.flush()).toBe('<style data-n="1">.a{color:red}</style>');
    // Every flush calls the callbacks again (registries return only what is new).
    expect(inserted.flush()).toBe('<style data-n="2">.a{color:red}</style>');
  });

  it("returns nothing without callbacks, and a throwing callback is logged and left out", () => {
    const empty = createServerInsertedHTML();
    expect(empty.flush()).toBe("");
    const inserted = createServerInsertedHTML();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const bad = () => {
      throw new Error("boom");
    };
    const good = () => createElement("meta", { name: "ok" });
    renderToStaticMarkup(createElement(inserted.Provider, null, createElement(Registering, { node: bad }), createElement(Registering, { node: good })));
    expect(inserted.flush()).toBe('<meta name="ok"/>');
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/^\[vinext\] A useServerInsertedHTML\(\) callback threw/);
    errors.mockRestore();
  });

  it("is a no-op outside the SSR provider (the browser)", () => {
    const node = vi.fn(() => createElement("style", null, "x"));
    expect(renderToStaticMarkup(createElement(Registering, { node }))).toBe("");
    expect(node).not.toHaveBeenCalled();
  });
});
