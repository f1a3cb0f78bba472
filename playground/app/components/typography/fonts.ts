// A font declarations module reached only through barrels (index.ts): the page that
// uses it imports neither this file nor any CSS (src/vite/fonts/hoist-css.ts).
import localFont from "next/font/local";

export const display = localFont({
  src: "../../fonts/noto-sans-latin-700-normal.woff2",
  weight: "700",
  variable: "--font-display",
  display: "swap",
});
