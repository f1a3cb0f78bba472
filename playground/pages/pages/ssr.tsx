import type { GetServerSideProps } from "next";
import { useRouter } from "next/router";
import { loadPosts } from "../lib/secret-db";

interface Props {
  time: number;
  query: Record<string, unknown>;
  resolvedUrl: string;
  reqUrl: string;
  posts: number;
  cookie: string | null;
  method: string;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query, resolvedUrl, req, res }) => {
  res.setHeader("x-gssp", "yes");
  return {
    props: {
      time: Date.now() + Math.random(),
      query,
      resolvedUrl,
      reqUrl: req.url ?? "",
      posts: loadPosts().length,
      cookie: req.cookies.flavour ?? null,
      method: req.method ?? "",
    },
  };
};

export default function Ssr(props: Props) {
  const router = useRouter();
  return (
    <main>
      <h1 data-testid="ssr-title">Server-side rendered</h1>
      <p data-testid="ssr-time">{props.time}</p>
      <p data-testid="ssr-query">{JSON.stringify(props.query)}</p>
      <p data-testid="ssr-resolved">{props.resolvedUrl}</p>
      <p data-testid="ssr-req-url">{props.reqUrl}</p>
      <p data-testid="ssr-posts">{props.posts}</p>
      <p data-testid="ssr-cookie">{String(props.cookie)}</p>
      <p data-testid="ssr-as-path">{router.asPath}</p>
      <p data-testid="ssr-method">{props.method}</p>
    </main>
  );
}
