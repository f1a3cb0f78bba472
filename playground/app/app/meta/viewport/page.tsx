export async function generateViewport() {
  return { maximumScale: 1, userScalable: false, themeColor: "red" };
}

export default function ViewportPage() {
  return <h1 data-testid="meta-viewport">Viewport</h1>;
}
