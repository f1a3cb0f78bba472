// React contexts of the Pages Router, shared by the ssr render, the browser
// entry and the next/* shims (one module, so each graph holds one instance).
import { createContext, type ReactElement } from "react";
import type { AppRouterInstance } from "../client/contexts";
import type { NextRouter, TransitionOptions, Url } from "./router-types";

export const PagesRouterContext = createContext<NextRouter | null>(null);

/** next/head registers its children here (collected on the server, applied to document.head in the browser). */
export interface HeadManager {
  /** Server: called while rendering. Browser: called from effects; `undefined` unmounts. */
  update(id: symbol, elements: ReactElement[] | undefined): void;
  /** True on the server: Head collects during render instead of in an effect. */
  readonly server: boolean;
}
export const HeadManagerContext = createContext<HeadManager | null>(null);

/** What next/link needs from the Pages Router (the link keeps its App Router code path). */
export interface PagesLinkNavigator {
  /** The URL a link renders: `as` or `href` (dynamic params interpolated), with the locale prefix. */
  hrefFor(href: Url, as: Url | undefined, locale: string | false | undefined): string;
  /** push/replace/prefetch of that URL, with the link's Pages Router options. */
  linkRouter(options: Pick<TransitionOptions, "shallow" | "locale">): Pick<AppRouterInstance, "push" | "replace" | "prefetch">;
}
export const PagesLinkContext = createContext<PagesLinkNavigator | null>(null);
