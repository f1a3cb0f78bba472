import Link from "next/link";

export default function Legacy() {
  return (
    <main>
      <h1 data-testid="title">Legacy page</h1>
      <Link href="/blog/one" data-testid="to-blog-one">Blog one</Link>
    </main>
  );
}
