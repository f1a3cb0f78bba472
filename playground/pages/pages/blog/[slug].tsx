import type { GetStaticPaths, GetStaticProps } from "next";
import { loadPosts } from "../../lib/secret-db";

// "/blog/world" (no locale) is for the default locale only; "hello" is listed for every locale.
export const getStaticPaths: GetStaticPaths = async ({ locales = [] }) => ({
  paths: [...locales.map((locale) => ({ params: { slug: "hello" }, locale })), "/blog/world"],
  fallback: false,
});

export const getStaticProps: GetStaticProps = async ({ params }) => {
  const post = loadPosts().find((p) => p.slug === params?.slug);
  if (!post) return { notFound: true };
  return { props: { post, builtAt: Date.now() }, revalidate: 60 };
};

export default function Post({ post, builtAt }: { post: { slug: string; title: string }; builtAt: number }) {
  return (
    <main>
      <h1 data-testid="post-title">{post.title}</h1>
      <p data-testid="post-built">{builtAt}</p>
    </main>
  );
}
