// The client transform that drops getServerSideProps/getStaticProps/getStaticPaths and
// what only they use (Next: test/integration/ssg-data-tree-shaking,
// test/integration/getserversideprops "should not include server code in client bundle").
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";
import { collectReferences, stripServerExports } from "../../src/vite/transforms/strip-server-exports";

function strip(code: string): string | undefined {
  return stripServerExports(parseSync("page.js", code).program, code);
}

/** The code with whitespace runs collapsed, for readable expectations. */
const squash = (code: string | undefined) => code?.replace(/\s+/g, " ").trim();

describe("stripServerExports", () => {
  it("leaves a module without server exports alone", () => {
    expect(strip(`import a from "a"; export default function Page() { return a; }`)).toBeUndefined();
  });

  it("removes getServerSideProps and the imports and helpers only it used", () => {
    const out = strip(
      [
        `import db from "./db";`,
        `import { shared, onlyServer } from "./lib";`,
        `const SECRET = process.env.SECRET;`,
        `function load() { return db.query(SECRET, onlyServer); }`,
        `export async function getServerSideProps() { return { props: { rows: await load(), s: shared } }; }`,
        `export default function Page(props) { return shared(props); }`,
      ].join("\n"),
    );
    expect(out).not.toMatch(/db|SECRET|load|onlyServer|getServerSideProps\(/);
    expect(squash(out)).toContain(`import { shared } from "./lib";`);
    expect(out).toContain("export default function Page(props) { return shared(props); }");
    expect(out).toContain("export const __N_SSP = true;");
  });

  it("keeps line positions so the incoming source map stays valid", () => {
    const code = `import x from "x";\nexport function getStaticProps() {\n  return x;\n}\nexport default function P() { return 1; }\n`;
    const out = strip(code)!;
    expect(out.split("\n").slice(0, 5).map((line) => line.length)).toEqual(code.split("\n").slice(0, 5).map((line) => line.length));
    expect(out.split("\n")[4]).toBe("export default function P() { return 1; }");
    expect(out).toContain("export const __N_SSG = true;");
  });

  it("handles const exports, export lists and re-exports", () => {
    expect(squash(strip(`const a = 1, b = 2; export const getStaticProps = () => a, other = 3; export default () => b;`))).toBe(
      "const b = 2; export const other = 3; export default () => b; export const __N_SSG = true;",
    );
    expect(squash(strip(`async function gsp() { return 1 } export { gsp as getStaticProps, keep }; function keep() {} export default keep;`))).toBe(
      "export { keep }; function keep() {} export default keep; export const __N_SSG = true;",
    );
    expect(squash(strip(`export { getStaticPaths, getStaticProps } from "./data"; export default 1;`))).toBe(
      "export default 1; export const __N_SSG = true;",
    );
  });

  it("removes a default import and keeps the named ones beside it", () => {
    expect(squash(strip(`import D, { k } from "m"; export const getServerSideProps = () => D; export default k;`))).toBe(
      `import { k } from "m"; export default k; export const __N_SSP = true;`,
    );
  });

  it("keeps what other code still uses, side-effect imports and unrelated unused code", () => {
    const out = strip(
      `import "./global.css"; import { a } from "a"; const unused = 1; const both = a;\nexport function getStaticProps() { return both; }\nexport default function P() { return both; }`,
    );
    expect(out).toContain(`import "./global.css";`);
    expect(out).toContain(`import { a } from "a";`);
    expect(out).toContain("const unused = 1;");
    expect(out).toContain("const both = a;");
  });

  it("removes chains: a helper used only by a removed helper", () => {
    const out = strip(`import s from "s"; const h1 = () => s; const h2 = () => h1();\nexport const getStaticPaths = () => h2();\nexport default 1;`);
    expect(squash(out)).toBe("export default 1;");
  });

  it("keeps a recursive helper that the page itself uses", () => {
    const out = strip(`function walk(n) { return n ? walk(n - 1) : 0; }\nexport const getStaticProps = () => walk(3);\nexport default () => walk(1);`);
    expect(out).toContain("function walk(n)");
  });
});

describe("collectReferences", () => {
  it("sees identifiers in JSX and shorthand properties but not property keys", () => {
    const { program } = parseSync("x.jsx", `f({ a, b: c, [d]: e }, o.p, <Comp x={y} />)`);
    const refs = collectReferences(program);
    expect([...refs].sort()).toEqual(expect.arrayContaining(["a", "c", "d", "e", "f", "o", "Comp", "y"]));
    expect(refs.has("p")).toBe(false);
    expect(refs.has("b")).toBe(false);
  });
});

describe("stripServerExports: import specifier shapes", () => {
  it.each([
    [`import D, { k } from "m";`, "k", `import { k } from "m";`],
    [`import D, { k } from "m";`, "D", `import D from "m";`],
    [`import D, * as N from "m";`, "N", `import * as N from "m";`],
    [`import D, * as N from "m";`, "D", `import D from "m";`],
    [`import { a, b, c } from "m";`, "b", `import { b } from "m";`],
    [`import { a, b, c } from "m";`, "a, c", `import { a, c } from "m";`],
  ])("%s keeping %s", (imports, kept, expected) => {
    const all = ["D", "N", "k", "a", "b", "c"].filter((name) => new RegExp(`\\b${name}\\b`).test(imports));
    const used = kept.split(", ");
    const serverOnly = all.filter((name) => !used.includes(name));
    const out = strip(`${imports}\nexport const getStaticProps = () => [${serverOnly.join(", ")}];\nexport default [${used.join(", ")}];`);
    expect(squash(out?.split("\n")[0])).toBe(expected);
  });
});
