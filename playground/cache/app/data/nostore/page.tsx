// A page with a no-store fetch renders per request (never stored as ISR).
import { RenderStamp } from "../../render-stamp";
import { fetchOrigin } from "../_lib/counters";

export default async function NoStore() {
  // At build time there is no test server: a data: URL, so the page is dynamic all the same.
  const url = fetchOrigin() ? `${fetchOrigin()}/nostore-page` : 'data:application/json,{"hits":0}';
  const { hits } = (await (await fetch(url, { cache: "no-store" })).json()) as { hits: number };
  return (
    <main>
      <p data-testid="hits">{hits}</p>
      <RenderStamp id="data-nostore" />
    </main>
  );
}
