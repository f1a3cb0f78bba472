// Reads headers() and cookies() above a `dynamic = "force-static"` page: both read
// empty and the page is still pre-rendered (Next: test/e2e/app-dir/app-static,
// app/force-static/layout.js).
import { cookies, headers } from "next/headers";

export default async function ForceStaticLayout({ children }: { children: React.ReactNode }) {
  const requestHeaders = await headers();
  const requestCookies = await cookies();
  return (
    <section>
      <p data-testid="force-static-headers">{JSON.stringify([...requestHeaders.keys()])}</p>
      <p data-testid="force-static-cookies">{JSON.stringify(requestCookies.getAll())}</p>
      {children}
    </section>
  );
}
