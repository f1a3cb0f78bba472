// cookies() and headers() in a page: read per request, so the page is not
// pre-rendered (Next: test/e2e/app-dir/app-static "should have correct prerender
// status", test/e2e/app-dir/headers-static-bailout).
import { cookies, headers } from "next/headers";

export default async function RequestApisPage() {
  const cookieStore = await cookies();
  const headerList = await headers();
  return (
    <>
      <h1>Request APIs</h1>
      <p>
        Cookie theme: <span data-testid="req-cookie">{cookieStore.get("theme")?.value ?? "(none)"}</span>
      </p>
      <p>
        Cookie names: <span data-testid="req-cookie-names">{cookieStore.getAll().map((c) => c.name).sort().join(",")}</span>
      </p>
      <p>
        Header x-demo: <span data-testid="req-header">{headerList.get("x-demo") ?? "(none)"}</span>
      </p>
      <p>
        Has cookie header: <span data-testid="req-has-cookie">{String(headerList.has("cookie"))}</span>
      </p>
    </>
  );
}
