// Source patterns of next.config redirects/rewrites/headers and middleware
// matchers: a small compiler of Next's path syntax into a RegExp, and the
// matcher that reads params back. Pure; compiled at build time (validation) and
// again at request time from the same strings.
// Syntax (https://nextjs.org/docs/app/api-reference/config/next-config-js/redirects#path-matching):
//   :name            one segment              /blog/:slug
//   :name? :name* :name+   optional / zero-or-more / one-or-more segments
//   :name(regex)     a segment matching regex /post/:id(\d{1,})
//   (regex)          an unnamed group         /((?!api|_next).*)
//   \x               a literal x

export type PatternModifier = "" | "?" | "*" | "+";

export interface PatternKey {
  /** Param name; unnamed groups are numbered "0", "1", … */
  name: string;
  modifier: PatternModifier;
  /** Named group in the compiled RegExp holding the value. */
  group: string;
}

export interface CompiledPattern {
  source: string;
  regex: RegExp;
  keys: PatternKey[];
}

export type PatternParams = Record<string, string | string[]>;

export class PatternError extends Error {
  constructor(source: string, reason: string) {
    super(`invalid pattern ${JSON.stringify(source)}: ${reason}`);
    this.name = "PatternError";
  }
}

const DEFAULT_SEGMENT = "[^/#?]+?";
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Reads a balanced `( … )` starting at `start` (the "("); returns the inner regex and the index after ")". */
function readGroup(source: string, start: number): { pattern: string; end: number } {
  let depth = 0;
  let i = start;
  let pattern = "";
  for (; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      pattern += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "(") {
      depth++;
      if (depth > 1 && source[i + 1] !== "?") {
        throw new PatternError(source, `capturing groups are not allowed inside a group at ${i} (use "(?:" )`);
      }
      if (depth === 1) continue;
    } else if (ch === ")") {
      depth--;
      if (depth === 0) break;
    }
    pattern += ch;
  }
  if (depth !== 0) throw new PatternError(source, `unbalanced "(" at ${start}`);
  if (!pattern) throw new PatternError(source, `empty group at ${start}`);
  try {
    new RegExp(pattern);
  } catch (error) {
    throw new PatternError(source, `group at ${start} is not a valid regular expression (${(error as Error).message})`);
  }
  return { pattern, end: i + 1 };
}

/**
 * Compiles a path pattern. Matching is case-insensitive unless `caseSensitive`
 * (Next's default for custom routes and matchers), and strict about the end: a
 * trailing slash in the source is dropped because paths are matched without one.
 * @example compilePathPattern("/blog/:slug").regex.test("/blog/hello") // true
 */
export function compilePathPattern(source: string, options: { caseSensitive?: boolean } = {}): CompiledPattern {
  if (typeof source !== "string" || !source.startsWith("/")) throw new PatternError(String(source), 'it must start with "/"');
  const text = source.length > 1 && source.endsWith("/") && !source.endsWith("\\/") ? source.slice(0, -1) : source;
  const keys: PatternKey[] = [];
  let body = "";
  let unnamed = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\\") {
      body += escapeRegex(text[i + 1] ?? "");
      i += 2;
      continue;
    }
    if (ch === "{" || ch === "}") throw new PatternError(source, `"${ch}" groups are not supported (escape it as "\\${ch}")`);
    if (ch === "*" || ch === "+" || ch === "?") throw new PatternError(source, `"${ch}" at ${i} must follow a parameter (did you mean ":path${ch}"?)`);
    let name: string | undefined;
    let pattern = DEFAULT_SEGMENT;
    if (ch === ":") {
      const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i + 1));
      if (!m) throw new PatternError(source, `missing parameter name at ${i}`);
      name = m[0];
      i += 1 + name.length;
      if (text[i] === "(") {
        const group = readGroup(text, i);
        pattern = group.pattern;
        i = group.end;
      }
    } else if (ch === "(") {
      const group = readGroup(text, i);
      name = String(unnamed++);
      pattern = group.pattern;
      i = group.end;
    } else {
      body += escapeRegex(ch);
      i++;
      continue;
    }
    if (keys.some((key) => key.name === name)) throw new PatternError(source, `parameter "${name}" appears twice`);
    const modifier = (/[?*+]/.test(text[i] ?? "") ? text[i++] : "") as PatternModifier;
    const group = `__p${keys.length}`;
    keys.push({ name, modifier, group });
    // A "/" right before a repeated or optional param belongs to it: "/blog/:p*" matches "/blog".
    const prefix = modifier && body.endsWith("\\/") ? "\\/" : "";
    if (prefix) body = body.slice(0, -2);
    if (modifier === "") body += `(?<${group}>${pattern})`;
    else if (modifier === "?") body += `(?:${prefix}(?<${group}>${pattern}))?`;
    else {
      const repeated = `(?<${group}>(?:${pattern})(?:${prefix}(?:${pattern}))*)`;
      body += modifier === "*" ? `(?:${prefix}${repeated})?` : `${prefix}${repeated}`;
    }
  }
  return { source, regex: new RegExp(`^${body}$`, options.caseSensitive ? "" : "i"), keys };
}

/**
 * Params of `pathname` (decoded segments joined by "/", no trailing slash), or
 * null when it does not match. Repeated params are arrays of segments.
 * @example matchPathPattern(compilePathPattern("/docs/:path*"), "/docs/a/b") // { path: ["a", "b"] }
 */
export function matchPathPattern(compiled: CompiledPattern, pathname: string): PatternParams | null {
  const m = compiled.regex.exec(pathname);
  if (!m) return null;
  const params: PatternParams = {};
  for (const key of compiled.keys) {
    const value = m.groups?.[key.group];
    if (value === undefined) continue;
    params[key.name] = key.modifier === "*" || key.modifier === "+" ? value.split("/") : value;
  }
  return params;
}

/** Names of the `:params` a destination string uses (letters first: ports like ":3000" are not params). */
export function destinationParams(text: string): string[] {
  return [...text.matchAll(/:([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
}
