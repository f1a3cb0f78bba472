// Removes the Pages Router's server-only exports (getServerSideProps,
// getStaticProps, getStaticPaths) from the client build of a page, and then
// every top-level binding and import only they used, so server code and the
// modules it imports (secrets, database clients) never reach the browser.
// Works on an ESTree AST (Rolldown's parser); removed code is blanked with
// spaces so positions, and thus the incoming source map, stay valid.
// Next.js behaviour: test/integration/ssg-data-tree-shaking (server imports absent from client chunks).
import type { ESTree, Plugin } from "vite";

export const SERVER_EXPORTS = new Set(["getServerSideProps", "getStaticProps", "getStaticPaths"]);

type AnyNode = { type: string; start: number; end: number; [key: string]: unknown };

/** A removable piece of top-level code that declares bindings. */
interface Unit {
  node: AnyNode;
  /** The statement holding it (for list-aware blanking). */
  parent: AnyNode;
  /** Names this unit declares at the top level. */
  declares: string[];
  /** Identifier names this unit's code mentions. */
  refs: Set<string>;
  /** Exported or otherwise pinned: never removed by reference counting. */
  pinned: boolean;
  removed: boolean;
}

const NON_REFERENCE_KEYS: Record<string, string[]> = {
  MemberExpression: ["property"],
  Property: ["key"],
  MethodDefinition: ["key"],
  PropertyDefinition: ["key"],
  AccessorProperty: ["key"],
  LabeledStatement: ["label"],
  BreakStatement: ["label"],
  ContinueStatement: ["label"],
  ImportSpecifier: ["imported"],
  ExportSpecifier: ["exported"],
  MetaProperty: ["meta", "property"],
};

/** Every identifier name `node` mentions in a position that may read a binding (over-approximated: never misses one). */
export function collectReferences(node: unknown, into = new Set<string>()): Set<string> {
  const visit = (value: unknown, parent: AnyNode | undefined, key: string | undefined) => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, parent, key);
      return;
    }
    const n = value as AnyNode;
    if (typeof n.type !== "string") return;
    if (n.type === "Identifier" || n.type === "JSXIdentifier") {
      const skip = parent && key && NON_REFERENCE_KEYS[parent.type]?.includes(key) && !parent.computed;
      const shorthandValue = parent?.type === "Property" && parent.shorthand;
      if (!skip || shorthandValue) into.add(n.name as string);
      return;
    }
    for (const [k, child] of Object.entries(n)) {
      if (k === "type" || k === "start" || k === "end" || k === "loc" || k === "range") continue;
      visit(child, n, k);
    }
  };
  visit(node, undefined, undefined);
  return into;
}

function patternNames(pattern: unknown): string[] {
  const names: string[] = [];
  const visit = (p: AnyNode | null | undefined) => {
    if (!p) return;
    if (p.type === "Identifier") names.push(p.name as string);
    else if (p.type === "ObjectPattern") for (const prop of p.properties as AnyNode[]) visit((prop.type === "RestElement" ? prop.argument : prop.value) as AnyNode);
    else if (p.type === "ArrayPattern") for (const el of p.elements as (AnyNode | null)[]) visit(el);
    else if (p.type === "RestElement") visit(p.argument as AnyNode);
    else if (p.type === "AssignmentPattern") visit(p.left as AnyNode);
  };
  visit(pattern as AnyNode);
  return names;
}

const exportedName = (spec: AnyNode) => {
  const exported = spec.exported as AnyNode;
  return (exported.type === "Identifier" ? exported.name : exported.value) as string;
};

/** Splits the program into units (declarations) and pinned code (everything else). */
function analyse(program: ESTree.Program) {
  const units: Unit[] = [];
  const serverBindings = new Set<string>();
  const removedSpecifiers: { node: AnyNode; parent: AnyNode }[] = [];
  const rest: AnyNode[] = [];
  const addDeclaration = (decl: AnyNode, parent: AnyNode, exported: boolean) => {
    if (decl.type === "VariableDeclaration") {
      for (const d of decl.declarations as AnyNode[]) {
        const declares = patternNames(d.id);
        const server = exported && declares.some((n) => SERVER_EXPORTS.has(n));
        units.push({ node: d, parent, declares, refs: collectReferences(d.init), pinned: exported && !server, removed: server });
        if (server) declares.forEach((n) => serverBindings.add(n));
      }
      return;
    }
    const name = (decl.id as AnyNode | null)?.name as string | undefined;
    const server = exported && !!name && SERVER_EXPORTS.has(name);
    const refs = collectReferences(decl);
    if (name) refs.delete(name);
    units.push({ node: parent, parent, declares: name ? [name] : [], refs, pinned: exported && !server, removed: server });
    if (server && name) serverBindings.add(name);
  };
  for (const statement of program.body as unknown as AnyNode[]) {
    if (statement.type === "ImportDeclaration") {
      for (const spec of statement.specifiers as AnyNode[]) {
        units.push({ node: spec, parent: statement, declares: [(spec.local as AnyNode).name as string], refs: new Set(), pinned: false, removed: false });
      }
      continue;
    }
    if (statement.type === "ExportNamedDeclaration" && statement.declaration) {
      addDeclaration(statement.declaration as AnyNode, statement, true);
      continue;
    }
    if (statement.type === "ExportNamedDeclaration") {
      for (const spec of statement.specifiers as AnyNode[]) {
        if (SERVER_EXPORTS.has(exportedName(spec))) removedSpecifiers.push({ node: spec, parent: statement });
        else if (!statement.source) rest.push(spec);
      }
      continue;
    }
    if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration" || statement.type === "VariableDeclaration") {
      addDeclaration(statement, statement, false);
      continue;
    }
    rest.push(statement);
  }
  return { units, serverBindings, removedSpecifiers, rest };
}

