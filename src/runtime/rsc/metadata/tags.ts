// A flat, ordered list of head tags: resolution output turns into these, the
// renderer turns them into React elements. Kept as data so the order and
// de-duplication are testable without rendering. Pure.
import type { UrlLike } from "./types";

export type Tag = ["meta" | "link" | "title", Record<string, string>];

type Value = string | number | boolean | URL | null | undefined;

const text = (value: Value): string | undefined =>
  value === null || value === undefined || value === "" ? undefined : String(value);

/** Collects tags, skipping empty values so callers can pass optional fields directly. */
export class TagList {
  readonly tags: Tag[] = [];

  meta(key: "name" | "property", name: string, value: Value | Value[], extra: Record<string, Value> = {}): void {
    for (const item of Array.isArray(value) ? value : [value]) {
      const content = text(item);
      if (content !== undefined) this.tags.push(["meta", { [key]: name, content, ...compact(extra) }]);
    }
  }

  link(rel: string, href: UrlLike | null | undefined, extra: Record<string, Value> = {}): void {
    const value = text(href);
    if (value !== undefined) this.tags.push(["link", { rel, href: value, ...compact(extra) }]);
  }

  raw(tag: Tag): void {
    this.tags.push(tag);
  }
}

function compact(attrs: Record<string, Value>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attrs)) {
    const v = text(value);
    if (v !== undefined) out[key] = v;
  }
  return out;
}
