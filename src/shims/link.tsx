"use client";
// next/link: an <a> that navigates on the client and prefetches in the viewport
// and on hover. https://nextjs.org/docs/app/api-reference/components/link
import { forwardRef, useContext, useEffect, useMemo, useRef, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { addBasePath } from "../runtime/base-path";
import { RouterContext } from "../runtime/client/contexts";
import { PagesLinkContext } from "../runtime/pages/contexts";
import { formatUrlObject, type UrlObject } from "./url-object";

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  href: string | UrlObject;
  /** Pages Router only: the URL to show (legacy `as`), shallow routing, the locale to link to. */
  as?: string | UrlObject;
  shallow?: boolean;
  locale?: string | false;
  passHref?: boolean;
  replace?: boolean;
  scroll?: boolean;
  prefetch?: boolean | null;
  children?: ReactNode;
}

function isModifiedClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute("target");
  return (
    (target !== null && target !== "_self") ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    event.button !== 0 ||
    event.currentTarget.hasAttribute("download")
  );
}

const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { href, as, shallow, locale, passHref: _passHref, replace = false, scroll = true, prefetch, onClick, onMouseEnter, onTouchStart, children, ...rest },
  forwardedRef,
) {
  const appRouter = useContext(RouterContext);
  // Inside the Pages Router, links navigate with next/router (runtime/pages/contexts.ts).
  const pages = useContext(PagesLinkContext);
  const url = pages ? pages.hrefFor(href, as, locale) : typeof href === "string" ? href : formatUrlObject(href);
  const router = useMemo(() => (pages ? pages.linkRouter({ shallow, locale }) : appRouter), [pages, appRouter, shallow, locale]);
  const anchor = useRef<HTMLAnchorElement | null>(null);

  useEffect(() => {
    const element = anchor.current;
    if (prefetch === false || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        router.prefetch(url);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [prefetch, router, url]);

  const setRef = (element: HTMLAnchorElement | null) => {
    anchor.current = element;
    if (typeof forwardedRef === "function") forwardedRef(element);
    else if (forwardedRef) forwardedRef.current = element;
  };

  return (
    <a
      {...rest}
      ref={setRef}
      href={addBasePath(url)}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || isModifiedClick(event)) return;
        const next = new URL(addBasePath(url), window.location.href);
        if (next.origin !== window.location.origin) return;
        event.preventDefault();
        if (replace) router.replace(url, { scroll });
        else router.push(url, { scroll });
      }}
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        if (prefetch !== false) router.prefetch(url);
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        if (prefetch !== false) router.prefetch(url);
      }}
    >
      {children}
    </a>
  );
});

export default Link;
