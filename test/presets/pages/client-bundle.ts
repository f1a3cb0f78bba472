// Server-only exports and what only they import never reach the browser.
// Next: test/integration/ssg-data-tree-shaking, test/integration/getserversideprops
// (server code absent from client chunks).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { PagesSuiteContext } from "../pages-suite";
import { isBuild } from "../_suite";

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

const SECRET = "vinext-pages-server-secret-8c1f";

export default function clientBundle({ target }: PagesSuiteContext) {
  // Reads the client chunks in .output: builds only (dev has no bundle on disk).
  it.skipIf(!isBuild(target))("keeps getServerSideProps/getStaticProps and their imports out of every client chunk", () => {
    const client = files(join(target.dir, ".output/public"), /\.(m?js)$/);
    expect(client.length).toBeGreaterThan(3);
    const leaking = client.filter((file) => readFileSync(file, "utf8").includes(SECRET));
    expect(leaking).toEqual([]);
    for (const file of client) {
      const code = readFileSync(file, "utf8");
      expect(code, file).not.toMatch(/getServerSideProps|getStaticPaths|loadPosts/);
    }
    // The server output does have it (so the check above can fail).
    const server = files(join(target.dir, ".output/server"), /\.(m?js)$/);
    expect(server.some((file) => readFileSync(file, "utf8").includes(SECRET))).toBe(true);
  });
}
