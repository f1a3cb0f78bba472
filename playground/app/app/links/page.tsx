// Exercises next/link options and the imperative router API.
import Link from "next/link";
import { RouterButtons } from "../../components/router-buttons";

export default function LinksPage() {
  return (
    <section>
      <h1 data-testid="links-title">Link options</h1>
      <Link href="/about" replace data-testid="link-replace">
        About (replace)
      </Link>
      <div style={{ height: "150vh" }} />
      <Link href="/links?kept=1" scroll={false} data-testid="link-no-scroll">
        Same page, keep scroll
      </Link>
      <Link href={{ pathname: "/search", query: { q: "object href" } }} data-testid="link-object">
        Search via URL object
      </Link>
      <RouterButtons />
    </section>
  );
}
