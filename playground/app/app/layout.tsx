import "./globals.css";
import Link from "next/link";
import { Counter } from "../components/counter";

export const metadata = {
  title: { template: "%s | vinext playground", default: "vinext playground" },
  description: "Example app for vinext",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <nav>
            <Link href="/">Home</Link> | <Link href="/about">About</Link> | <Link href="/blog/hello-world">Blog</Link> |{" "}
            <Link href="/docs/getting/started">Docs</Link> | <Link href="/search?q=vite">Search</Link> |{" "}
            <Link href="/dashboard">Dashboard</Link> | <Link href="/pricing">Pricing</Link>
          </nav>
          <Counter label="layout" />
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
