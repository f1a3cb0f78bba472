// next/script from a Server Component: beforeInteractive (src and inline, extra
// props passed on), afterInteractive and lazyOnload, plus client scripts with
// onLoad/onReady and a de-duplicated id. Order mirrors Next's
// test/e2e/app-dir/app/app/script fixture.
import Link from "next/link";
import Script from "next/script";
import { OrderProbe, ScriptEvents } from "./script-events";

export default function ScriptPage() {
  return (
    <section>
      <h1 data-testid="script-title">next/script</h1>
      <Script strategy="lazyOnload" src="/client-modules/lazy.js" />
      <Script strategy="afterInteractive" src="/client-modules/after.js" crossOrigin="anonymous" />
      <Script strategy="beforeInteractive" src="/client-modules/before.js" id="before-script" data-extra-prop="with-src" />
      <Script strategy="beforeInteractive" id="inline-before" data-extra-prop="inline">
        {`(window.__vinextOrder = window.__vinextOrder || []).push("inline-before");`}
      </Script>
      <OrderProbe />
      <ScriptEvents />
      <Link href="/client-modules" data-testid="to-index">index</Link>{" "}
      <Link href="/client-modules/script/other" data-testid="to-other">other script page</Link>
    </section>
  );
}
