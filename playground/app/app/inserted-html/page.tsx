// useServerInsertedHTML with a CSS-in-JS registry (./style-registry): the title's
// rule is inserted into <head>, the late box's rule just before the flush that
// streams it in. Follows Next's test/e2e/app-dir/emotion-js (styled on load) and
// test/e2e/app-dir/ppr-full ("server-html" inserted in the head).
import { Suspense } from "react";
import { LateBox, Title } from "./styled";

// Rendered per request, so the late part really streams in a later flush.
export const dynamic = "force-dynamic";

async function Late() {
  await new Promise((resolve) => setTimeout(resolve, 400));
  return <LateBox>Streamed later, styled on arrival</LateBox>;
}

export default function InsertedHtmlPage() {
  return (
    <>
      <Title>Styled on the server</Title>
      <Suspense fallback={<p data-testid="ins-loading">Loading…</p>}>
        <Late />
      </Suspense>
    </>
  );
}
