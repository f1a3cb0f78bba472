// The pipeline's filesystem step over the host's static server: a client
// navigation gets a page's Flight twin (or a plain file, which the client turns
// into a document load), draft mode skips pre-rendered pages, and only GET/HEAD
// are served.
import { describe, expect, it } from "vitest";
import { STATIC_SERVER } from "../../src/runtime/server/host-request";
import { serveStaticFile } from "../../src/runtime/server/static-files";

const FILES: Record<string, [string, string]> = {
  "/about": ["text/html; charset=utf-8", "<html>about</html>"],
  "/about.rsc": ["text/x-component", "0:flight"],
  "/file.pdf": ["application/pdf", "%PDF"],
};

function request(init: RequestInit = {}): Request {
  const req = new Request("http://a.test/", init);
  const server = async (pathname: string) => (FILES[pathname] ? new Response(FILES[pathname]![1], { headers: { "content-type": FILES[pathname]![0] } }) : undefined);
  Object.defineProperty(req, STATIC_SERVER, { value: server });
  return req;
}

const body = async (response: Response | undefined) => response && (await response.text());

describe("serveStaticFile", () => {
  it("serves documents and files", async () => {
    expect(await body(await serveStaticFile(request(), "/about", false))).toBe("<html>about</html>");
    expect(await body(await serveStaticFile(request(), "/file.pdf", false))).toBe("%PDF");
    expect(await serveStaticFile(request(), "/missing", false)).toBeUndefined();
  });

  it("answers a client navigation with the Flight twin, or the plain file, never the HTML", async () => {
    expect(await body(await serveStaticFile(request(), "/about", true))).toBe("0:flight");
    expect(await body(await serveStaticFile(request(), "/file.pdf", true))).toBe("%PDF");
    expect(await serveStaticFile(request(), "/missing", true)).toBeUndefined();
  });

  it("leaves pre-rendered pages to the renderer in draft mode", async () => {
    const draft = request({ headers: { cookie: "__prerender_bypass=x" } });
    expect(await serveStaticFile(draft, "/about", false)).toBeUndefined();
    expect(await serveStaticFile(draft, "/about", true)).toBeUndefined();
    expect(await body(await serveStaticFile(draft, "/file.pdf", false))).toBe("%PDF");
  });

  it("serves only GET and HEAD, and nothing without a static server", async () => {
    expect(await serveStaticFile(request({ method: "POST", body: "x" }), "/about", false)).toBeUndefined();
    expect(await serveStaticFile(new Request("http://a.test/"), "/about", false)).toBeUndefined();
  });
});
