// Finds the next/font loader calls in a module's ESTree: their imports, the const
// each call initialises and its options as plain JSON. Next's rules: a call must be
// assigned to a const at module scope and its options must be written as literals.
import type { ESTree } from "vite";

export type FontLoader = "google" | "local";

export interface FontCall {
  loader: FontLoader;
  /** The imported name: the Google family function (`Roboto_Mono`) or `default` for local. */
  imported: string;
  /** The const it initialises: the local font's family name. */
  binding: string;
  options: Record<string, unknown> | undefined;
  start: number;
  end: number;
}

export interface FoundFonts {
  imports: { start: number; end: number; specifier: string }[];
  calls: FontCall[];
  /** Where the generated imports go: after the directive prologue ("use client"). */
  insertAt: number;
}

export class FontCallError extends Error {
  constructor(message: string, readonly pos: number) {
    super(`[vinext] ${message}`);
  }
}

const LOADERS: Record<string, FontLoader> = {
  "next/font/google": "google",
  "@next/font/google": "google",
  "next/font/local": "local",
  "@next/font/local": "local",
};

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function literal(node: Node): unknown {
  switch (node.type) {
    case "Literal":
      if (node.value instanceof RegExp || typeof node.value === "bigint") break;
      return node.value;
    case "TemplateLiteral":
      if ((node.expressions as Node[]).length === 0) return ((node.quasis as Node[])[0]!.value as { cooked: string }).cooked;
      break;
    case "UnaryExpression":
      if (node.operator === "-" && (node.argument as Node).type === "Literal" && typeof (node.argument as Node).value === "number") return -((node.argument as Node).value as number);
      break;
    case "ArrayExpression":
      return (node.elements as (Node | null)[]).map((el) => (el && el.type !== "SpreadElement" ? literal(el) : fail(el ?? node)));
    case "ObjectExpression": {
      const out: Record<string, unknown> = {};
      for (const prop of node.properties as Node[]) {
        const key = prop.key as Node | undefined;
        if (prop.type !== "Property" || prop.computed || prop.kind !== "init" || prop.method || !key) return fail(prop);
        const name = key.type === "Identifier" ? (key.name as string) : key.type === "Literal" ? String(key.value) : fail(key);
        out[name] = literal(prop.value as Node);
      }
      return out;
    }
  }
  return fail(node);
}

const fail = (node: Node): never => {
  throw new FontCallError("Font loader values must be explicitly written literals (strings, numbers, booleans, arrays and objects of them), because vinext loads fonts at build time.", node.start);
};

/** Calls `fn` on every Identifier that reads a binding (not property names or keys). */
function visitReferences(node: unknown, fn: (n: Node) => void, parent?: Node, key?: string) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach((n) => visitReferences(n, fn, parent, key));
  const n = node as Node;
  if (typeof n.type !== "string") return;
  if (n.type === "Identifier") {
    const nameOnly = parent && !parent.computed && ((parent.type === "MemberExpression" && key === "property") || (parent.type === "Property" && key === "key" && !parent.shorthand));
    if (!nameOnly) fn(n);
    return;
  }
  for (const [k, child] of Object.entries(n)) if (k !== "type" && child && typeof child === "object") visitReferences(child, fn, n, k);
}

/**
 * @example findFontCalls(parseSync("a.js", `import { Inter } from "next/font/google"; const inter = Inter({ subsets: ["latin"] });`).program)
 *   // { calls: [{ loader: "google", imported: "Inter", binding: "inter", options: { subsets: ["latin"] }, ... }], ... }
 */
export function findFontCalls(program: ESTree.Program): FoundFonts {
  const body = program.body as unknown as Node[];
  const locals = new Map<string, { loader: FontLoader; imported: string }>();
  const imports: FoundFonts["imports"] = [];
  let insertAt = 0;
  for (const stmt of body) {
    if (stmt.type !== "ExpressionStatement" || typeof stmt.directive !== "string") break;
    insertAt = stmt.end;
  }
  for (const stmt of body) {
    if (stmt.type !== "ImportDeclaration") continue;
    const specifier = (stmt.source as Node).value as string;
    const loader = LOADERS[specifier];
    if (!loader) continue;
    imports.push({ start: stmt.start, end: stmt.end, specifier });
    for (const spec of stmt.specifiers as Node[]) {
      const local = (spec.local as Node).name as string;
      if (spec.type === "ImportNamespaceSpecifier") throw new FontCallError(`Import fonts from ${specifier} by name (import { Inter } from "${specifier}"), not as a namespace.`, spec.start);
      const imported = spec.type === "ImportDefaultSpecifier" ? "default" : (((spec.imported as Node).name ?? (spec.imported as Node).value) as string);
      if (loader === "local" && imported !== "default") throw new FontCallError(`${specifier} has only a default export (import localFont from "${specifier}").`, spec.start);
      locals.set(local, { loader, imported });
    }
  }
  const calls: FontCall[] = [];
  const handled = new Set<Node>();
  for (const stmt of body) {
    const decl = stmt.type === "ExportNamedDeclaration" ? (stmt.declaration as Node | null) : stmt;
    if (!decl || decl.type !== "VariableDeclaration") continue;
    for (const d of decl.declarations as Node[]) {
      const init = d.init as Node | null;
      const callee = init?.type === "CallExpression" ? (init.callee as Node) : undefined;
      const target = callee?.type === "Identifier" ? locals.get(callee.name as string) : undefined;
      if (!init || !callee || !target) continue;
      if (decl.kind !== "const" || (d.id as Node).type !== "Identifier") throw new FontCallError("Font loader calls must be assigned to a const (const inter = Inter({ ... })).", init.start);
      const args = init.arguments as Node[];
      if (args.length > 1 || (args[0] && args[0].type !== "ObjectExpression")) throw new FontCallError("Font loaders take a single options object.", init.start);
      handled.add(callee);
      calls.push({ ...target, binding: (d.id as Node).name as string, options: args[0] ? (literal(args[0]) as Record<string, unknown>) : undefined, start: init.start, end: init.end });
    }
  }
  visitReferences(body.filter((s) => s.type !== "ImportDeclaration"), (n) => {
    if (n.type === "Identifier" && locals.has(n.name as string) && !handled.has(n)) {
      throw new FontCallError(`Font loaders must be called and assigned to a const in the module scope (\`${n.name as string}\` is used another way here).`, n.start);
    }
  });
  return { imports, calls, insertAt };
}
