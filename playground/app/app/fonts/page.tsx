// next/font/local: class name, style object and CSS variable, with the @font-face
// rules in the page's CSS and the files preloaded (test/presets/suites/fonts.ts,
// test/e2e/font-cls.test.ts). Mirrors Next's test/e2e/next-font/app/pages/with-local-fonts.js.
import localFont from "next/font/local";
import { FontClient } from "./font-client";

const noto = localFont({
  src: [
    { path: "../../fonts/noto-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../../fonts/noto-sans-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-noto",
  display: "swap",
});

const notoPlain = localFont({
  src: "../../fonts/noto-sans-latin-400-normal.woff2",
  weight: "400",
  fallback: ["system-ui", "Arial"],
  adjustFontFallback: false,
  preload: false,
});

export const metadata = { title: "Fonts" };

// Enough running text that a font swap which changed line widths or heights would
// move everything below it (what test/e2e/font-cls.test.ts measures).
const ARTICLE = [
  "Web fonts arrive after the first paint more often than not. Until they do, the browser draws the text in a fallback font, and when the real font swaps in every line may grow or shrink, pushing the rest of the page around.",
  "next/font avoids that jump in two ways. The font files are preloaded from the head of the first response, so they start downloading before the stylesheet is even parsed, and the fallback face is stretched to the same average width, ascent and descent as the web font.",
  "The stretch factors come from the font file itself: its units per em, its vertical metrics and the advance widths of the letters that make up ordinary English text, weighted by how often they occur.",
  "With those overrides in place, a paragraph set in the fallback wraps at nearly the same words and takes the same height as the finished one, so the swap is barely visible and the layout does not move.",
];

export default function FontsPage() {
  return (
    <section className={noto.variable}>
      <h1 className={noto.className} data-testid="font-title">
        Self-hosted fonts without layout shift
      </h1>
      <p className={noto.className} data-testid="font-body">
        The quick brown fox jumps over the lazy dog. Text set in Noto Sans from a local woff2 file, with a size-adjusted Arial fallback while it loads.
      </p>
      <div className={noto.className} data-testid="font-article">
        {ARTICLE.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
      <p style={notoPlain.style} data-testid="font-style">
        Styled through the style object, with system-ui and Arial as fallbacks.
      </p>
      <p style={{ fontFamily: "var(--font-noto)" }} data-testid="font-variable">
        Styled through the CSS variable.
      </p>
      <pre data-testid="font-values">{JSON.stringify({ noto, notoPlain })}</pre>
      <FontClient />
    </section>
  );
}
