// The value a next/font call site becomes at build time (src/vite/transforms/font.ts
// writes `createFont({...})` there): class name, style and variable, each of which
// asks React to preload the font files when read during a render, so a route
// preloads exactly the fonts it renders (<link rel="preload" as="font"> in <head>).
import { preload } from "react-dom";

export interface FontData {
  className: string;
  style: { fontFamily: string; fontWeight?: number; fontStyle?: string };
  variable?: string;
  /** Hashed URLs of the files to preload (empty with preload: false). */
  files: string[];
}

export interface NextFont {
  readonly className: string;
  readonly style: FontData["style"];
}
export interface NextFontWithVariable extends NextFont {
  readonly variable: string;
}

/**
 * @example const inter = createFont({ className: "__className_a1b2c3", style: { fontFamily: "'__Inter_a1b2c3'" }, files: [url] });
 */
export function createFont(data: FontData): NextFont & { readonly variable?: string } {
  // Outside a render (module scope, an event handler) React has no request and ignores the call.
  const use = () => {
    for (const href of data.files) preload(href, { as: "font", type: `font/${href.slice(href.lastIndexOf(".") + 1)}`, crossOrigin: "anonymous" });
  };
  const font = {
    get className() {
      use();
      return data.className;
    },
    get style() {
      use();
      return data.style;
    },
  };
  if (data.variable === undefined) return font;
  return Object.defineProperty(font, "variable", {
    enumerable: true,
    get() {
      use();
      return data.variable;
    },
  });
}
