// Generates the benchmark app: a plain Next.js App Router app (~30 routes, TSX) that both
// `next build` and `vinext build` must accept unchanged. Output is deterministic (no dates, no
// randomness) so two generated copies are byte-identical and runs are comparable.
// Usage: node bench/generate.mjs <targetDir>
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Route table: [directory under app/, kind, title]. Kinds pick a page template below.
// Groups like "(shop)" exercise route groups; "layouts" lists the segments that get their own layout.
const ROUTES = [
  ["", "home", "Home"],
  ["about", "static", "About"],
  ["contact", "search", "Contact"],
  ["pricing", "styled", "Pricing"],
  ["changelog", "static", "Changelog"],
  ["(marketing)/features", "styled", "Features"],
  ["(marketing)/customers", "static", "Customers"],
  ["(marketing)/careers", "static", "Careers"],
  ["(marketing)/press", "static", "Press"],
  ["(marketing)/partners", "counter", "Partners"],
  ["(legal)/privacy", "static", "Privacy"],
  ["(legal)/terms", "static", "Terms"],
  ["(legal)/cookies", "static", "Cookies"],
  ["blog", "static", "Blog"],
  ["blog/[slug]", "dynamic:slug", "Blog post"],
  ["blog/tags/[tag]", "dynamic:tag", "Tag"],
  ["docs", "static", "Docs"],
  ["docs/[...slug]", "catchall:slug", "Docs page"],
  ["(shop)/products", "styled", "Products"],
  ["(shop)/products/[slug]", "dynamic:slug", "Product"],
  ["(shop)/cart", "counter", "Cart"],
  ["(shop)/checkout", "search", "Checkout"],
  ["dashboard", "counter", "Dashboard"],
  ["dashboard/profile", "static", "Profile"],
  ["dashboard/billing", "styled", "Billing"],
  ["dashboard/team", "static", "Team"],
  ["dashboard/analytics", "counter", "Analytics"],
  ["dashboard/projects/[id]", "dynamic:id", "Project"],
  ["dashboard/settings", "static", "Settings"],
  ["dashboard/settings/notifications", "static", "Notifications"],
];
const LAYOUTS = ["(marketing)", "(legal)", "blog", "docs", "(shop)", "dashboard", "dashboard/settings"];

// Links shown by the client nav; a mix of static and dynamic URLs.
const NAV = ["/", "/about", "/pricing", "/features", "/blog", "/blog/hello-world", "/docs/guide/intro", "/products", "/dashboard"];

const paragraph = (title, n) =>
  `${title} section ${n}: a fixed paragraph of filler text so every page renders a realistic amount of markup.`;

function sections(title) {
  return [1, 2, 3].map((n) => `      <Card title="${title} ${n}">${paragraph(title, n)}</Card>`).join("\n");
}

function pageFile(route, kind, title) {
  const depth = route === "" ? 1 : route.split("/").length + 1;
  const up = "../".repeat(depth); // from app/<route>/page.tsx back to the app root
  const name = title.replace(/\W/g, "") + "Page";
  const imports = [`import { Card } from "${up}components/card";`];
  let body = sections(title);
  let signature = `export default function ${name}()`;

  if (kind === "home") {
    imports.push(`import { Counter } from "${up}components/counter";`, `import styles from "${up}styles/home.module.css";`);
    body = `      <p className={styles.hero}>Welcome to the benchmark app.</p>\n      <Counter label="home" />\n${body}`;
  } else if (kind === "counter") {
    imports.push(`import { Counter } from "${up}components/counter";`);
    body = `      <Counter label="${title}" />\n${body}`;
  } else if (kind === "search") {
    imports.push(`import { SearchBox } from "${up}components/search-box";`);
    body = `      <SearchBox />\n${body}`;
  } else if (kind === "styled") {
    imports.push(`import styles from "${up}styles/page.module.css";`);
    body = `      <div className={styles.grid}>\n${body}\n      </div>`;
  } else if (kind.includes(":")) {
    // Next 15+ passes params as a Promise; the page awaits it.
    const [shape, param] = kind.split(":");
    const type = shape === "catchall" ? "string[]" : "string";
    const shown = shape === "catchall" ? `params.${param}.join(" / ")` : `params.${param}`;
    signature = `export default async function ${name}(props: { params: Promise<{ ${param}: ${type} }> })`;
    body = `      <p>Param: {${shown}}</p>\n${body}`;
    return [
      ...imports,
      "",
      `${signature} {`,
      `  const params = await props.params;`,
      `  return (`,
      `    <main>`,
      `      <h1>${title}</h1>`,
      body,
      `    </main>`,
      `  );`,
      `}`,
      "",
    ].join("\n");
  }
  return [...imports, "", `${signature} {`, `  return (`, `    <main>`, `      <h1>${title}</h1>`, body, `    </main>`, `  );`, `}`, ""].join("\n");
}

