// next/link inside the Pages Router: the URL a link renders and the router calls
// it makes (push/replace/prefetch with `shallow` and `locale`). One navigator per
// router, over its stable methods (the server's do nothing).
import type { PagesLinkNavigator } from "./contexts";
import { urlToString } from "./href";
import type { RouterMethods } from "./router-snapshot";

export function createLinkNavigator(methods: RouterMethods, localize: (url: string, locale: string | false | undefined) => string = (url) => url): PagesLinkNavigator {
  return {
    hrefFor: (href, as, locale) => localize(urlToString(as ?? href), locale),
    linkRouter: ({ shallow, locale }) => ({
      push: (url, options) => void methods.push(url, undefined, { scroll: options?.scroll, shallow, locale }),
      replace: (url, options) => void methods.replace(url, undefined, { scroll: options?.scroll, shallow, locale }),
      prefetch: (url) => void methods.prefetch(url, undefined, { locale }),
    }),
  };
}
