// Image files drawn at build time (icon.tsx, opengraph-image.tsx in a folder
// without dynamic segments) next to ones that stay per request (request/).
export default function StampPage() {
  return <h1 data-testid="og-stamp">Stamped images</h1>;
}
