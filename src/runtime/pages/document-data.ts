// What next/document's Html, Head, Main and NextScript render, handed to them
// by the server render (runtime/pages/render.tsx) through one React context.
import { createContext, type ReactElement, type ReactNode } from "react";

export interface DocumentData {
  /** The page's HTML (rendered by `ctx.renderPage()`), placed inside `<div id="__next">`. */
  html: string;
  /** next/head elements, de-duplicated. */
  head: ReactElement[];
  /** `styles` returned by Document.getInitialProps. */
  styles?: ReactNode;
  /** Serialized `__NEXT_DATA__`. */
  nextData: string;
  /** URL of the Pages Router browser entry. */
  entry: string;
  css: string[];
  preload: string[];
  locale?: string;
}

export const DocumentDataContext = createContext<DocumentData | null>(null);
