// app/manifest.ts: served as /manifest.webmanifest and linked from every page's <head>.
export default function manifest() {
  return {
    name: "vinext playground",
    short_name: "vinext",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0070f3",
    icons: [{ src: "/icon.png", sizes: "32x32", type: "image/png" }],
  };
}
