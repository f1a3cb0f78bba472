import Head from "next/head";
import Link from "next/link";
import { useRouter } from "next/router";

export default function Home() {
  const router = useRouter();
  return (
    <main>
      <Head>
        <title>Pages home</title>
      </Head>
      <h1 data-testid="home-title">Pages Router home</h1>
      <p data-testid="home-ready">{router.isReady ? "ready" : "not-ready"}</p>
      <p data-testid="home-query">{JSON.stringify(router.query)}</p>
      <ul>
        <li><Link href="/ssr?x=1" id="to-ssr">ssr</Link></li>
        <li>{/* /blog/world exists for the default locale only: link there from every locale. */}
          <Link href="/blog/world" locale={false} id="to-world">world</Link></li>
        <li><Link href="/fallback/new-one" id="to-fallback">fallback</Link></li>
        <li><Link href="/ssr-redirect" id="to-redirect">redirecting page</Link></li>
        <li><Link href="/ssr-not-found" id="to-not-found">not found</Link></li>
        <li><Link href="/shallow" id="to-shallow">shallow</Link></li>
        <li><Link href="/long" id="to-long">long</Link></li>
        <li><Link href="/hybrid/static" id="to-hybrid-app">hybrid app route</Link></li>
        <li><Link href="/router-api" id="to-router-api">router api</Link></li>
      </ul>
    </main>
  );
}
