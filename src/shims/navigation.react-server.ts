// next/navigation under the react-server condition: server components may not
// use the client hooks; importing them is fine, calling them is a clear error.
export { ReadonlyURLSearchParams } from "./readonly-search-params";
export { notFound, forbidden, unauthorized, redirect, permanentRedirect, unstable_rethrow, RedirectType } from "./navigation-control";

function clientOnly(name: string): never {
  throw new Error(
    `[vinext] ${name}() only works in Client Components. Add "use client" to the file that calls it, or read the value from page props (params, searchParams).`,
  );
}

export const useRouter = () => clientOnly("useRouter");
export const usePathname = () => clientOnly("usePathname");
export const useSearchParams = () => clientOnly("useSearchParams");
export const useParams = () => clientOnly("useParams");
export const useSelectedLayoutSegment = () => clientOnly("useSelectedLayoutSegment");
export const useSelectedLayoutSegments = () => clientOnly("useSelectedLayoutSegments");
export const useServerInsertedHTML = (_callback?: unknown) => clientOnly("useServerInsertedHTML");
