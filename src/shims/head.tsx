// next/head: tags for <head> from anywhere in a Pages Router page, collected
// during the server render and kept in sync with document.head in the browser
// (de-duplicated by `key`; see runtime/pages/head.ts). The App Router ignores it, as in Next.
// https://nextjs.org/docs/pages/api-reference/components/head
import { useContext, useEffect, useLayoutEffect, useState, type ReactNode } from "react";
import { HeadManagerContext } from "../runtime/pages/contexts";
import { flattenHead } from "../runtime/pages/head";

export default function Head({ children }: { children?: ReactNode }): null {
  const manager = useContext(HeadManagerContext);
  const [id] = useState(() => Symbol("next/head"));
  const elements = flattenHead(children);
  if (manager?.server) manager.update(id, elements);
  useLayoutEffect(() => {
    manager?.update(id, elements);
  });
  useEffect(() => () => manager?.update(id, undefined), [manager, id]);
  return null;
}

/** The default head tags Next adds (a charset); kept for compatibility with `defaultHead` imports. */
export function defaultHead(): ReactNode[] {
  return [];
}
