import Head from "next/head";

export default function NotFound() {
  return (
    <main>
      <Head>
        <title>Pages 404</title>
      </Head>
      <h1 data-testid="custom-404">Custom pages 404 — This page could not be found</h1>
    </main>
  );
}
