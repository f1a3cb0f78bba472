// Metadata playground (Next: test/e2e/app-dir/metadata). The template here
// applies to child segments, not to meta/page.tsx in the same folder.
import Link from "next/link";

export const metadata = {
  metadataBase: new URL("https://vinext.example"),
  title: { template: "%s | Meta", default: "Meta section" },
  description: "Metadata examples",
  keywords: ["vinext", "metadata"],
  alternates: { canonical: "./", languages: { "de-DE": "./de" } },
  openGraph: { title: { template: "%s · OG", default: "Meta OG" }, siteName: "vinext", type: "website" },
};

export const viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#000000" },
  ],
  colorScheme: "light dark",
};

export default function MetaLayout({ children }: { children: React.ReactNode }) {
  return (
    <section data-testid="meta-layout">
      <nav>
        <Link href="/meta">Overview</Link> | <Link href="/meta/nested">Nested</Link> | <Link href="/meta/hello?q=link">Post</Link> |{" "}
        <Link href="/meta/viewport">Viewport</Link>
      </nav>
      {children}
    </section>
  );
}
