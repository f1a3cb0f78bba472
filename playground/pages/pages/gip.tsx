import type { NextPageContext } from "next";

function Gip({ from, query }: { from: string; query: Record<string, unknown> }) {
  return (
    <main>
      <p data-testid="gip-from">{from}</p>
      <p data-testid="gip-query">{JSON.stringify(query)}</p>
    </main>
  );
}

Gip.getInitialProps = async ({ req, query }: NextPageContext) => ({ from: req ? "server" : "client", query });

export default Gip;
