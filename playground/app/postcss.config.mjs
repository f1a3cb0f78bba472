// A tiny PostCSS plugin proves the project's PostCSS config is honoured:
// it rewrites the custom property value marker into a real colour.
const markPostcss = () => ({
  postcssPlugin: "playground-mark",
  Declaration(decl) {
    if (decl.value === "postcss-marker") decl.value = "rgb(0, 128, 0)";
  },
});
markPostcss.postcss = true;

export default { plugins: [markPostcss()] };
