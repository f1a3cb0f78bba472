import { cookies, headers } from "next/headers";

export default async function EchoPage() {
  const h = await headers();
  const c = await cookies();
  return (
    <pre data-testid="echo">{JSON.stringify({ fromMiddleware: h.get("x-from-middleware"), cookie: c.get("mw-cookie")?.value ?? null })}</pre>
  );
}
