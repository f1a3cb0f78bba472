// Most Metadata API fields at once (Next: test/e2e/app-dir/metadata "basic", "robots",
// "verification", "apple", "twitter", "icons" fixtures).
export const metadata = {
  title: "Everything",
  applicationName: "vinext playground",
  generator: "vinext",
  referrer: "origin-when-cross-origin",
  authors: [{ name: "Ada" }, { name: "Grace", url: "https://grace.example" }],
  creator: "Ada",
  publisher: "vinext",
  category: "technology",
  robots: { index: false, follow: true, nocache: true, googleBot: { index: true, follow: false, "max-image-preview": "large", "max-snippet": -1 } },
  alternates: { canonical: "/meta/full", types: { "application/rss+xml": "/feed.xml" } },
  verification: { google: "g-token", other: { me: ["my-email", "my-link"] } },
  formatDetection: { telephone: false, email: false, address: true },
  appleWebApp: { title: "Playground", statusBarStyle: "black-translucent" },
  twitter: { card: "summary", site: "@vinext", creator: "@ada", title: "Tweet title", images: [{ url: "/tw.png", alt: "tweet image" }] },
  icons: { icon: [{ url: "/custom-icon.png", sizes: "48x48", type: "image/png" }], apple: "/custom-apple.png", shortcut: "/shortcut.png" },
  other: { "custom-tag": ["one", "two"] },
  pagination: { previous: "/meta/full?page=1", next: "/meta/full?page=3" },
};

export default function FullPage() {
  return <h1 data-testid="meta-full">Everything</h1>;
}
