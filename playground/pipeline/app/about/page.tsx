// Static: pre-rendered at build, still behind middleware and config rules.
export default function About() {
  return <h1 data-testid="title">About</h1>;
}
