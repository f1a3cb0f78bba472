// Renders a Pages Router page to a full HTML document in the ssr environment:
// first the page inside `_app` (to a string, waiting for Suspense, collecting
// next/head tags), then `_document` around it, as Next's `ctx.renderPage()` /
// Document.getInitialProps protocol works.
import type { ComponentType, ReactNode } from "react";
import { renderToReadableStream, renderToStaticMarkup } from "react-dom/server.edge";
import type { DocumentContext, DocumentInitialProps, RenderPageOptions } from "../../shims/document";
import type { NextPageContext } from "../../shims/page-context";
import type { Params } from "../routing/match";
import { DocumentDataContext } from "./document-data";
import { createServerHead } from "./head";
import { localizeHref } from "./client-locale";
import { createLinkNavigator } from "./link-navigator";
import type { I18nConfig } from "./manifest";
import { serializeNextData, type NextData } from "./next-data";
import { serverMethods } from "./router-snapshot";
import type { NextRouter } from "./router-types";
import { PagesTree } from "./tree";

type AnyComponent = ComponentType<Record<string, unknown>>;
export type DocumentComponent = AnyComponent & { getInitialProps?: (ctx: DocumentContext) => Promise<DocumentInitialProps> | DocumentInitialProps };

export interface RenderDocumentInput {
  App: AnyComponent;
  Component: AnyComponent;
  Document: DocumentComponent;
  props: Record<string, unknown>;
  router: NextRouter;
  params: Params;
  nextData: NextData;
  assets: { entry: string; css: string[]; preload: string[] };
  i18n?: I18nConfig;
  /** The getInitialProps context (req, res, pathname, query, asPath, err). */
  ctx: Omit<NextPageContext, "AppTree">;
}


async function renderToString(node: ReactNode): Promise<string> {
  let failure: unknown;
  const stream = await renderToReadableStream(node, {
    onError(error) {
      failure ??= error;
    },
  });
  await stream.allReady;
  const html = await new Response(stream).text();
  // An error inside a Suspense boundary does not reject the stream; the page still failed.
  if (failure) throw failure;
  return html;
}

// React emits hoistable tags (<title>, <meta>, <link>, async scripts) ahead of a
// non-document render; they belong in <head>, not inside <div id="__next">.
const HOISTED = /^(?:<link\b[^>]*\/?>|<meta\b[^>]*\/?>|<title\b[^>]*>[\s\S]*?<\/title>|<style\b[^>]*>[\s\S]*?<\/style>|<script\b[^>]*\basync\b[^>]*>[\s\S]*?<\/script>)/;

export function splitHoisted(html: string): { hoisted: string; body: string } {
  let rest = html;
  let hoisted = "";
  for (let match = HOISTED.exec(rest); match; match = HOISTED.exec(rest)) {
    hoisted += match[0];
    rest = rest.slice(match[0].length);
  }
  return { hoisted, body: rest };
}

export async function renderDocument(input: RenderDocumentInput): Promise<string> {
  const { App, Component, Document, props, router, params } = input;
  const head = createServerHead();
  const i18n = input.i18n;
  const serverLink = createLinkNavigator(serverMethods, (url, locale) => localizeHref(url, locale, router, i18n));
  const tree = (AppComponent: AnyComponent, PageComponent: AnyComponent) => (
    <PagesTree App={AppComponent} Component={PageComponent} props={props} router={router} head={head} link={serverLink} params={params} />
  );
  const AppTree: AnyComponent = (treeProps) => <PagesTree App={App} Component={Component} props={treeProps} router={router} head={head} link={serverLink} params={params} />;
  let hoisted = "";
  const renderPage: DocumentContext["renderPage"] = async (options) => {
    const opts: RenderPageOptions = typeof options === "function" ? { enhanceApp: options } : (options ?? {});
    const rendered = splitHoisted(await renderToString(tree(opts.enhanceApp?.(App) ?? App, opts.enhanceComponent?.(Component) ?? Component)));
    hoisted = rendered.hoisted;
    return { html: rendered.body, head: head.elements() };
  };
  const ctx: DocumentContext = {
    ...input.ctx,
    AppTree,
    renderPage,
    defaultGetInitialProps: async (docCtx) => {
      const { html, head: tags } = await docCtx.renderPage();
      return { html, head: tags, styles: undefined };
    },
  };
  const docProps = await (Document.getInitialProps ? Document.getInitialProps(ctx) : ctx.defaultGetInitialProps(ctx));
  if (!docProps || typeof docProps.html !== "string") {
    throw new Error("[vinext] pages/_document: getInitialProps must resolve to an object with `html` (return ctx.defaultGetInitialProps(ctx) or the result of ctx.renderPage()).");
  }
  const data = {
    html: docProps.html,
    head: head.elements(),
    styles: docProps.styles,
    nextData: serializeNextData(input.nextData),
    ...input.assets,
    locale: input.nextData.locale,
  };
  const markup = renderToStaticMarkup(
    <DocumentDataContext.Provider value={data}>
      <Document {...docProps} />
    </DocumentDataContext.Provider>,
  );
  const headEnd = markup.indexOf("</head>");
  const withHoisted = hoisted && headEnd !== -1 ? markup.slice(0, headEnd) + hoisted + markup.slice(headEnd) : markup;
  return `<!DOCTYPE html>${withHoisted}`;
}
