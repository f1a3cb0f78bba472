import Link from "next/link";

export default function Nested() {
  return (
    <section>
      <h2 data-testid="nested-page">Nested page</h2>
      <Link href="/intercept/settings" data-testid="nested-settings">Settings</Link>
      <Link href="/intercept-login" data-testid="nested-login">Log in</Link>
    </section>
  );
}
