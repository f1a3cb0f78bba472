// Where middleware rewrites /data/rewrite-me (a different page from the one the URL matches).
import type { GetServerSideProps } from "next";

export const getServerSideProps: GetServerSideProps<{ from: string }> = async () => ({ props: { from: "data-target" } });

export default function DataTarget({ from }: { from: string }) {
  return <h1 data-testid="title">Data target ({from})</h1>;
}
