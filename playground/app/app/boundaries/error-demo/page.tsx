import { cookies } from "next/headers";

// Fails until the `recovered` cookie is set (test/e2e/boundaries.test.ts recovers with refresh + reset).
// It reads cookies() first, so the build treats it as dynamic instead of failing on the throw.
export default async function ThrowingPage() {
  if ((await cookies()).get("recovered")?.value !== "1") throw new Error("secret failure detail from the error demo");
  return <p data-testid="error-demo-recovered">Recovered</p>;
}
