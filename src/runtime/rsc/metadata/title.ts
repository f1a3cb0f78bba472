// Title templates (https://nextjs.org/docs/app/api-reference/functions/generate-metadata#title)
// and the small normaliser every field resolver shares. Pure.
import type { ResolvedTitle, TitleInput } from "./types";

export const asArray = <T>(value: T | T[] | null | undefined): T[] =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Resolves a title against the template stashed from ancestors.
 * @example resolveTitle("About", "%s | Acme") // { absolute: "About | Acme", template: null }
 * @example resolveTitle({ absolute: "About" }, "%s | Acme") // { absolute: "About", template: null }
 */
export function resolveTitle(title: TitleInput | undefined, stashed: string | null): ResolvedTitle {
  const apply = (value: string) => (stashed ? stashed.replace(/%s/g, value) : value);
  if (typeof title === "string") return { absolute: apply(title), template: null };
  if (!title) return { absolute: "", template: null };
  let absolute = title.default !== undefined ? apply(title.default) : "";
  if (title.absolute) absolute = title.absolute;
  return { absolute, template: title.template ?? null };
}
