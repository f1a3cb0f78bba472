// next/font/local: the build-time transform (src/vite/transforms/font.ts) replaces
// every `localFont({...})` call with `createFont(...)`. A call it could not see
// (not a module-scope const) ends up here and fails with how to fix it.
export { createFont, type NextFont, type NextFontWithVariable } from "./font-shared";

export default function localFont(): never {
  throw new Error("[vinext] next/font/local: localFont() must be called at module scope and assigned to a const (const myFont = localFont({ src: './my-font.woff2' })), so vinext can load the font at build time.");
}
