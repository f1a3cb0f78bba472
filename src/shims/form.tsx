"use client";
// next/form: a <form> whose string `action` submits as a client-side GET
// navigation (fields become search params) and is prefetched in the viewport;
// without JavaScript it is a plain GET form. A function `action` is React's form
// action (server or client function). https://nextjs.org/docs/app/api-reference/components/form
// Mirrors Next: test/e2e/app-dir/next-form/default/next-form.test.ts and next-form-prefetch.test.ts.
import { useContext, useEffect, useRef, type FormHTMLAttributes, type SubmitEvent, type Ref } from "react";
import { RouterContext } from "../runtime/client/contexts";
import { formSubmitUrl, isSameOrigin, unsupportedSubmitter, type FormEntry } from "./form-shared";

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, "action"> {
  action: string | ((formData: FormData) => void | Promise<void>);
  /** Replace the current history entry instead of pushing one (string action only). */
  replace?: boolean;
  /** Scroll to the top after navigating (string action only; default true). */
  scroll?: boolean;
  /** `false` turns off prefetching the action's route. */
  prefetch?: false | null;
  ref?: Ref<HTMLFormElement>;
}

type Submitter = HTMLButtonElement | HTMLInputElement;

function formEntries(form: HTMLFormElement, submitter: Submitter | null): FormEntry[] {
  let data: FormData;
  try {
    data = new FormData(form, submitter);
  } catch {
    // Browsers without the submitter argument: add the submitter's value by hand.
    data = new FormData(form);
    if (submitter?.name) data.append(submitter.name, submitter.value);
  }
  return [...data.entries()].map(([name, value]) => [name, typeof value === "string" ? value : { name: value.name }]);
}

function devError(message: string) {
  if (import.meta.env.DEV) console.error(`[vinext] <Form>: ${message}`);
}

export default function Form({ action, replace = false, scroll = true, prefetch, onSubmit, ref, ...rest }: FormProps) {
  const router = useContext(RouterContext);
  const element = useRef<HTMLFormElement | null>(null);
  const navigating = typeof action === "string";

  useEffect(() => {
    const form = element.current;
    if (!navigating || prefetch === false || !form || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const url = new URL(action, window.location.href);
      if (isSameOrigin(url, window.location.href)) router.prefetch(url.pathname);
    });
    observer.observe(form);
    return () => observer.disconnect();
  }, [navigating, prefetch, router, action]);

  const setRef = (node: HTMLFormElement | null) => {
    element.current = node;
    if (typeof ref === "function") ref(node);
    else if (ref) ref.current = node;
  };

  if (!navigating) return <form {...rest} ref={setRef} action={action} onSubmit={onSubmit} />;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    onSubmit?.(event);
    if (event.defaultPrevented) return;
    // method/encType/target other than a plain GET cannot be a navigation: leave it to the browser.
    const { method, encType, target } = rest;
    if ((method && method.toLowerCase() !== "get") || encType || (target && target !== "_self")) {
      devError("`method`, `encType` and `target` are not supported with a string `action`; submitting normally.");
      return;
    }
    const form = event.currentTarget;
    const submitter = (event.nativeEvent.submitter ?? null) as Submitter | null;
    const reason = unsupportedSubmitter(
      submitter && {
        formAction: submitter.getAttribute("formaction"),
        formMethod: submitter.getAttribute("formmethod"),
        formEncType: submitter.getAttribute("formenctype"),
        formTarget: submitter.getAttribute("formtarget"),
      },
    );
    if (reason) {
      if (!reason.startsWith("a function")) devError(`the submitter's ${reason} is not supported; submitting normally.`);
      return;
    }
    const entries = formEntries(form, submitter);
    if (entries.some(([, value]) => typeof value !== "string")) {
      devError("file inputs are only uploaded when `action` is a function; sending the file name.");
    }
    const url = formSubmitUrl(submitter?.getAttribute("formaction") ?? action, entries, window.location.href);
    if (!isSameOrigin(url, window.location.href)) return;
    event.preventDefault();
    const href = url.pathname + url.search;
    if (replace) router.replace(href, { scroll });
    else router.push(href, { scroll });
  };

  return <form {...rest} ref={setRef} action={action} onSubmit={handleSubmit} />;
}
