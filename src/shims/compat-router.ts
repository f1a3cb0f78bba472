// next/compat/router: like next/router's useRouter, but returns null outside the
// Pages Router, for components shared with the App Router.
// https://nextjs.org/docs/pages/api-reference/functions/use-router#the-nextcompatrouter-export
import { useContext } from "react";
import { PagesRouterContext } from "../runtime/pages/contexts";
import type { NextRouter } from "../runtime/pages/router-types";

export type { NextRouter };

export function useRouter(): NextRouter | null {
  return useContext(PagesRouterContext);
}
