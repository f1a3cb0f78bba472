// A Pages Router page behind middleware (test/presets/pipeline/pages-data.ts):
// its /_next/data requests reach middleware as this page's URL, and middleware
// rewrites and redirects of them come back in the data-request form
// (Next: test/e2e/middleware-general, test/e2e/middleware-redirects).
import Link from "next/link";
import type { GetServerSideProps } from "next";

interface Props {
  slug: string;
  resolvedUrl: string;
}

export const getServerSideProps: GetServerSideProps<Props> = async (context) => ({
  props: { slug: String(context.params?.slug), resolvedUrl: context.resolvedUrl },
});

export default function DataPage({ slug, resolvedUrl }: Props) {
  return (
    <main>
      <h1 data-testid="title">Data {slug}</h1>
      <p data-testid="resolved-url">{resolvedUrl}</p>
      <Link href="/data/rewrite-me" data-testid="to-data-rewrite">rewritten by middleware</Link>
      <Link href="/data/redirect-me" data-testid="to-data-redirect">redirected by middleware</Link>
      <Link href="/data/other" data-testid="to-data-other">another data page</Link>
      <Link href="/data/config-old" data-testid="to-config-redirect">redirected by next.config</Link>
      <Link href="/data/config-before" data-testid="to-config-rewrite">rewritten by next.config</Link>
    </main>
  );
}
