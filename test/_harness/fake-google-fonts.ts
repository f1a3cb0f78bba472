// A stand-in for the Google Fonts CSS2 API and its font host on 127.0.0.1 (the test
// machine has no internet): answers /css2?family=Name:ital,wght@... with one
// @font-face per style, weight and subset (latin, cyrillic) in Google's layout and
// serves the woff2 files it names (Noto Sans from @fontsource/noto-sans, OFL).
// Unknown families get Google's 400. vinext reaches it through VINEXT_GOOGLE_FONTS_URL.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";

const fontsDir = join(dirname(createRequire(import.meta.url).resolve("@fontsource/noto-sans/package.json")), "files");

const FAMILIES = ["Inter", "Roboto Mono", "Noto Sans"];
const SUBSETS: Record<string, string> = {
  cyrillic: "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116",
  latin: "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
};

export interface FakeGoogleFonts {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  stop: () => Promise<void>;
}

/** The (ital, wght) tuples of a CSS2 family spec such as "Inter:ital,wght@0,400;1,700". */
function tuples(spec: string): { italic: boolean; weight: string }[] {
  const [, axes] = spec.split(":");
  if (!axes) return [{ italic: false, weight: "400" }];
  const [names, values] = axes.split("@") as [string, string];
  const keys = names.split(",");
  return values.split(";").map((tuple) => {
    const parts = tuple.split(",");
    const get = (k: string) => parts[keys.indexOf(k)];
    return { italic: get("ital") === "1", weight: (get("wght") ?? "400").replace("..", " ") };
  });
}

function fontFile(subset: string, weight: string, italic: boolean): Buffer {
  const w = Number(weight.split(" ")[0]) >= 600 ? 700 : 400;
  return readFileSync(join(fontsDir, `noto-sans-${subset}-${w}-${italic ? "italic" : "normal"}.woff2`));
}

export async function startFakeGoogleFonts(): Promise<FakeGoogleFonts> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname + url.search);
    const file = /^\/s\/[\w-]+\/(\w+)-(\d+(?:-\d+)?)-(normal|italic)\.woff2$/.exec(url.pathname);
    if (file) {
      try {
        const bytes = fontFile(file[1]!, file[2]!.replace("-", " "), file[3] === "italic");
        return res.writeHead(200, { "content-type": "font/woff2", "access-control-allow-origin": "*" }).end(bytes);
      } catch (error) {
        return res.writeHead(500).end(String(error));
      }
    }
    if (url.pathname !== "/css2") return res.writeHead(404).end("not found");
    let css = "";
    for (const spec of url.searchParams.getAll("family")) {
      const family = spec.split(":")[0]!;
      if (!FAMILIES.includes(family)) return res.writeHead(400, { "content-type": "text/html" }).end(`Font family not found: ${family}`);
      for (const { italic, weight } of tuples(spec)) {
        for (const [subset, range] of Object.entries(SUBSETS)) {
          const path = `/s/${family.replace(/ /g, "-").toLowerCase()}/${subset}-${weight.replace(" ", "-")}-${italic ? "italic" : "normal"}.woff2`;
          css += `/* ${subset} */\n@font-face {\n  font-family: '${family}';\n  font-style: ${italic ? "italic" : "normal"};\n  font-weight: ${weight};\n  font-display: ${url.searchParams.get("display") ?? "auto"};\n  src: url(http://${req.headers.host}${path}) format('woff2');\n  unicode-range: ${range};\n}\n`;
        }
      }
    }
    res.writeHead(200, { "content-type": "text/css; charset=utf-8" }).end(css);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