function layoutFile(segment) {
  const up = "../".repeat(segment.split("/").length + 1);
  const label = segment.replace(/[()]/g, "").replace(/\//g, " ");
  const name = label.replace(/(^|\s)(\w)/g, (_, __, c) => c.toUpperCase()) + "Layout";
  return `import type { ReactNode } from "react";
import styles from "${up}styles/section.module.css";

export default function ${name}({ children }: { children: ReactNode }) {
  return (
    <section className={styles.section} data-layout="${segment}">
      <p className={styles.label}>${label}</p>
      {children}
    </section>
  );
}
`;
}

const FILES = {
  "package.json": JSON.stringify({ name: "bench-app", private: true }, null, 2) + "\n",
  // The shape `next build` expects; it may add fields to it, which is harmless.
  "tsconfig.json": JSON.stringify(
    {
      compilerOptions: {
        target: "ES2017",
        lib: ["dom", "dom.iterable", "esnext"],
        allowJs: true,
        skipLibCheck: true,
        strict: true,
        noEmit: true,
        esModuleInterop: true,
        module: "esnext",
        moduleResolution: "bundler",
        resolveJsonModule: true,
        isolatedModules: true,
        jsx: "react-jsx",
        incremental: true,
        plugins: [{ name: "next" }],
      },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
      exclude: ["node_modules"],
    },
    null,
    2,
  ) + "\n",
  "public/robots.txt": "User-agent: *\nAllow: /\n",
  "public/logo.svg":
    '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" rx="6" fill="#0070f3"/></svg>\n',
  "app/globals.css": `*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, sans-serif; color: #111; background: #fafafa; }
header { display: flex; gap: 1rem; align-items: center; padding: 1rem 2rem; border-bottom: 1px solid #ddd; }
main { padding: 2rem; max-width: 960px; margin: 0 auto; }
a { color: #0070f3; text-decoration: none; }
a[aria-current="page"] { font-weight: 700; text-decoration: underline; }
`,
  "app/layout.tsx": `import type { ReactNode } from "react";
import { NavLinks } from "../components/nav-links";
import "./globals.css";

export const metadata = { title: "Bench app" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <img src="/logo.svg" alt="" width={32} height={32} />
          <NavLinks />
        </header>
        {children}
        <footer>Generated benchmark app</footer>
      </body>
    </html>
  );
}
`,
  "components/card.tsx": `import type { ReactNode } from "react";
import styles from "../styles/card.module.css";

// A server component: it must not reach the client bundle.
export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className={styles.card}>
      <h2 className={styles.title}>{title}</h2>
      <p>{children}</p>
    </article>
  );
}
`,
  "components/counter.tsx": `"use client";
import { useState } from "react";

export function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {label}: {count}
    </button>
  );
}
`,
  "components/nav-links.tsx": `"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = ${JSON.stringify(NAV)};

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav>
      {LINKS.map((href) => (
        <Link key={href} href={href} aria-current={pathname === href ? "page" : undefined} style={{ marginRight: 12 }}>
          {href}
        </Link>
      ))}
    </nav>
  );
}
`,
  "components/search-box.tsx": `"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";

export function SearchBox() {
  const router = useRouter();
  const [query, setQuery] = useState("");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        router.push("/docs/search/" + encodeURIComponent(query));
      }}
    >
      <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search" />
      <button type="submit">Go</button>
    </form>
  );
}
`,
  "styles/home.module.css": ".hero { font-size: 1.5rem; padding: 1rem; background: #eef5ff; border-radius: 8px; }\n",
  "styles/page.module.css": ".grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 1rem; }\n",
  "styles/card.module.css": ".card { padding: 1rem; margin: 1rem 0; background: #fff; border: 1px solid #e5e5e5; border-radius: 8px; }\n.title { margin: 0 0 .5rem; font-size: 1.1rem; }\n",
  "styles/section.module.css": ".section { border-left: 4px solid #0070f3; }\n.label { margin: 0; padding: .5rem 2rem; color: #666; text-transform: uppercase; font-size: .8rem; }\n",
};

/** Writes the app into `dir`, replacing whatever was there. Returns the number of routes. */
export function generateApp(dir) {
  rmSync(dir, { recursive: true, force: true });
  const files = { ...FILES };
  for (const [route, kind, title] of ROUTES) files[join("app", route, "page.tsx")] = pageFile(route, kind, title);
  for (const segment of LAYOUTS) files[join("app", segment, "layout.tsx")] = layoutFile(segment);
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return ROUTES.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) {
    console.error("usage: node bench/generate.mjs <targetDir>");
    process.exit(1);
  }
  const count = generateApp(resolve(target));
  console.log(`generated ${count} routes into ${resolve(target)}`);
}
