import { useRouter } from "next/router";

export default function Optional() {
  const { query, isReady } = useRouter();
  return (
    <main>
      <p data-testid="opt-slug">{Array.isArray(query.slug) ? query.slug.join("/") : "(none)"}</p>
      <p data-testid="opt-ready">{isReady ? "ready" : "not-ready"}</p>
    </main>
  );
}
