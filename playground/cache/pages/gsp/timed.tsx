// Pages Router ISR: getStaticProps with `revalidate: 2`.
export async function getStaticProps() {
  return { props: { stamp: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` }, revalidate: 2 };
}

export default function GspTimed({ stamp }: { stamp: string }) {
  return (
    <main>
      <h1>GSP timed</h1>
      <span data-testid="stamp">{stamp}</span>
    </main>
  );
}
