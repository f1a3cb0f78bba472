// strategy="worker" needs Partytown, which vinext does not support: a clear
// error. Only `?strategy=worker` renders it, so the route itself stays buildable.
import Script from "next/script";

type Strategy = "afterInteractive" | "worker";

export default async function WorkerScriptPage({ searchParams }: { searchParams: Promise<{ strategy?: Strategy }> }) {
  const { strategy = "afterInteractive" } = await searchParams;
  return (
    <section>
      <h1 data-testid="script-worker-title">worker strategy</h1>
      <Script src="/client-modules/after.js" strategy={strategy} />
    </section>
  );
}
