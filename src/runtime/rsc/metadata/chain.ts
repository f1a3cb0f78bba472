// Resolves metadata and viewport along a route's segments (root layout →
// nested layouts → page). Every `generateMetadata` starts at once and gets
// `parent`, a promise of everything resolved above it ("Ordering" and
// "Merging" in https://nextjs.org/docs/app/api-reference/functions/generate-metadata).
import type { MetadataFile } from "../../routing/app-manifest";
import type { Params } from "../../routing/match";
import { applyMetadataFiles, withStaticIcons, type StaticIcons } from "./files";
import { createDefaultMetadata, mergeMetadata, type TitleTemplates } from "./resolve";
import { finalizeSocial } from "./social";
import type { MetadataInput, ResolvedMetadata, ResolvedViewport, ViewportInput } from "./types";
import { createDefaultViewport, mergeViewport } from "./viewport";

type Generate<T, R> = (props: Record<string, unknown>, parent: Promise<R>) => T | Promise<T>;

/** One segment's contribution: a layout, or the page (always last). */
export interface MetadataItem {
  /** The module file, for error messages. */
  file: string;
  metadata?: MetadataInput | Generate<MetadataInput | null | undefined, ResolvedMetadata>;
  viewport?: ViewportInput | Generate<ViewportInput | null | undefined, ResolvedViewport>;
  /** Props for generate functions: `{ params }` for layouts, plus `searchParams` for the page. */
  props: Record<string, unknown>;
  /** Metadata files applied after this item (a folder's files; the leaf folder's go on the page). */
  files?: MetadataFile[];
}

export interface ChainOptions {
  params: Params;
  /** The route's concrete path, for `./` URLs in alternates and og:url. */
  pathname: string;
  /** Base for social images when no metadataBase is set. */
  fallbackBase: URL | null;
}

/** A promise whose rejection is handled once here, so an unread `parent` never warns. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Runs each item's static value or generate function, chaining `parent`, and
 * folds the results with `merge`. All generate functions run concurrently.
 */
function foldChain<I, R>(
  items: MetadataItem[],
  pick: (item: MetadataItem) => I | Generate<I | null | undefined, R> | undefined,
  initial: R,
  merge: (acc: R, value: I | null | undefined, index: number) => R,
): Promise<R> {
  let acc: Promise<R> = Promise.resolve(initial);
  items.forEach((item, index) => {
    const entry = pick(item);
    const parent = quiet(acc.then((value) => deepCopy(value)));
    const value = typeof entry === "function" ? quiet(Promise.resolve().then(() => (entry as Generate<I | null | undefined, R>)(item.props, parent))) : Promise.resolve(entry);
    const previous = acc;
    acc = quiet(Promise.all([previous, value]).then(([resolved, own]) => merge(resolved, own, index)));
  });
  return acc;
}

/** A copy for `parent`, so a generate function editing it cannot change what others see. */
function deepCopy<R>(value: R): R {
  if (Array.isArray(value)) return value.map(deepCopy) as R;
  if (value instanceof URL) return new URL(value) as R;
  if (!value || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as R;
}

export async function resolveMetadataChain(items: MetadataItem[], options: ChainOptions): Promise<ResolvedMetadata> {
  let templates: TitleTemplates = { title: null, openGraph: null, twitter: null };
  const icons: StaticIcons = { icon: [], apple: [] };
  const resolved = await foldChain<MetadataInput, ResolvedMetadata>(
    items,
    (item) => item.metadata,
    createDefaultMetadata(),
    (acc, own, index) => {
      const item = items[index]!;
      const ctx = { templates, pathname: options.pathname, fallbackBase: options.fallbackBase, file: item.file };
      let next = own ? mergeMetadata(acc, own, ctx) : acc;
      if (item.files?.length) next = applyMetadataFiles(next, item.files, own ?? undefined, options.params, options.fallbackBase, icons);
      // A layout's template applies to its children, not to the page in its own
      // folder: the leaf layout and the page (the last two items) stash nothing
      // (Next: test/e2e/app-dir/metadata, "stashed title" cases).
      if (index < items.length - 2) {
        templates = { title: next.title?.template ?? null, openGraph: next.openGraph?.title.template ?? null, twitter: next.twitter?.title.template ?? null };
      }
      return next;
    },
  );
  return finalizeSocial(withStaticIcons(resolved, icons));
}

export function resolveViewportChain(items: MetadataItem[]): Promise<ResolvedViewport> {
  return foldChain<ViewportInput, ResolvedViewport>(items, (item) => item.viewport, createDefaultViewport(), (acc, own) => (own ? mergeViewport(acc, own) : acc));
}
