// The root not-found UI: unknown URLs, and notFound() with no nearer not-found.tsx,
// render this inside the root layout with status 404 (Next: test/e2e/app-dir/not-found/basic).
import Link from "next/link";

export default function RootNotFound() {
  return (
    <section>
      <h2 data-testid="root-not-found">Nothing lives at this address</h2>
      <Link href="/">Back home</Link>
    </section>
  );
}