/** Blanks `[start, end)` keeping line breaks, so later positions do not move. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
}

/** Blanks removed items of a comma-separated list (declarators, specifiers) with their commas. */
function blankListItems(chars: string[], items: AnyNode[], removed: Set<AnyNode>): void {
  for (let i = 0; i < items.length; i++) {
    if (!removed.has(items[i]!)) continue;
    const keptAfter = items.slice(i + 1).some((item) => !removed.has(item));
    if (keptAfter) blank(chars, items[i]!.start, items[i + 1]!.start);
    else if (i > 0) blank(chars, items[i - 1]!.end, items[i]!.end);
    else blank(chars, items[i]!.start, items[i]!.end);
  }
}

/** `import D, { a, b }` / `import D, * as N` with some specifiers removed: keeps the syntax valid. */
function blankImportSpecifiers(chars: string[], code: string, specifiers: AnyNode[], removed: Set<AnyNode>): void {
  const [first, ...others] = specifiers;
  const hasDefault = first?.type === "ImportDefaultSpecifier";
  const named = hasDefault ? others : specifiers;
  if (hasDefault && removed.has(first)) {
    // `D, ` goes; what follows starts at `{` or `*`.
    const next = code.slice(first.end).search(/[{*]/);
    blank(chars, first.start, next === -1 ? first.end : first.end + next);
  }
  if (named.length === 0) return;
  if (hasDefault && !removed.has(first) && named.every((spec) => removed.has(spec))) {
    // `D, { a }` → `D`: drop from after D to the closing brace (or the namespace).
    const close = named[0]!.type === "ImportNamespaceSpecifier" ? named[0]!.end : code.indexOf("}", named.at(-1)!.end) + 1;
    blank(chars, first.end, close);
    return;
  }
  blankListItems(chars, named, removed);
}

/** The comma-separated items of a top-level statement, or the statement itself. */
function listOf(statement: AnyNode): AnyNode[] {
  const declaration = statement.declaration as AnyNode | undefined;
  if (statement.type === "VariableDeclaration") return statement.declarations as AnyNode[];
  if (statement.type === "ExportNamedDeclaration" && declaration?.type === "VariableDeclaration") return declaration.declarations as AnyNode[];
  if (statement.type === "ImportDeclaration" || (statement.type === "ExportNamedDeclaration" && !declaration)) return statement.specifiers as AnyNode[];
  return [statement];
}

/**
 * Returns the code without the server-only exports and what only they used, or
 * undefined when the module has none. Appends `__N_SSP` / `__N_SSG` markers so
 * the client router knows the page needs data (as Next does).
 * @example stripServerExports(parseSync("p.js", src).program, src)
 */
export function stripServerExports(program: ESTree.Program, code: string): string | undefined {
  const { units, serverBindings, removedSpecifiers, rest } = analyse(program);
  if (serverBindings.size === 0 && removedSpecifiers.length === 0) return undefined;
  const exportedServer = new Set([...serverBindings, ...removedSpecifiers.map((s) => exportedName(s.node))]);
  // `export { getStaticProps }` re-exports a local binding: that binding goes too (unless used elsewhere).
  const candidates = new Set<string>();
  for (const { node } of removedSpecifiers) if (node.local) candidates.add(((node.local as AnyNode).name ?? (node.local as AnyNode).value) as string);
  for (const unit of units) if (unit.removed) unit.refs.forEach((r) => candidates.add(r));
  const pinnedRefs = new Set<string>();
  for (const node of rest) collectReferences(node, pinnedRefs);
  for (let changed = true; changed; ) {
    changed = false;
    const live = new Set(pinnedRefs);
    for (const unit of units) if (!unit.removed) unit.refs.forEach((r) => live.add(r));
    for (const unit of units) {
      if (unit.removed || unit.pinned || unit.declares.length === 0) continue;
      if (!unit.declares.every((name) => candidates.has(name) && !live.has(name))) continue;
      unit.removed = true;
      unit.refs.forEach((r) => candidates.add(r));
      changed = true;
    }
  }
  const chars = code.split("");
  const removedNodes = new Set<AnyNode>([...units.filter((u) => u.removed).map((u) => u.node), ...removedSpecifiers.map((s) => s.node)]);
  const parents = new Set<AnyNode>([...units.map((u) => u.parent), ...removedSpecifiers.map((s) => s.parent)]);
  for (const parent of parents) {
    const items = listOf(parent);
    const removed = items.filter((item) => removedNodes.has(item));
    if (removed.length === 0) continue;
    if (removed.length === items.length) blank(chars, parent.start, parent.end);
    else if (parent.type === "ImportDeclaration") blankImportSpecifiers(chars, code, items, removedNodes);
    else blankListItems(chars, items, removedNodes);
  }
  const markers: string[] = [];
  if (exportedServer.has("getServerSideProps")) markers.push("export const __N_SSP = true;");
  if (exportedServer.has("getStaticProps")) markers.push("export const __N_SSG = true;");
  return chars.join("") + (markers.length ? `\n${markers.join("\n")}\n` : "");
}

/** The Vite plugin: client environments only, page modules only (not API routes or _document). */
export function stripServerExportsPlugin(isPageModule: (id: string) => boolean): Plugin {
  return {
    name: "vinext:strip-server-exports",
    applyToEnvironment: (environment) => environment.config.consumer === "client",
    transform: {
      filter: { code: /getServerSideProps|getStaticProps|getStaticPaths/ },
      handler(code, id) {
        if (!isPageModule(id.split("?")[0]!)) return;
        const stripped = stripServerExports(this.parse(code), code);
        return stripped === undefined ? undefined : { code: stripped, map: null };
      },
    },
  };
}
