// `ssr: false` in a Server Component is an error in Next. Only `?ssr=false`
// triggers it (in render), so the route itself stays buildable.
import dynamic from "next/dynamic";

export default async function ServerSsrFalse({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { ssr } = await searchParams;
  const Text = dynamic(() => import("../server-text"), { ssr: ssr !== "false" });
  return <Text testId="server-ssr-false" />;
}
