// A static page beside the [...slug] catch-all: static wins for /docs/intro only.
export default function DocsIntro() {
  return <h1 data-testid="docs-intro">Docs introduction</h1>;
}
