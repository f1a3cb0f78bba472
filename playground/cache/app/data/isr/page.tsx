// A static page whose data decides its ISR: unstable_cache's revalidate (2 s)
// lowers the page's, and its tag revalidates the page too.
import { unstable_cache } from "next/cache";
import { RenderStamp } from "../../render-stamp";
import { bump } from "../_lib/counters";

const data = unstable_cache(async () => bump("isr-data"), ["data-isr"], { tags: ["data-isr"], revalidate: 2 });

export default async function DataIsr() {
  return (
    <main>
      <p data-testid="data">{await data()}</p>
      <RenderStamp id="data-isr" />
    </main>
  );
}
