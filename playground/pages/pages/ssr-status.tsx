import type { GetServerSidePropsContext } from "next";

// getServerSideProps may set the status, headers and cookies through `res`.
export async function getServerSideProps({ res }: GetServerSidePropsContext) {
  res.statusCode = 418;
  res.setHeader("cache-control", "public, max-age=60");
  res.setHeader("set-cookie", ["a=1; Path=/", "b=2; Path=/"]);
  return { props: {} };
}

export default function Teapot() {
  return <p data-testid="teapot">I am a teapot</p>;
}
