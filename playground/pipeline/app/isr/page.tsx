// ISR behind middleware and config rules: pre-rendered at build, then served
// from the ISR store (test/presets/pipeline/static-files.ts).
export const revalidate = 3600;

export default function Isr() {
  return (
    <main>
      <h1 data-testid="title">ISR</h1>
      <p data-testid="rendered-at">{Date.now()}</p>
    </main>
  );
}
