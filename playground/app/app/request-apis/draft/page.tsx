// draftMode() in a page (Next: test/e2e/app-dir/draft-mode, app/with-cookies/page.tsx):
// the page reads no per-request data unless draft mode is on, so it is pre-rendered;
// a request carrying the bypass cookie is rendered per request (new random value)
// and may read cookies.
import { cookies, draftMode } from "next/headers";

export default async function DraftPage() {
  const { isEnabled } = await draftMode();
  const data = isEnabled ? (await cookies()).get("data")?.value : undefined;
  return (
    <>
      <h1>Draft mode</h1>
      <p>
        State: <strong data-testid="draft-mode">{isEnabled ? "ENABLED" : "DISABLED"}</strong>
      </p>
      <p>
        Random: <em data-testid="draft-rand">{Math.random()}</em>
      </p>
      <p>
        Data: <em data-testid="draft-data">{data ?? ""}</em>
      </p>
    </>
  );
}
