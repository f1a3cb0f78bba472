// unstable_rethrow in a catch-all try/catch: Next's own control flow (notFound,
// redirect, dynamic-API bailouts) passes through, other errors are handled here.
// Next: test/e2e/app-dir/unstable-rethrow; asserted in test/presets/suites/request-apis.ts.
import { cookies } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";

export default async function Rethrow({ searchParams }: { searchParams: Promise<{ go?: string }> }) {
  const { go } = await searchParams;
  try {
    if (go === "missing") notFound();
    if (go === "away") redirect("/about");
    if (go === "boom") throw new Error("an ordinary failure");
    const theme = (await cookies()).get("theme")?.value ?? "(none)";
    return <p data-testid="rethrow">rendered, theme {theme}</p>;
  } catch (error) {
    unstable_rethrow(error);
    return <p data-testid="rethrow">handled: {(error as Error).message}</p>;
  }
}
