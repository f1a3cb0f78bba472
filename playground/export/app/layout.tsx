import Link from "next/link";

export const metadata = { title: "vinext static export" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav>
          <Link href="/" data-testid="nav-home">Home</Link> <Link href="/about" data-testid="nav-about">About</Link>{" "}
          <Link href="/posts/first" data-testid="nav-first">First post</Link>{" "}
          <Link href="/posts/second" data-testid="nav-second">Second post</Link> <a href="/legacy" data-testid="nav-legacy">Legacy page</a>
        </nav>
        {children}
      </body>
    </html>
  );
}
