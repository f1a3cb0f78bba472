// next/error rendered by a Server Component; `?code=` and `?title=` pick what it shows.
import ErrorPage from "next/error";

export default async function ErrorDemo({ searchParams }: { searchParams: Promise<{ code?: string; title?: string }> }) {
  const { code = "404", title } = await searchParams;
  return <ErrorPage statusCode={Number(code)} title={title} />;
}
