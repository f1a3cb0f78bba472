import Link from "next/link";

export function Nav() {
  return (
    <nav>
      <Link href="/" id="link-home">Home</Link> | <Link href="/about" id="link-about">About</Link> |{" "}
      <Link href="/ssr?from=nav" id="link-ssr">SSR</Link> | <Link href="/blog" id="link-blog">Blog</Link> |{" "}
      <Link href={{ pathname: "/blog/[slug]", query: { slug: "hello" } }} id="link-post">Post</Link> |{" "}
      <Link href="/gip" id="link-gip">GIP</Link> | <Link href="/app-page" id="link-app">App page</Link>
    </nav>
  );
}
