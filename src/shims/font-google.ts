// next/font/google: the build-time transform (src/vite/transforms/font.ts) replaces
// every `Inter({...})` call and this import with `createFont(...)`; the module only
// provides that helper and the types.
export { createFont, type NextFont, type NextFontWithVariable } from "./font-shared";
