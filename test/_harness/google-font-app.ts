// A small app using next/font/google in the App Router (a font declarations module
// shared by a page) and the Pages Router; built and served against the fake Google
// Fonts server by test/presets/font-google.test.ts and test/dev/font-google.test.ts.
import { MINIMAL_LAYOUT } from "./tmp-app";

export const GOOGLE_FONT_APP = {
  "app/layout.tsx": MINIMAL_LAYOUT,
  "app/fonts.ts": `import { Inter, Roboto_Mono } from "next/font/google";
export const inter = Inter({ subsets: ["latin"], weight: ["400", "700"], variable: "--font-inter", display: "swap" });
export const mono = Roboto_Mono({ subsets: ["latin"], weight: "400", style: ["normal", "italic"], fallback: ["monospace"], display: "optional", preload: false });
`,
  // The page imports no CSS of its own: the font rules reach it through the
  // declarations module (src/vite/fonts/hoist-css.ts).
  "app/page.tsx": `import { inter, mono } from "./fonts";
export default function Page() {
  return (
    <main className={inter.variable}>
      <h1 className={inter.className} data-testid="inter">Inter from Google, self-hosted</h1>
      <p style={mono.style} data-testid="mono">Roboto Mono</p>
      <pre data-testid="values">{JSON.stringify({ inter, mono })}</pre>
    </main>
  );
}
`,
  "pages/legacy.tsx": `import { Inter } from "next/font/google";
const inter = Inter({ subsets: ["latin"], weight: "400" });
export default function Legacy() { return <p className={inter.className} data-testid="legacy">Pages Router</p>; }
`,
};
