// The Pages Router's document render: `_document` getInitialProps with
// ctx.renderPage({ enhanceApp, enhanceComponent }) and `styles`, next/head tags in
// <head>, the page inside <div id="__next">. Next: test/integration/app-document
// (renderPage enhancers, styles from getInitialProps), test/integration/next-head.
import { Component, createElement as h, type ComponentType, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/runtime/pages/render";
import { routerSnapshot, serverMethods } from "../../src/runtime/pages/router-snapshot";
import Document, { Head, Html, Main, NextScript, type DocumentContext } from "../../src/shims/document";
import NextHead from "../../src/shims/head";
import App from "../../src/shims/app";

type AnyComponent = ComponentType<Record<string, unknown>>;

const router = routerSnapshot({ pathname: "/p", query: {}, asPath: "/p", isFallback: false, isReady: true, isPreview: false, isLocaleDomain: false }, serverMethods);

function render(Doc: AnyComponent & { getInitialProps?: (ctx: DocumentContext) => never }, Page: AnyComponent) {
  return renderDocument({
    App: App as unknown as AnyComponent,
    Component: Page,
    Document: Doc,
    props: { pageProps: { name: "world" } },
    router,
    params: {},
    nextData: { props: { pageProps: { name: "world" } }, page: "/p", query: {}, buildId: "b" },
    assets: { entry: "/assets/pages.js", css: ["/assets/app.css"], preload: ["/assets/p.js"] },
    ctx: { pathname: "/p", query: {}, asPath: "/p" },
  });
}

const Page: AnyComponent = ({ name }) =>
  h("main", null, h(NextHead, null, h("title", null, "Page title"), h("meta", { name: "description", content: "d" })), h("p", { id: "greeting" }, `hello ${name}`));

describe("renderDocument", () => {
  it("renders the default document around the page, with head tags, CSS, preloads and __NEXT_DATA__", async () => {
    const html = await render(Document as unknown as AnyComponent, Page);
    expect(html.startsWith("<!DOCTYPE html><html><head>")).toBe(true);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<title data-next-head="">Page title</title>');
    expect(head).toContain('<meta name="description" content="d" data-next-head=""/>');
    expect(head).toContain('<link rel="stylesheet" href="/assets/app.css"/>');
    expect(head).toContain('<link rel="modulepreload" href="/assets/p.js"/>');
    expect(html).toContain('<div id="__next"><main><p id="greeting">hello world</p></main></div>');
    expect(html).toContain('<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"name":"world"}},"page":"/p","query":{},"buildId":"b"}</script>');
    expect(html.endsWith('<script type="module" src="/assets/pages.js"></script></body></html>')).toBe(true);
  });

  it("supports a custom _document with renderPage enhancers and styles", async () => {
    class MyDocument extends Document<{ extra: string }> {
      static async getInitialProps(ctx: DocumentContext) {
        const page = await ctx.renderPage({
          enhanceApp: (AppComponent) => (props) => h("section", { id: "enhanced-app" }, h(AppComponent, props)),
          enhanceComponent: (PageComponent) => (props) => h(PageComponent, { ...props, name: "enhanced" }),
        });
        return { ...page, styles: h("style", { id: "from-gip" }, ".x{}"), extra: `extra:${ctx.pathname}` };
      }
      render(): ReactNode {
        return h(Html, { lang: "de" }, h(Head, null, h("meta", { name: "extra", content: this.props.extra })), h("body", { className: "b" }, h(Main), h(NextScript)));
      }
    }
    const html = await render(MyDocument as unknown as AnyComponent & { getInitialProps: never }, Page);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<style id="from-gip">.x{}</style>');
    expect(html).toContain('<meta name="extra" content="extra:/p"/>');
    expect(html).toContain('<div id="__next"><section id="enhanced-app"><main><p id="greeting">hello enhanced</p></main></section></div>');
  });

  it("fails loudly when _document's getInitialProps forgets the html", async () => {
    class Broken extends Component {
      static async getInitialProps() {
        return {};
      }
      render() {
        return null;
      }
    }
    await expect(render(Broken as unknown as AnyComponent & { getInitialProps: never }, Page)).rejects.toThrow(/\[vinext\] pages\/_document: getInitialProps must resolve to an object with `html`/);
  });

  it("rejects when the page throws while rendering", async () => {
    const Throws: AnyComponent = () => {
      throw new Error("render failed");
    };
    await expect(render(Document as unknown as AnyComponent, Throws)).rejects.toThrow("render failed");
  });
});
