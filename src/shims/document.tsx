// next/document: the custom `_document` building blocks. Rendered on the server
// only, around the page HTML the render produced first (so next/head tags are
// known by the time <Head> renders). https://nextjs.org/docs/pages/building-your-application/routing/custom-document
import { Component, cloneElement, useContext, type ComponentType, type HTMLAttributes, type ReactNode } from "react";
import { DocumentDataContext, type DocumentData } from "../runtime/pages/document-data";
import { HEAD_ATTRIBUTE } from "../runtime/pages/head";
import type { NextPageContext } from "./page-context";

export interface DocumentInitialProps {
  html: string;
  head?: ReactNode[];
  styles?: ReactNode;
  [key: string]: unknown;
}

export type DocumentProps = DocumentInitialProps & Record<string, unknown>;

export interface RenderPageResult {
  html: string;
  head?: ReactNode[];
}

export type Enhancer<C> = (Component: C) => C;
export interface RenderPageOptions {
  enhanceApp?: Enhancer<ComponentType<Record<string, unknown>>>;
  enhanceComponent?: Enhancer<ComponentType<Record<string, unknown>>>;
}

export type DocumentContext = NextPageContext & {
  renderPage(options?: RenderPageOptions | RenderPageOptions["enhanceApp"]): Promise<RenderPageResult>;
  defaultGetInitialProps(ctx: DocumentContext): Promise<DocumentInitialProps>;
};

function useDocumentData(component: string): DocumentData {
  const data = useContext(DocumentDataContext);
  if (!data) throw new Error(`[vinext] <${component}> from next/document can only be used in pages/_document.`);
  return data;
}

export function Html(props: HTMLAttributes<HTMLHtmlElement>): ReactNode {
  const { locale } = useDocumentData("Html");
  return <html lang={locale} {...props} />;
}

export function Head({ children, ...props }: HTMLAttributes<HTMLHeadElement>): ReactNode {
  const data = useDocumentData("Head");
  return (
    <head {...props}>
      {data.head.map((element, i) => cloneElement(element, { key: `next-head-${i}`, [HEAD_ATTRIBUTE]: "" } as Record<string, unknown>))}
      {data.css.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      {data.preload.map((href) => (
        <link key={href} rel="modulepreload" href={href} />
      ))}
      {data.styles}
      {children}
    </head>
  );
}

export function Main(): ReactNode {
  const { html } = useDocumentData("Main");
  return <div id="__next" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function NextScript(): ReactNode {
  const { nextData, entry } = useDocumentData("NextScript");
  return (
    <>
      <script id="__NEXT_DATA__" type="application/json" dangerouslySetInnerHTML={{ __html: nextData }} />
      {entry ? <script type="module" src={entry} /> : null}
    </>
  );
}

export default class Document<P = Record<string, unknown>> extends Component<DocumentProps & P> {
  static getInitialProps(ctx: DocumentContext): Promise<DocumentInitialProps> {
    return ctx.defaultGetInitialProps(ctx);
  }

  render(): ReactNode {
    return (
      <Html>
        <Head />
        <body>
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
