import Link from "next/link";
import { loadPosts } from "../../lib/secret-db";

export async function getStaticProps() {
  return { props: { posts: loadPosts(), builtAt: Date.now() } };
}

export default function Blog({ posts, builtAt }: { posts: { slug: string; title: string }[]; builtAt: number }) {
  return (
    <main>
      <h1 data-testid="blog-title">Blog</h1>
      <p data-testid="blog-built">{builtAt}</p>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link href={`/blog/${post.slug}`}>{post.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
