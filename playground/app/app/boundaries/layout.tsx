import Link from "next/link";

export default function BoundariesLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-testid="boundaries-layout">
      <nav>
        <Link href="/boundaries/loading-demo">loading</Link> | <Link href="/boundaries/error-demo">error</Link> |{" "}
        <Link href="/boundaries/items/1">item 1</Link> | <Link href="/boundaries/items/missing">missing item</Link> |{" "}
        <Link href="/boundaries/redirect-demo">redirect</Link> | <Link href="/boundaries/permanent-redirect">permanent redirect</Link> | <Link href="/boundaries/template/a">template a</Link> |{" "}
        <Link href="/boundaries/template/b">template b</Link> | <Link href="/boundaries/client-error">client error</Link>
      </nav>
      {children}
    </div>
  );
}
