// A Server Component loaded through next/dynamic.
export default async function ServerText({ testId }: { testId: string }) {
  return <p data-testid={testId}>dynamic on server ({typeof window === "undefined" ? "rendered on the server" : "browser"})</p>;
}
