// The pure half of next/form: whether a submission can become a client-side
// navigation, and the URL it navigates to. The browser parts stay in form.tsx.
// https://nextjs.org/docs/app/api-reference/components/form

/** What form.tsx reads from the submitter (a <button>/<input> or null) and the form. */
export interface SubmitterInfo {
  /** The raw `formaction` attribute, or null when absent. */
  formAction: string | null;
  formMethod: string | null;
  formEncType: string | null;
  formTarget: string | null;
}

/**
 * Why a submission must be left to the browser (or React), or undefined when
 * the <Form> may navigate on the client. React renders function actions as a
 * `javascript:` formaction, which React itself handles.
 */
export function unsupportedSubmitter(submitter: SubmitterInfo | null): string | undefined {
  if (!submitter) return undefined;
  if (submitter.formAction?.trim().toLowerCase().startsWith("javascript:")) return "a function formAction (React handles it)";
  if (submitter.formMethod !== null && submitter.formMethod.toLowerCase() !== "get") return `formMethod="${submitter.formMethod}"`;
  if (submitter.formEncType !== null && submitter.formEncType.toLowerCase() !== "application/x-www-form-urlencoded") {
    return `formEncType="${submitter.formEncType}"`;
  }
  if (submitter.formTarget !== null && submitter.formTarget !== "" && submitter.formTarget.toLowerCase() !== "_self") {
    return `formTarget="${submitter.formTarget}"`;
  }
  return undefined;
}

/** A form entry: strings stay, files are sent by name (as a GET submission of a file input does). */
export type FormEntry = [string, string | { name: string }];

/**
 * The URL a GET submission of `entries` to `action` goes to, resolved against
 * `base` (the current location). The action's own query string is replaced,
 * as a browser GET submission replaces it; the hash is dropped.
 *
 * @example formSubmitUrl("/search", [["q", "vite rsc"]], "https://x.dev/").href // "https://x.dev/search?q=vite+rsc"
 */
export function formSubmitUrl(action: string, entries: Iterable<FormEntry>, base: string): URL {
  const url = new URL(action, base);
  const search = new URLSearchParams();
  for (const [name, value] of entries) search.append(name, typeof value === "string" ? value : value.name);
  url.search = search.toString();
  url.hash = "";
  return url;
}

/** True for http(s) URLs on the same origin as `base`: only those navigate on the client. */
export function isSameOrigin(url: URL, base: string): boolean {
  const here = new URL(base);
  return url.origin === here.origin && (url.protocol === "http:" || url.protocol === "https:");
}
