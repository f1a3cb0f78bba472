// next/head's element handling: flattening children, de-duplication (last one
// wins: same `key`, one <title>/<base>, one <meta charSet>, one <meta> per
// name/httpEquiv/itemProp; Next: test/integration/next-head, docs
// https://nextjs.org/docs/pages/api-reference/components/head), and, in the
// browser, applying the result to document.head.
import { Children, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import type { HeadManager } from "./contexts";

export const HEAD_ATTRIBUTE = "data-next-head";
const HEAD_TAGS = new Set(["title", "meta", "link", "style", "script", "base", "noscript"]);
type HeadElement = ReactElement<Record<string, unknown>, string>;

/** The head tags among `children`, with fragments flattened and original keys kept. */
export function flattenHead(children: ReactNode): HeadElement[] {
  const out: HeadElement[] = [];
  const visit = (node: ReactNode) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isValidElement(node)) return;
    const element = node as ReactElement<{ children?: ReactNode }>;
    if (element.type === Fragment) return Children.forEach(element.props.children, visit);
    if (typeof element.type === "string" && HEAD_TAGS.has(element.type)) out.push(element as HeadElement);
  };
  visit(children);
  return out;
}

/** Next's default head: a charset and a viewport, overridable through next/head. */
function defaultHead(): HeadElement[] {
  return [createElement("meta", { charSet: "utf-8" }), createElement("meta", { name: "viewport", content: "width=device-width" })] as HeadElement[];
}

const META_UNIQUE = ["name", "httpEquiv", "itemProp"] as const;

/** De-duplicates head elements; for each conflict the last one wins, in document order. */
export function dedupeHead(elements: readonly HeadElement[]): HeadElement[] {
  const keys = new Set<string>();
  const singles = new Set<string>();
  const meta = new Map<string, Set<string>>();
  const kept: HeadElement[] = [];
  for (const element of [...elements].reverse()) {
    const key = element.key === null ? undefined : String(element.key);
    let unique = true;
    if (key !== undefined) {
      if (keys.has(key)) unique = false;
      keys.add(key);
    }
    if (element.type === "title" || element.type === "base") {
      if (singles.has(element.type)) unique = false;
      singles.add(element.type);
    }
    if (element.type === "meta") {
      if ("charSet" in element.props) {
        if (singles.has("charSet")) unique = false;
        singles.add("charSet");
      }
      for (const type of META_UNIQUE) {
        const value = element.props[type];
        if (typeof value !== "string") continue;
        const seen = meta.get(type) ?? new Set<string>();
        // A keyed <meta name> is only de-duplicated by its key (as in Next).
        if (seen.has(value) && !(type === "name" && key !== undefined)) unique = false;
        seen.add(value);
        meta.set(type, seen);
      }
    }
    if (unique) kept.push(element);
  }
  return kept.reverse();
}

/** Collects head elements during a server render, in render order. */
export function createServerHead(): HeadManager & { elements(): HeadElement[] } {
  const byInstance = new Map<symbol, HeadElement[]>();
  return {
    server: true,
    update(id, elements) {
      if (elements) byInstance.set(id, elements as HeadElement[]);
      else byInstance.delete(id);
    },
    elements: () => dedupeHead([...defaultHead(), ...byInstance.values()].flat()),
  };
}

const ATTRIBUTE_NAMES: Record<string, string> = { className: "class", htmlFor: "for", httpEquiv: "http-equiv", acceptCharset: "accept-charset" };

function textOf(children: unknown): string {
  if (children === null || children === undefined || children === false) return "";
  return Array.isArray(children) ? children.map(textOf).join("") : String(children);
}

function toDom(element: HeadElement): HTMLElement {
  const node = document.createElement(element.type);
  for (const [prop, value] of Object.entries(element.props)) {
    if (prop === "children" || prop === "dangerouslySetInnerHTML" || value === undefined || value === null || value === false) continue;
    node.setAttribute(ATTRIBUTE_NAMES[prop] ?? prop.toLowerCase(), value === true ? "" : String(value));
  }
  const html = (element.props.dangerouslySetInnerHTML as { __html?: string } | undefined)?.__html;
  if (html !== undefined) node.innerHTML = html;
  else if (element.props.children !== undefined) node.textContent = textOf(element.props.children);
  node.setAttribute(HEAD_ATTRIBUTE, "");
  return node;
}

/** The browser head manager: applies the de-duplicated elements of every mounted <Head> to document.head. */
export function createBrowserHead(): HeadManager {
  const byInstance = new Map<symbol, HeadElement[]>();
  let scheduled = false;
  const apply = () => {
    scheduled = false;
    const elements = dedupeHead([...defaultHead(), ...byInstance.values()].flat());
    const wanted: (HTMLElement | null)[] = elements.map(toDom);
    for (const existing of document.head.querySelectorAll(`[${HEAD_ATTRIBUTE}]`)) {
      const same = wanted.findIndex((node) => node?.isEqualNode(existing));
      if (same === -1) existing.remove();
      else wanted[same] = null;
    }
    for (const node of wanted) if (node) document.head.appendChild(node);
    const title = elements.findLast((element) => element.type === "title");
    if (title) document.title = textOf(title.props.children);
  };
  return {
    server: false,
    update(id, elements) {
      if (elements) byInstance.set(id, elements as HeadElement[]);
      else byInstance.delete(id);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(apply);
      }
    },
  };
}
