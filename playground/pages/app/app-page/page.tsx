import Link from "next/link";

// An App Router page in the hybrid project: links to pages/ are document navigations.
// prefetch={false}: the App Router client currently turns a *prefetch* of a non-Flight
// answer into a navigation (src/runtime/client/flight-fetch.ts), so a prefetched link
// to a pages/ page would leave this page on its own.
export default function AppPage() {
  return (
    <main>
      <h1 data-testid="app-page-title">An App Router page</h1>
      <Link href="/about" id="app-to-about" prefetch={false}>
        to the pages/about page
      </Link>
    </main>
  );
}
