// The Pages Router conformance suite over playground/pages (a pages/ app with a
// hybrid app/ folder), run against every preset's output like _suite.ts does for
// the App Router playground. The assertions live in pages/*.ts, one file per area.
import { afterAll, beforeAll, describe } from "vitest";
import type { RunningServer } from "../_harness/servers";
import { serverFetchers, type PresetTarget } from "./_suite";

export interface PagesSuiteContext {
  target: PresetTarget;
  server: () => RunningServer;
  /** fetch without following redirects. */
  get: (path: string, init?: RequestInit) => Promise<Response>;
  /** GET `path`, assert the status, return the body. */
  html: (path: string, status?: number) => Promise<string>;
  /** The build id, read from a page's __NEXT_DATA__. */
  buildId: () => Promise<string>;
}

/** The parsed `__NEXT_DATA__` of a Pages Router document. */
export function nextData(html: string): Record<string, unknown> & { props: { pageProps: Record<string, unknown> }; page: string; buildId: string } {
  const match = /<script id="__NEXT_DATA__" type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error(`no __NEXT_DATA__ in ${html.slice(0, 300)}`);
  return JSON.parse(match[1]!);
}

const areas = import.meta.glob<{ default: (ctx: PagesSuiteContext) => void }>("./pages/*.ts", { eager: true });

export function pagesSuite(target: PresetTarget) {
  describe(`${target.name}: pages playground`, () => {
    let server: RunningServer;
    let id: string | undefined;
    const { get, html } = serverFetchers(() => server);
    const buildId = async () => (id ??= nextData(await html("/ssr")).buildId);

    beforeAll(async () => {
      server = await target.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    for (const [file, area] of Object.entries(areas)) {
      describe(file.replace(/^\.\/pages\/|\.ts$/g, ""), () => area.default({ target, server: () => server, get, html, buildId }));
    }
  });
}
