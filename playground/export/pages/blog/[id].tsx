import Link from "next/link";

export async function getStaticPaths() {
  return { paths: [{ params: { id: "one" } }, { params: { id: "two" } }], fallback: false };
}

export async function getStaticProps({ params }: { params: { id: string } }) {
  return { props: { id: params.id, builtAt: "build time" } };
}

export default function BlogPost({ id, builtAt }: { id: string; builtAt: string }) {
  return (
    <main>
      <h1 data-testid="title">Blog {id}</h1>
      <p data-testid="built">{builtAt}</p>
      <Link href={id === "one" ? "/blog/two" : "/blog/one"} data-testid="to-other">Other post</Link>
      <Link href="/legacy" data-testid="to-legacy">Legacy</Link>
    </main>
  );
}
