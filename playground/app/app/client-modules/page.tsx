// Index of the next/dynamic, next/script, next/form and next/error fixtures; also
// the page the browser tests navigate away to and back from.
import Link from "next/link";

export default function ClientModulesIndex() {
  return (
    <section>
      <h1 data-testid="client-modules-index">Client modules</h1>
      <ul>
        <li><Link href="/client-modules/dynamic" data-testid="link-dynamic">next/dynamic</Link></li>
        <li><Link href="/client-modules/script" data-testid="link-script">next/script</Link></li>
        <li><Link href="/client-modules/form" data-testid="link-form">next/form</Link></li>
        <li><Link href="/client-modules/error" data-testid="link-error">next/error</Link></li>
      </ul>
    </section>
  );
}
