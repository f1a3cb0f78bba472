import { useRouter } from "next/router";
import { useEffect, useState } from "react";

// Shallow routing: the URL and query change, data functions do not run, state stays (Next: test/integration/client-navigation shallow).
export async function getServerSideProps() {
  return { props: { renderedAt: Date.now() + Math.random() } };
}

export default function Shallow({ renderedAt }: { renderedAt: number }) {
  const router = useRouter();
  // Set once per mount (after hydration, so server and client markup match).
  const [mounted, setMounted] = useState<number>();
  useEffect(() => setMounted(Math.random()), []);
  const [renders, setRenders] = useState(0);
  useEffect(() => setRenders((n) => n + 1), [router.asPath]);
  return (
    <main>
      <p data-testid="shallow-rendered-at">{renderedAt}</p>
      <p data-testid="shallow-mounted">{mounted}</p>
      <p data-testid="shallow-query">{JSON.stringify(router.query)}</p>
      <p data-testid="shallow-as-path">{router.asPath}</p>
      <p data-testid="shallow-renders">{renders}</p>
      <button id="shallow-push" onClick={() => router.push("/shallow?step=2", undefined, { shallow: true })}>shallow</button>
      <button id="deep-push" onClick={() => router.push("/shallow?step=3")}>deep</button>
    </main>
  );
}
