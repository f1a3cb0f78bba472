// Package build: the plugin and CLI are bundled; request-time code is copied
// file-to-file so 'use client' directives and module boundaries survive.
import { defineBuildConfig } from "unbuild";

const fileToFile = (dir: string) => ({
  builder: "mkdist" as const,
  input: `src/${dir}`,
  outDir: `dist/${dir}`,
  format: "esm" as const,
  ext: "mjs" as const,
  declaration: false,
  esbuild: { jsx: "automatic" as const, target: "es2022" },
});

export default defineBuildConfig({
  entries: [
    "src/index",
    "src/cli/index",
    fileToFile("runtime"),
    fileToFile("shims"),
    fileToFile("storage"),
    fileToFile("nitro/runtime"),
  ],
  declaration: "node16",
  // No clean: parallel test runs rebuild while others read dist/.
  clean: false,
  rollup: { emitCJS: false, inlineDependencies: false },
  externals: [/^virtual:/, /^nitro/, /^@vitejs\//, /^react/, "vite"],
  failOnWarn: false,
});
